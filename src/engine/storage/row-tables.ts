/**
 * The storage tables of each Spanner table in a database file: `r<id>_cur` (the current version of
 * every live row: key BLOB, commit timestamp, value BLOB) and `r<id>_hist` (older versions with
 * the interval [from, to) in which each was current). `row_tables` maps table names (case-
 * insensitively, like Spanner's) to ids, so a rename keeps the data. Secondary indexes get the
 * same pair of tables, `x<id>_cur` / `x<id>_hist`, listed in `index_tables` (an index entry is a
 * row whose key is the index key). A name a schema change takes away is retired, not destroyed
 * (retired-storage.ts): reads before the change still find the rows. Runs inside the caller's
 * transaction; it does not decide when tables appear or go (the DDL path does), and it caches
 * nothing: the row store (row-store.ts) caches ids and statements and goes through it for every
 * change of the directory.
 */

import type { Micros } from '../../common/clock';
import { forgetUnreachable, highestRetiredId, isRetired, retireName } from './retired-storage';
import type { SqliteDatabase } from './sqlite-file';
import type { StorageKind } from './storage-kind';

export interface StorageNames {
  readonly current: string;
  readonly history: string;
}

const DIRECTORY: Record<StorageKind, { readonly table: string; readonly prefix: string }> = {
  rows: { table: 'row_tables', prefix: 'r' },
  index: { table: 'index_tables', prefix: 'x' },
};

export function namesOf(kind: StorageKind, id: number): StorageNames {
  const { prefix } = DIRECTORY[kind];
  return { current: `${prefix}${id}_cur`, history: `${prefix}${id}_hist` };
}

/** The storage id of `table` (or index), or null when it has none. */
export function storageIdOf(db: SqliteDatabase, table: string, kind: StorageKind = 'rows'): number | null {
  const sql = `SELECT id FROM ${DIRECTORY[kind].table} WHERE name = ?`;
  const row = db.prepare(sql).get(table) as { id: number } | undefined;
  return row?.id ?? null;
}

/** True when storage `id` is live under some name (a rename keeps it so). */
export function isLive(db: SqliteDatabase, kind: StorageKind, id: number): boolean {
  return db.prepare(`SELECT 1 FROM ${DIRECTORY[kind].table} WHERE id = ?`).get(id) !== undefined;
}

/** True when storage `id` still exists: live, or retired and still readable at older timestamps. */
export function storageIdExists(db: SqliteDatabase, kind: StorageKind, id: number): boolean {
  return isLive(db, kind, id) || isRetired(db, kind, id);
}

/** The storage of `table` (or index), or null when it has none. */
export function storageOf(db: SqliteDatabase, table: string, kind: StorageKind = 'rows'): StorageNames | null {
  const id = storageIdOf(db, table, kind);
  return id === null ? null : namesOf(kind, id);
}

export function storedTableNames(db: SqliteDatabase, kind: StorageKind = 'rows'): string[] {
  const rows = db.prepare(`SELECT name FROM ${DIRECTORY[kind].table} ORDER BY id`).all() as { name: string }[];
  return rows.map((r) => r.name);
}

/** Creates empty storage for `table` (or index) unless it has some; true when it created it. */
export function createStorage(db: SqliteDatabase, table: string, kind: StorageKind = 'rows'): boolean {
  if (storageOf(db, table, kind) !== null) return false;
  const { table: directory } = DIRECTORY[kind];
  // Ids are never reused: retired storage keeps its tables, which a new id must not collide with.
  const highest = db.prepare(`SELECT MAX(id) AS id FROM ${directory}`).get() as { id: number | null };
  const id = Math.max(highest.id ?? 0, highestRetiredId(db, kind)) + 1;
  db.prepare(`INSERT INTO ${directory} (id, name) VALUES (?, ?)`).run(id, table);
  const names = namesOf(kind, id);
  db.exec(
    `CREATE TABLE ${names.current} (key BLOB PRIMARY KEY, ts INTEGER NOT NULL, vals BLOB NOT NULL) STRICT, WITHOUT ROWID;
     CREATE TABLE ${names.history} (key BLOB NOT NULL, ts_from INTEGER NOT NULL, ts_to INTEGER NOT NULL,
       vals BLOB NOT NULL, PRIMARY KEY (key, ts_from)) STRICT, WITHOUT ROWID;
     CREATE INDEX ${names.history}_to ON ${names.history} (ts_to);`,
  );
  return true;
}

/** `table` (or index) loses its storage at `at`; the storage is kept for reads before `at`. */
export function dropStorage(db: SqliteDatabase, table: string, kind: StorageKind, at: Micros): void {
  const id = storageIdOf(db, table, kind);
  if (id === null) return;
  retireName(db, kind, id, table, at);
  db.prepare(`DELETE FROM ${DIRECTORY[kind].table} WHERE id = ?`).run(id);
}

/** The storage of `from` is named `to` from `at` on; reads before `at` still find it as `from`. */
export function renameStorage(db: SqliteDatabase, from: string, to: string, kind: StorageKind, at: Micros): void {
  const id = storageIdOf(db, from, kind);
  if (id === null) return;
  retireName(db, kind, id, from, at);
  db.prepare(`UPDATE ${DIRECTORY[kind].table} SET name = ? WHERE id = ?`).run(to, id);
}

/**
 * Drops the tables of storage that no read at or after `oldest` can reach (retired before it and
 * no longer live under another name); answers how many storages went.
 */
export function dropUnreachableStorage(db: SqliteDatabase, oldest: Micros): number {
  let dropped = 0;
  for (const kind of Object.keys(DIRECTORY) as StorageKind[]) {
    for (const id of forgetUnreachable(db, kind, oldest, (candidate) => isLive(db, kind, candidate))) {
      const names = namesOf(kind, id);
      db.exec(`DROP TABLE IF EXISTS ${names.current}; DROP TABLE IF EXISTS ${names.history};`);
      dropped++;
    }
  }
  return dropped;
}
