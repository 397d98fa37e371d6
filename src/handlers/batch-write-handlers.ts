/**
 * BatchWrite: each mutation group commits atomically in a transaction of its own, independently of
 * the others (a group that fails does not stop the rest), and the stream answers one
 * BatchWriteResponse per group with its index, its status and, when it applied, its commit
 * timestamp. Groups are committed in order, like the official emulator; Spanner may batch groups
 * together, which clients cannot tell apart from this.
 */
import type { BatchWriteRequest, BatchWriteResponse } from '../../generated/google/spanner/v1/spanner';
import { toRpcStatus } from '../convert/error-status';
import { timestampFromMicros } from '../convert/proto-time';
import type { ReadWriteMode } from '../engine/transaction/transaction-options';
import { isSpannerError } from '../errors/spanner-error';
import type { DataPlane } from '../resources/data-plane';
import { commitTransaction } from '../resources/transactions/transaction-commit';
import type { StreamingHandler } from './handler-types';
import { mutationPlanner } from './mutation-planning';

const OK = { code: 0, message: '', details: [] };

export function batchWrite(plane: DataPlane): StreamingHandler<BatchWriteRequest, BatchWriteResponse> {
  return async function* (request, ctx) {
    const { session, database } = plane.liveSession(request.session);
    const mode: ReadWriteMode = {
      kind: 'readWrite',
      isolation: 'SERIALIZABLE',
      requestedLockMode: null,
      previousTransactionId: null,
      excludeFromChangeStreams: request.excludeTxnFromChangeStreams,
    };
    for (const [index, group] of request.mutationGroups.entries()) {
      const txn = plane.transactions.singleUse(session, database, mode);
      try {
        const outcome = await commitTransaction(plane.transactions, txn, {
          plan: mutationPlanner(txn, group.mutations),
          precommitToken: undefined,
          singleUse: true,
          signal: ctx.signal,
        });
        yield { indexes: [index], status: OK, commitTimestamp: timestampFromMicros(outcome.commitTimestamp) };
      } catch (e) {
        if (!isSpannerError(e)) throw e;
        yield { indexes: [index], status: toRpcStatus(e), commitTimestamp: undefined };
      }
    }
  };
}
