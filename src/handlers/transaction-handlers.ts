/**
 * Spanner RPCs that drive transactions: BeginTransaction, Commit and Rollback. Reads and queries
 * pick their transaction through a selector (read-handlers.ts). The rules live in
 * resources/transactions and the engine; this file converts between protos and them.
 */
import { Empty } from '../../generated/google/protobuf/empty';
import type {
  BeginTransactionRequest,
  CommitRequest,
  RollbackRequest,
} from '../../generated/google/spanner/v1/spanner';
import { CommitResponse } from '../../generated/google/spanner/v1/commit_response';
import type { Transaction } from '../../generated/google/spanner/v1/transaction';
import { microsFromDuration } from '../convert/proto-time';
import { transactionModeFromProto } from '../convert/transaction-options';
import { missingRequiredField } from '../errors/general-errors';
import { maxCommitDelayOutOfRange } from '../errors/transaction-errors';
import type { DataPlane } from '../resources/data-plane';
import type { FrontTransaction } from '../resources/transactions/front-transaction';
import { commitTransaction, rollbackTransaction } from '../resources/transactions/transaction-commit';
import type { CallContext, UnaryHandler } from './handler-types';
import { commitResponseOf, transactionToProto } from './transaction-protos';
import { mutationPlanner, validateMutationKey } from './mutation-planning';

const MAX_COMMIT_DELAY_MICROS = 500_000;

export function beginTransaction(plane: DataPlane): UnaryHandler<BeginTransactionRequest, Transaction> {
  return async (request) => {
    const { session, database } = plane.liveSession(request.session);
    // Without options there is no mode either; Spanner names the mode, as for empty options.
    if (request.options === undefined) throw missingRequiredField('TransactionOptions.mode');
    const mode = transactionModeFromProto(request.options, 'multiUse');
    if (mode.kind === 'readWrite' && session.multiplexed && request.mutationKey !== undefined) {
      validateMutationKey(database.catalog, request.mutationKey);
    }
    const txn = plane.transactions.begin(session, database, mode);
    return transactionToProto(txn, true);
  };
}

export function commit(plane: DataPlane): UnaryHandler<CommitRequest, CommitResponse> {
  return async (request, ctx) => {
    const { session, database } = plane.liveSession(request.session);
    checkMaxCommitDelay(request);
    const choice = request.transaction;
    if (choice === undefined) throw missingRequiredField('CommitRequest.transaction');
    const singleUse = choice.$case === 'singleUseTransaction';
    const txn: FrontTransaction = singleUse
      ? plane.transactions.singleUse(session, database, transactionModeFromProto(choice.value, 'singleUse'))
      : plane.transactions.find(session, choice.value);
    const outcome = await commitTransaction(plane.transactions, txn, {
      plan: mutationPlanner(txn, request.mutations),
      precommitToken: request.precommitToken,
      singleUse,
      signal: ctx.signal,
    });
    return commitResponseOf(txn, outcome, request.returnCommitStats);
  };
}

export function rollback(plane: DataPlane): UnaryHandler<RollbackRequest, Empty> {
  return async (request: RollbackRequest, _ctx: CallContext) => {
    const { session } = plane.liveSession(request.session);
    await rollbackTransaction(plane.transactions, plane.transactions.find(session, request.transactionId));
    return Empty.fromPartial({});
  };
}

function checkMaxCommitDelay(request: CommitRequest): void {
  if (request.maxCommitDelay === undefined) return;
  const delay = microsFromDuration(request.maxCommitDelay);
  if (delay < 0 || delay > MAX_COMMIT_DELAY_MICROS) throw maxCommitDelayOutOfRange();
}
