/**
 * Factories for errors of transactions as clients drive them: malformed TransactionOptions and
 * selectors, unknown or finished transactions, commits and rollbacks in the wrong state, precommit
 * tokens, and aborts (a wound by an older transaction in the lock manager, an idle timeout, a
 * replaced or lost transaction), which are ABORTED with RetryInfo so clients retry after the
 * delay. Messages follow the official emulator where it has one (clients and tests match on them),
 * production Spanner's wording for wounds.
 */
import { Code } from './codes';
import { failed, invalid } from './status-builders';
import { SpannerError } from './spanner-error';
import { timeText } from './time-text';

/**
 * How long a wounded transaction's client waits before retrying. Short: the retry keeps its
 * priority and queues behind the transaction that wounded it instead of racing it.
 */
export const WOUNDED_RETRY_DELAY_MS = 10;

/** `where` names the key space of the conflict, e.g. "table Accounts" or "index AccountsByEmail". */
export function transactionWounded(where: string): SpannerError {
  return new SpannerError(
    Code.ABORTED,
    `Transaction was aborted. It was wounded by a higher priority transaction due to conflict on keys in ${where}.`,
    [{ kind: 'retryInfo', retryDelayMs: WOUNDED_RETRY_DELAY_MS }],
  );
}

export function lockWaitCancelled(): SpannerError {
  return new SpannerError(Code.CANCELLED, 'The request was cancelled while it waited for a lock.');
}

/** A read or query still waiting for its locks when its transaction committed or rolled back. */
export function readAfterTransactionEnded(): SpannerError {
  return new SpannerError(
    Code.FAILED_PRECONDITION,
    'Cannot read or query using a transaction after it has been committed or rolledback.',
  );
}

export function strongReadOptionShouldBeTrue(): SpannerError {
  return invalid('Strong read option must be true for a strong read.');
}

export function stalenessMustBeNonNegative(): SpannerError {
  return invalid('Staleness must be non-negative.');
}

export function invalidMinReadTimestamp(micros: number): SpannerError {
  return invalid(`Invalid min read timestamp: ${timeText(micros)}`);
}

export function invalidExactReadTimestamp(micros: number): SpannerError {
  return invalid(`Invalid exact read timestamp: ${timeText(micros)}`);
}

export function readTimestampTooFarInFuture(micros: number): SpannerError {
  return new SpannerError(
    Code.DEADLINE_EXCEEDED,
    `Read-only transaction timestamp ${timeText(micros)} is more than 1 hour in future. This request will ` +
      'execute for longer than the configured Cloud Spanner server deadline of 1 hour and will return with the ' +
      'DEADLINE_EXCEEDED error.',
  );
}

/** min_read_timestamp and max_staleness pick a timestamp per read, so only single-use transactions have them. */
export function boundOnlyForSingleUse(bound: 'min_read_timestamp' | 'max_staleness'): SpannerError {
  return invalid(`Timestamp bound: ${bound} for read can be only be used for a single use transaction.`);
}

export function partitionedDmlSingleUse(): SpannerError {
  return invalid('DML statements may not be performed in single-use transactions, to avoid replay.');
}

export function repeatableReadInPartitionedDml(): SpannerError {
  return invalid('REPEATABLE_READ isolation level is not allowed on partitioned DML transactions.');
}

export function excludeFromChangeStreamsOnReadOnly(): SpannerError {
  return invalid('exclude_txn_from_change_streams can only be set for read-write or partitioned DML transactions.');
}

/** A BeginTransaction mutation key that a commit would refuse: INVALID_ARGUMENT with its message. */
export function invalidMutationKey(refusal: SpannerError): SpannerError {
  return new SpannerError(Code.INVALID_ARGUMENT, refusal.message, refusal.details);
}

export function unrecognizedEnumValue(field: string): SpannerError {
  return invalid(`Invalid value for enum field ${field}.`);
}

export function transactionNotFound(id: string): SpannerError {
  return new SpannerError(Code.NOT_FOUND, `Transaction not found: ${id}`);
}

export function cannotCommitOrRollbackReadOnly(): SpannerError {
  return failed('Cannot commit or rollback a read-only or partitioned-dml transaction.');
}

export function cannotCommitAfterRollback(): SpannerError {
  return failed('Cannot commit a transaction after it has been rolled back.');
}

export function cannotRollbackAfterCommit(): SpannerError {
  return failed('Cannot rollback a transaction after it has been committed.');
}

export function cannotUseTransactionAfterConstraintError(): SpannerError {
  return failed(
    'Cannot use a transaction after it has been invalidated due to a previous constraint error or an error ' +
      'that ended it.',
  );
}

export function singleUseReadMustBeReadOnly(): SpannerError {
  return invalid('Transaction mode for read only single use transaction should be read_only.');
}

export function missingPrecommitToken(): SpannerError {
  return failed(
    'A read-write transaction on a multiplexed session must send the precommit token with the highest ' +
      'sequence number it received.',
  );
}

export function unknownPrecommitToken(sent: number, highest: number): SpannerError {
  return failed(
    `The precommit token sent (sequence number ${sent}) was not issued by this transaction, whose highest ` +
      `sequence number is ${highest}.`,
  );
}

export function maxCommitDelayOutOfRange(): SpannerError {
  return invalid('max_commit_delay must be between 0 and 500 milliseconds.');
}

export function onlyCommitOrRollbackAfterLastStatement(): SpannerError {
  return failed('The transaction already ran its last statement: only Commit or Rollback are allowed.');
}

/** An aborted transaction: clients retry the whole transaction after the RetryInfo delay. */
function aborted(message: string): SpannerError {
  return new SpannerError(Code.ABORTED, message, [{ kind: 'retryInfo', retryDelayMs: WOUNDED_RETRY_DELAY_MS }]);
}

export function transactionIdleTooLong(idleSeconds: number): SpannerError {
  return aborted(
    `Transaction was aborted because it was idle for more than ${idleSeconds} seconds; its locks were released.`,
  );
}

export function commitCancelled(): SpannerError {
  return aborted('Transaction was aborted because its commit was cancelled before it completed.');
}

export function databaseDroppedDuringCommit(): SpannerError {
  return aborted('Transaction was aborted because its database was dropped while it committed.');
}

export function transactionLostInRestart(): SpannerError {
  return aborted('Transaction was aborted because the emulator restarted after it began.');
}

export function transactionReplacedOnSession(): SpannerError {
  return aborted('Transaction was aborted because a newer transaction was started on its session.');
}

export function transactionEndedWithSession(): SpannerError {
  return aborted('Transaction was aborted because its session ended (deleted, expired, or its database dropped).');
}

export function abortedBySchemaChange(): SpannerError {
  return aborted('Transaction aborted. Database schema probably changed during transaction, retry may succeed.');
}

export function abortedByWriteConflict(table: string): SpannerError {
  return aborted(
    `Transaction was aborted due to a conflicting write in table ${table} after its snapshot was taken ` +
      '(REPEATABLE_READ).',
  );
}
