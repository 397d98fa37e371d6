/**
 * The storage tables of each Spanner table in a database file: `r<id>_cur` (the current version of
 * every live row: key BLOB, commit timestamp, value BLOB) and `r<id>_hist` (older versions with
 * the interval [from, to) in which each was current). `row_tables` maps table names (case-
 * insensitively, like Spanner's) to ids, so a rename keeps the data. Secondary indexes get the
 * same pair of tables, `x<id>_cur` / `x<id>_hist`, listed in `index_tables` (an index entry is a
 * row whose key is the index key). Runs inside the caller's transaction; it does not decide when
 * tables appear or go (the DDL path does), and it caches nothing: the row store (row-store.ts)
 * caches ids and statements and goes through it for every change of the directory.
 */

import type { SqliteDatabase } from './sqlite-file';

export interface StorageNames {
  readonly current: string;
  readonly history: string;
}

/** Whose storage: a table's rows or a secondary index's entries. */
export type StorageKind = 'rows' | 'index';

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

/** True when storage `id` still exists (it may have been dropped, or renamed, since it was found). */
export function storageIdExists(db: SqliteDatabase, kind: StorageKind, id: number): boolean {
  return db.prepare(`SELECT 1 FROM ${DIRECTORY[kind].table} WHERE id = ?`).get(id) !== undefined;
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
  const { lastInsertRowid } = db.prepare(`INSERT INTO ${DIRECTORY[kind].table} (name) VALUES (?)`).run(table);
  const names = namesOf(kind, Number(lastInsertRowid));
  db.exec(
    `CREATE TABLE ${names.current} (key BLOB PRIMARY KEY, ts INTEGER NOT NULL, vals BLOB NOT NULL) STRICT, WITHOUT ROWID;
     CREATE TABLE ${names.history} (key BLOB NOT NULL, ts_from INTEGER NOT NULL, ts_to INTEGER NOT NULL,
       vals BLOB NOT NULL, PRIMARY KEY (key, ts_from)) STRICT, WITHOUT ROWID;
     CREATE INDEX ${names.history}_to ON ${names.history} (ts_to);`,
  );
  return true;
}

export function dropStorage(db: SqliteDatabase, table: string, kind: StorageKind = 'rows'): void {
  const names = storageOf(db, table, kind);
  if (names === null) return;
  db.exec(`DROP TABLE ${names.current}; DROP TABLE ${names.history};`);
  db.prepare(`DELETE FROM ${DIRECTORY[kind].table} WHERE name = ?`).run(table);
}

export function renameStorage(db: SqliteDatabase, from: string, to: string, kind: StorageKind = 'rows'): void {
  db.prepare(`UPDATE ${DIRECTORY[kind].table} SET name = ? WHERE name = ?`).run(to, from);
}
