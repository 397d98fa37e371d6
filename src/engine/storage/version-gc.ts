/**
 * Garbage collection of superseded versions in a database file: history rows (of tables and of
 * indexes) that stopped being current at or before a cutoff, and the storage of tables and indexes
 * dropped at or before it, which no read at or after the cutoff can see. Work is bounded: one call removes at most `limit` rows in one SQLite transaction, so a
 * caller can spread a large collection over many short steps and let other work run between them.
 * Deciding the cutoff (retention period, creation time) is the database's business, not this file's.
 */

import type { Micros } from '../../common/clock';
import type { SqliteDatabase } from './sqlite-file';
import { dropUnreachableStorage, storageOf, storedTableNames } from './row-tables';
import type { StorageKind } from './storage-kind';

export interface GarbageStep {
  readonly removed: number;
  /** True when nothing older than the cutoff is left. */
  readonly complete: boolean;
}

/**
 * Removes up to `limit` history rows with `ts_to <= oldest`, across every storage table, inside
 * one transaction; `run` executes inside it after the deletions (e.g. to persist the cutoff).
 */
export function collectGarbage(
  db: SqliteDatabase,
  oldest: Micros,
  limit = Number.POSITIVE_INFINITY,
  run: (removed: number) => void = () => undefined,
): GarbageStep {
  let removed = 0;
  db.transaction(() => {
    // Storage of a table or index dropped before the cutoff goes whole (one unit of work each).
    removed += dropUnreachableStorage(db, oldest);
    for (const kind of ['rows', 'index'] as StorageKind[]) {
      for (const name of storedTableNames(db, kind)) {
        if (removed >= limit) return run(removed);
        removed += deleteExpired(db, storageOf(db, name, kind)!.history, oldest, limit - removed);
      }
    }
    run(removed);
  })();
  return { removed, complete: removed < limit };
}

/** The history table's primary key is (key, ts_from); its ts_to index finds expired rows. */
function deleteExpired(db: SqliteDatabase, history: string, oldest: Micros, limit: number): number {
  const sqlLimit = Number.isFinite(limit) ? limit : -1;
  const sql =
    `DELETE FROM ${history} WHERE (key, ts_from) IN ` +
    `(SELECT key, ts_from FROM ${history} WHERE ts_to <= ? LIMIT ?)`;
  return db.prepare(sql).run(oldest, sqlLimit).changes;
}
