/**
 * Factories for errors of the persisted engine itself: reads before what version garbage
 * collection keeps, and databases the emulator could not open at startup. The first is the
 * official emulator's message verbatim (clients and tests match on it), including its timestamp
 * form (absl's RFC 3339 with a trimmed fraction and a numeric UTC offset). No other engine
 * errors live here.
 */
import { failed } from './status-builders';
import { SpannerError } from './spanner-error';

/** A read at `timestampMicros`, older than the database's earliest version time. */
export function readTimestampPastVersionGcLimit(timestampMicros: number): SpannerError {
  return failed(
    `Read-only transaction timestamp ${rfc3339Text(timestampMicros)} has exceeded the maximum timestamp staleness`,
  );
}

/**
 * A registered database whose file is missing or cannot be opened; it stays registered (see
 * resources/databases/database-recovery.ts) and can be dropped.
 */
export function databaseUnavailable(name: string, reason: string): SpannerError {
  return failed(`Database ${name} is unavailable: ${reason}`);
}

/** `2020-01-01T00:00:00.5+00:00`: UTC, the fraction only as long as it needs to be. */
function rfc3339Text(micros: number): string {
  const seconds = Math.floor(micros / 1_000_000);
  const fraction = micros - seconds * 1_000_000;
  const iso = new Date(seconds * 1000).toISOString().slice(0, 19);
  const digits = fraction === 0 ? '' : `.${String(fraction).padStart(6, '0').replace(/0+$/, '')}`;
  return `${iso}${digits}+00:00`;
}
