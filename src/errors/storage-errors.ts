/**
 * Factories for errors of the persisted engine itself: reads before what version garbage
 * collection keeps, databases the emulator could not open at startup, and admin changes refused
 * because the data directory does not let their files be created or removed (refused whole, so
 * nothing changes). The first is the official emulator's message verbatim (clients and tests
 * match on it), including its timestamp form (absl's RFC 3339 with a trimmed fraction and a
 * numeric UTC offset). No other engine errors live here.
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

const NOTHING_CHANGED = 'Nothing was changed; make the data directory writable by the emulator and retry.';

/**
 * DropDatabase when the directory of the database's file (relative to the data directory) does not
 * let files be removed (`code`: EACCES, EROFS...): refused before anything changes.
 */
export function databaseNotDroppable(name: string, directory: string, code: string): SpannerError {
  return failed(
    `Database ${name} cannot be dropped: its directory ${directory} does not allow removing files (${code}). ` +
      NOTHING_CHANGED,
  );
}

/** DeleteInstance when the directory of one of its databases' files does not let files be removed. */
export function instanceNotDeletable(name: string, database: string, directory: string, code: string): SpannerError {
  return failed(
    `Instance ${name} cannot be deleted: the directory ${directory} of its database ${database} ` +
      `does not allow removing files (${code}). ${NOTHING_CHANGED}`,
  );
}

/** CreateDatabase when the database's file cannot be created or written. */
export function databaseFileNotCreatable(name: string, file: string, detail: string): SpannerError {
  return failed(
    `Database ${name} cannot be created: its file ${file} cannot be written (${detail}). ${NOTHING_CHANGED}`,
  );
}
