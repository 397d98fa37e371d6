/**
 * Factories for errors of read-write transactions' locking: a transaction wounded by an older one
 * (ABORTED with RetryInfo, worded as production Spanner words it, so clients retry after the
 * delay), a lock wait that was cancelled, and a request that was still waiting when its
 * transaction ended (the official emulator's wording). Transaction-state errors of the session
 * layer do not live here.
 */
import { Code } from './codes';
import { SpannerError } from './spanner-error';

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
