/**
 * Front-end transactions as protos: the Transaction a BeginTransaction or an inline begin returns
 * (id, the read timestamp when asked for, the next precommit token of a multiplexed read-write
 * one) and the CommitResponse (timestamp, stats when asked for, and the isolation and lock mode
 * that applied).
 */
import type { CommitResponse } from '../../generated/google/spanner/v1/commit_response';
import {
  TransactionOptions_IsolationLevel as Isolation,
  TransactionOptions_ReadWrite_ReadLockMode as LockMode,
  type Transaction,
} from '../../generated/google/spanner/v1/transaction';
import { timestampFromMicros } from '../convert/proto-time';
import type { CommitResult } from '../engine/transaction/commit-pipeline';
import { effectiveLockMode } from '../engine/transaction/transaction-options';
import type { FrontTransaction } from '../resources/transactions/front-transaction';

/** `withToken`: the response carries a precommit token (results of multiplexed read-write work). */
export function transactionToProto(txn: FrontTransaction, withToken: boolean): Transaction {
  const mode = txn.mode;
  const readTimestamp =
    mode.kind === 'readOnly' && mode.returnReadTimestamp && txn.readTimestamp !== null
      ? timestampFromMicros(txn.readTimestamp)
      : undefined;
  return {
    id: txn.id,
    readTimestamp,
    precommitToken: withToken && txn.tokens !== null ? txn.tokens.next() : undefined,
    cacheUpdate: undefined,
  };
}

export function commitResponseOf(txn: FrontTransaction, outcome: CommitResult, withStats: boolean): CommitResponse {
  const mode = txn.mode;
  const rw = mode.kind === 'readWrite' ? mode : null;
  const snapshot = txn.readWrite?.snapshot ?? null;
  return {
    commitTimestamp: timestampFromMicros(outcome.commitTimestamp),
    commitStats: withStats ? { mutationCount: String(outcome.mutationCount) } : undefined,
    MultiplexedSessionRetry: undefined,
    snapshotTimestamp: snapshot === null ? undefined : timestampFromMicros(snapshot),
    cacheUpdate: undefined,
    isolationLevel: rw === null ? Isolation.ISOLATION_LEVEL_UNSPECIFIED : Isolation[rw.isolation],
    readLockMode: rw === null ? LockMode.READ_LOCK_MODE_UNSPECIFIED : LockMode[effectiveLockMode(rw)],
  };
}
