/**
 * Factories for errors of the persisted engine itself: reads before what version garbage
 * collection keeps, and databases the emulator could not open at startup. The first is the
 * official emulator's message verbatim (clients and tests match on it), including its timestamp
 * form (absl's RFC 3339 with a trimmed fraction and a numeric UTC offset). No other engine
 * errors live here.
 */
import { timeText } from './time-text';
import { failed } from './status-builders';
import { SpannerError } from './spanner-error';

/** A read at `timestampMicros`, older than the database's earliest version time. */
export function readTimestampPastVersionGcLimit(timestampMicros: number): SpannerError {
  return failed(
    `Read-only transaction timestamp ${timeText(timestampMicros)} has exceeded the maximum timestamp staleness`,
  );
}

/**
 * A registered database whose file is missing or cannot be opened; it stays registered (see
 * resources/databases/database-recovery.ts) and can be dropped.
 */
export function databaseUnavailable(name: string, reason: string): SpannerError {
  return failed(`Database ${name} is unavailable: ${reason}`);
}
