/**
 * Startup reconciliation of the metadata's database rows with the database files, after a crash
 * or a hand-edited data directory:
 *
 * - A file no row points to is a leftover (CreateDatabase crashed before its metadata commit, so
 *   the database was never acknowledged; or a drop crashed after it): moved aside into
 *   `orphaned/` with its `-wal`/`-shm`/`-journal` companions, each with a log line.
 * - A row whose file is missing, damaged (empty, not a database, failing SQLite's quick check:
 *   engine/storage/file-integrity.ts) or cannot be opened is an acknowledged database we cannot
 *   serve. It is never deleted and its file never recreated empty: either would turn a
 *   recoverable situation (file restored from a backup, volume mounted late, newer emulator's
 *   layout) into a silent loss. It is logged as an error and held as unavailable: its RPCs answer
 *   FAILED_PRECONDITION saying why, listings leave it out, dropping it clears it, and every other
 *   database is served as usual. Restoring the file and restarting brings it back.
 *
 * It does not repair file contents (SQLite recovers its own journal on open).
 */
import type { Logger } from '../../common/logger';
import { databaseFileDamage, databaseFileExists } from '../../engine/database/database-file';
import { findStrayDatabaseFiles, setStrayFileAside } from '../../engine/database/stray-files';
import type { DatabaseRegistry } from '../../engine/database/database-registry';
import type { DatabaseRecord } from './database-store';

/** What recovery needs of the admin plane (which calls it while it starts). */
export interface RecoveryScope {
  readonly dataDir: string | undefined;
  readonly databases: { all(): readonly DatabaseRecord[] };
  readonly registry: Pick<DatabaseRegistry, 'open' | 'markUnavailable'>;
}

/** Sets leftover files aside, then opens every registered database it can; returns how many opened. */
export function openRegisteredDatabases(plane: RecoveryScope, logger: Logger): number {
  const records = plane.databases.all();
  removeLeftoverFiles(plane, records, logger);
  let opened = 0;
  for (const record of records) if (openOne(plane, record, logger)) opened++;
  return opened;
}

function removeLeftoverFiles(plane: RecoveryScope, records: readonly DatabaseRecord[], logger: Logger): void {
  const dataDir = plane.dataDir;
  if (dataDir === undefined) return;
  const registered = new Set(records.flatMap((r) => (r.file === null ? [] : [r.file])));
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  for (const file of findStrayDatabaseFiles(dataDir, registered)) {
    try {
      const target = setStrayFileAside(dataDir, file, stamp);
      logger.info(`Moved ${file} to ${target}: it belongs to no database (left by an interrupted create or drop).`);
    } catch (e) {
      // A read-only directory: the file harms nothing where it is, and startup must not fail on it.
      const detail = e instanceof Error ? e.message : String(e);
      logger.warn(`Could not move ${file}, which belongs to no database, aside (${detail}); it is left in place.`);
    }
  }
}

function openOne(plane: RecoveryScope, record: DatabaseRecord, logger: Logger): boolean {
  if (!databaseFileExists(plane.dataDir, record.file)) {
    const reason =
      `its file ${record.file} is missing from the data directory; ` +
      'restore it and restart the emulator, or drop the database';
    return unavailable(plane, record, reason, logger);
  }
  try {
    const damage = databaseFileDamage(plane.dataDir, record.file);
    if (damage !== null) {
      const reason =
        `its file ${record.file} is damaged: ${damage}; ` +
        'restore it from a backup and restart the emulator, or drop the database';
      return unavailable(plane, record, reason, logger);
    }
    plane.registry.open(record.name, record.file);
    return true;
  } catch (e) {
    const reason = `its file ${record.file} cannot be opened (${e instanceof Error ? e.message : String(e)})`;
    return unavailable(plane, record, reason, logger);
  }
}

function unavailable(plane: RecoveryScope, record: DatabaseRecord, reason: string, logger: Logger): false {
  logger.error(`Database ${record.name} is unavailable: ${reason}.`);
  plane.registry.markUnavailable(record.name, reason);
  return false;
}
