/**
 * Commit and Rollback as the front end runs them: the state rules (a read-only transaction cannot
 * be committed or rolled back; a committed one answers its first outcome again, so a retried
 * Commit never applies its mutations twice; a rolled-back one cannot commit; one that failed
 * answers its failure), the precommit token of multiplexed sessions, then the engine's commit.
 * A commit that fails ends the transaction: a retry gets the same error, an ABORTED one lets the
 * client retry the whole transaction.
 */
import { commitReadWrite, type CommitResult, type WritePlanner } from '../../engine/transaction/commit-pipeline';
import { assertNever } from '../../errors/assert-never';
import { Code } from '../../errors/codes';
import { internalError } from '../../errors/general-errors';
import { isSpannerError } from '../../errors/spanner-error';
import {
  cannotCommitAfterRollback,
  cannotCommitOrRollbackReadOnly,
  cannotRollbackAfterCommit,
  cannotUseTransactionAfterConstraintError,
  commitCancelled,
} from '../../errors/transaction-errors';
import type { ReadWriteTransaction } from '../../engine/transaction/read-write-transaction';
import type { FrontTransaction } from './front-transaction';
import type { PrecommitToken } from './precommit-tokens';
import type { TransactionRegistry } from './transaction-registry';

export interface CommitCall {
  /** Plans the writes (the commit's mutations) and counts them for commit stats. */
  readonly plan: WritePlanner;
  readonly precommitToken: PrecommitToken | undefined;
  /** Single-use transactions never gave the client a token to send. */
  readonly singleUse: boolean;
  readonly signal?: AbortSignal;
}

export async function commitTransaction(
  registry: TransactionRegistry,
  txn: FrontTransaction,
  call: CommitCall,
): Promise<CommitResult> {
  const rw = txn.readWrite;
  if (rw === null) throw cannotCommitOrRollbackReadOnly();
  // A second Commit while the first runs answers as the first does; it never plans again.
  if (txn.commitInFlight !== null) return txn.commitInFlight;
  switch (txn.state) {
    case 'committed':
      return txn.commitOutcome!;
    case 'rolledBack':
      throw cannotCommitAfterRollback();
    case 'failed':
      throw txn.failure ?? cannotUseTransactionAfterConstraintError();
    case 'active':
      break;
    default:
      return assertNever(txn.state, 'transaction state');
  }
  if (!call.singleUse) txn.tokens?.check(call.precommitToken);
  txn.commitInFlight = runCommit(registry, txn, rw, call);
  try {
    return await txn.commitInFlight;
  } finally {
    txn.commitInFlight = null;
  }
}

/**
 * A commit that fails ends its transaction whatever the failure, so nothing it locked stays
 * locked: a cancelled one as ABORTED (the client retries the transaction), an unexpected one as
 * INTERNAL (the original goes on to the transport, which logs it).
 */
async function runCommit(
  registry: TransactionRegistry,
  txn: FrontTransaction,
  rw: ReadWriteTransaction,
  call: CommitCall,
): Promise<CommitResult> {
  try {
    txn.commitOutcome = await txn.use(() => commitReadWrite(txn.database, rw, call.plan, call.signal));
    registry.finish(txn, 'committed');
    return txn.commitOutcome;
  } catch (e) {
    registry.end(txn, !isSpannerError(e) ? internalError() : e.code === Code.CANCELLED ? commitCancelled() : e);
    throw e;
  }
}

export async function rollbackTransaction(registry: TransactionRegistry, txn: FrontTransaction): Promise<void> {
  if (txn.readWrite === null) throw cannotCommitOrRollbackReadOnly();
  // A Rollback during a Commit waits for its outcome, then follows the usual rules.
  if (txn.commitInFlight !== null) await txn.commitInFlight.catch(() => undefined);
  switch (txn.state) {
    case 'committed':
      throw cannotRollbackAfterCommit();
    case 'rolledBack':
    case 'failed':
      // Rollback is idempotent, and a failed transaction holds nothing any more.
      return;
    case 'active':
      registry.finish(txn, 'rolledBack');
      return;
    default:
      return assertNever(txn.state, 'transaction state');
  }
}
