/**
 * Read-write transactions through the official client's runTransactionAsync, with their attempts
 * counted as a user can observe them: the client calls the function again after every ABORTED, so
 * attempts - 1 is the number of aborts that transaction met. With maxAttempts, the attempt after
 * the last allowed one gives up at once (TooManyAttempts) instead of retrying: a test that expects
 * no abort then fails fast on an emulator that aborts, rather than hanging in retries.
 */
import type { Database, Transaction } from '@google-cloud/spanner';

export interface Counted<T> {
  value: T;
  attempts: number;
}

export class TooManyAttempts extends Error {
  constructor(readonly attempts: number) {
    super(`the transaction was aborted ${attempts - 1} time(s); attempt ${attempts} not run`);
  }
}

/** Generous: a transaction that cannot commit in this time fails its test instead of hanging it. */
const RUNNER_TIMEOUT_MS = 60_000;

export async function countedTransaction<T>(
  database: Database,
  body: (transaction: Transaction, attempt: number) => Promise<T>,
  options: { maxAttempts?: number } = {},
): Promise<Counted<T>> {
  let attempts = 0;
  const value = await database.runTransactionAsync({ timeout: RUNNER_TIMEOUT_MS }, async (transaction) => {
    attempts += 1;
    if (options.maxAttempts !== undefined && attempts > options.maxAttempts) {
      transaction.end();
      throw new TooManyAttempts(attempts);
    }
    return body(transaction, attempts);
  });
  return { value, attempts };
}

/** Attempts of a settled counted transaction: a TooManyAttempts counts, any other failure is thrown. */
export function attemptsOf(outcome: PromiseSettledResult<Counted<unknown>>): number {
  if (outcome.status === 'fulfilled') return outcome.value.attempts;
  if (outcome.reason instanceof TooManyAttempts) return outcome.reason.attempts;
  throw outcome.reason;
}

/** Total aborts over several counted transactions. */
export function abortsOf(results: readonly Counted<unknown>[]): number {
  return results.reduce((sum, r) => sum + r.attempts - 1, 0);
}
