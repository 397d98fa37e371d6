/**
 * The storage tables of each Spanner table in a database file: `r<id>_cur` (the current version of
 * every live row: key BLOB, commit timestamp, value BLOB) and `r<id>_hist` (older versions with
 * the interval [from, to) in which each was current). `row_tables` maps table names (case-
 * insensitively, like Spanner's) to ids, so a rename keeps the data. Runs inside the caller's
 * transaction; it does not decide when tables appear or go (the DDL path does).
 */

import type { SqliteDatabase } from './metadata-database';

export interface StorageNames {
  readonly current: string;
  readonly history: string;
}

function namesOf(id: number): StorageNames {
  return { current: `r${id}_cur`, history: `r${id}_hist` };
}

/** The storage of `table`, or null when it has none. */
export function storageOf(db: SqliteDatabase, table: string): StorageNames | null {
  const row = db.prepare('SELECT id FROM row_tables WHERE name = ?').get(table) as { id: number } | undefined;
  return row === undefined ? null : namesOf(row.id);
}

export function storedTableNames(db: SqliteDatabase): string[] {
  return (db.prepare('SELECT name FROM row_tables ORDER BY id').all() as { name: string }[]).map((r) => r.name);
}

/** Creates empty storage for `table` unless it has some. */
export function createStorage(db: SqliteDatabase, table: string): void {
  if (storageOf(db, table) !== null) return;
  const { lastInsertRowid } = db.prepare('INSERT INTO row_tables (name) VALUES (?)').run(table);
  const names = namesOf(Number(lastInsertRowid));
  db.exec(
    `CREATE TABLE ${names.current} (key BLOB PRIMARY KEY, ts INTEGER NOT NULL, vals BLOB NOT NULL) STRICT, WITHOUT ROWID;
     CREATE TABLE ${names.history} (key BLOB NOT NULL, ts_from INTEGER NOT NULL, ts_to INTEGER NOT NULL,
       vals BLOB NOT NULL, PRIMARY KEY (key, ts_from)) STRICT, WITHOUT ROWID;
     CREATE INDEX ${names.history}_to ON ${names.history} (ts_to);`,
  );
}

export function dropStorage(db: SqliteDatabase, table: string): void {
  const names = storageOf(db, table);
  if (names === null) return;
  db.exec(`DROP TABLE ${names.current}; DROP TABLE ${names.history};`);
  db.prepare('DELETE FROM row_tables WHERE name = ?').run(table);
}

export function renameStorage(db: SqliteDatabase, from: string, to: string): void {
  db.prepare('UPDATE row_tables SET name = ? WHERE name = ?').run(to, from);
}

/** True when any table's storage holds a current row. */
export function anyStoredRows(db: SqliteDatabase): boolean {
  for (const table of storedTableNames(db)) {
    const names = storageOf(db, table)!;
    if (db.prepare(`SELECT 1 FROM ${names.current} LIMIT 1`).get() !== undefined) return true;
  }
  return false;
}
