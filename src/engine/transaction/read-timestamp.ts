/**
 * The read timestamp of a read-only transaction from its timestamp bound. Bounded staleness
 * (min_read_timestamp, max_staleness) may read any timestamp inside the bound; the emulator reads
 * the freshest, which is what tests expect and what Spanner does when replicas are current. A
 * timestamp in the future is kept as it is: the reader waits for it (waitForReadTimestamp, below).
 * Checking it against the retention period is the database's (Database.assertReadableAt).
 */

import type { Clock, CommitTimestamps, Micros } from '../../common/clock';
import { assertNever } from '../../errors/assert-never';
import { readWaitCancelled } from '../../errors/read-errors';
import type { TimestampBound } from './transaction-options';

export function chooseReadTimestamp(bound: TimestampBound, now: Micros, timestamps: CommitTimestamps): Micros {
  switch (bound.kind) {
    case 'strong':
    case 'maxStaleness':
      return timestamps.strongRead();
    case 'minReadTimestamp':
      return Math.max(bound.at, timestamps.strongRead());
    case 'readTimestamp':
      return bound.at;
    case 'exactStaleness':
      return now - bound.micros;
    default:
      return assertNever(bound, 'timestamp bound');
  }
}

/** Spanner refuses to wait more than an hour for a read timestamp (its server deadline). */
export const MAX_FUTURE_READ_MICROS: Micros = 3_600_000_000;

/**
 * Resolves once the clock has reached `t` (at once for a past timestamp): a read at a future
 * timestamp waits until then, as Spanner's does. Rejects with CANCELLED when `signal` aborts.
 */
export function waitForReadTimestamp(clock: Clock, t: Micros, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (signal?.aborted) return reject(readWaitCancelled());
      const left = t - clock.nowMicros();
      if (left <= 0) return resolve();
      const timer = setTimeout(
        () => {
          signal?.removeEventListener('abort', onAbort);
          check();
        },
        Math.ceil(left / 1000),
      );
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(readWaitCancelled());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    };
    check();
  });
}
