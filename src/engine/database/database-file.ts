/**
 * One database's own SQLite file: where it lives under the data directory, and its layout. The file
 * holds what a restart needs to rebuild the database: its identity, the log of applied schema
 * changes with their commit timestamps, the last commit timestamp issued (so timestamps keep
 * increasing across restarts) and the counters of its sequences. In-memory mode uses an in-memory
 * SQLite database of the same layout. The row store's tables live here too
 * (engine/storage/row-tables.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import { sqliteFileDamage } from '../storage/file-integrity';
import { openSqlite, SqliteDatabase } from '../storage/sqlite-file';

/** Ordered migrations of a database file; append only. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE database_info (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
   CREATE TABLE schema_changes (
     seq INTEGER PRIMARY KEY, commit_timestamp INTEGER NOT NULL, statement TEXT NOT NULL) STRICT;
   CREATE TABLE commit_clock (
     id INTEGER PRIMARY KEY CHECK (id = 0), last_commit_timestamp INTEGER NOT NULL) STRICT;`,
  // The row store's directory: each Spanner table's storage tables are named by this id, so a
  // table rename is one UPDATE here (see engine/storage/row-tables.ts).
  `CREATE TABLE row_tables (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE) STRICT;`,
  // The same for secondary indexes, whose entries are stored like rows (index-writes.ts).
  `CREATE TABLE index_tables (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE) STRICT;`,
  // The proto descriptors sent with a schema batch (keyed by the batch's commit timestamp): replay
  // needs them to rebuild the proto bundle (schema-log.ts).
  `CREATE TABLE schema_change_descriptors (
     commit_timestamp INTEGER PRIMARY KEY, proto_descriptors BLOB NOT NULL) STRICT;`,
  // The caller's receipt for the latest schema batch (its long-running operation), written in the
  // batch's transaction so that a crash cannot keep one without the other (schema-receipt.ts).
  `CREATE TABLE schema_receipt (
     id INTEGER PRIMARY KEY CHECK (id = 0), commit_timestamp INTEGER NOT NULL, payload BLOB NOT NULL) STRICT;`,
  // Sequence counters (engine/mutation/sequence-counters.ts), by lower-cased sequence name: the
  // value up to which counters are reserved, and an epoch a schema change's restart bumps.
  `CREATE TABLE sequence_counters (
     name TEXT PRIMARY KEY, counter INTEGER NOT NULL, epoch INTEGER NOT NULL) STRICT;`,
  // Names that schema changes took away from storage (dropped or renamed tables, dropped indexes),
  // with the change's timestamp: reads before it still find the rows (retired-storage.ts).
  `CREATE TABLE retired_storage (
     kind TEXT NOT NULL, id INTEGER NOT NULL, name TEXT NOT NULL COLLATE NOCASE, retired_at INTEGER NOT NULL,
     PRIMARY KEY (kind, name, retired_at, id)) STRICT, WITHOUT ROWID;`,
];

export interface DatabaseFileParts {
  readonly project: string;
  readonly instance: string;
  readonly database: string;
}

/**
 * Path segments must not escape the data directory or collide: anything outside a conservative
 * character set (and the names `.` and `..`) is percent-encoded. Instance and database ids are
 * already safe by their own rules; project ids are not checked by Spanner's API.
 */
function safeSegment(segment: string): string {
  const dotsOnly = /^\.+$/.test(segment);
  return Array.from(Buffer.from(segment, 'utf8'))
    .map((b) => {
      const c = String.fromCharCode(b);
      const keep = /[A-Za-z0-9_-]/.test(c) || (c === '.' && !dotsOnly);
      return keep ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

/** `projects/<p>/instances/<i>/databases/<d>.sqlite`, relative to the data directory. */
export function databaseFileOf(parts: DatabaseFileParts): string {
  return path.join(databaseDirectoryOf(parts), `${safeSegment(parts.database)}.sqlite`);
}

/** `projects/<p>/instances/<i>/databases`, where an instance's database files are, relative. */
export function databaseDirectoryOf(parts: Omit<DatabaseFileParts, 'database'>): string {
  return path.join('projects', safeSegment(parts.project), 'instances', safeSegment(parts.instance), 'databases');
}

function migrate(db: SqliteDatabase, file: string): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL) STRICT');
  const current = (db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null }).v ?? 0;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `Database file ${file} was written by a newer emulator (layout ${current} > ${MIGRATIONS.length}).`,
    );
  }
  db.transaction(() => {
    for (let v = current + 1; v <= MIGRATIONS.length; v++) {
      db.exec(MIGRATIONS[v - 1]);
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(v);
    }
  })();
}

/** Opens (creating when absent) a database file; `relative` null opens an in-memory one. */
export function openDatabaseFile(dataDir: string | undefined, relative: string | null): SqliteDatabase {
  const file = dataDir === undefined || relative === null ? ':memory:' : path.join(dataDir, relative);
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = openSqlite(file);
  migrate(db, file);
  return db;
}

/** True when the database file exists (always true in memory, where there is no file). */
export function databaseFileExists(dataDir: string | undefined, relative: string | null): boolean {
  return dataDir === undefined || relative === null || fs.existsSync(path.join(dataDir, relative));
}

/**
 * What is wrong with an existing database file (empty, not a database, failing SQLite's quick
 * check), or null when it is intact; checked before opening, which would migrate (write) it.
 */
export function databaseFileDamage(dataDir: string | undefined, relative: string | null): string | null {
  return dataDir === undefined || relative === null ? null : sqliteFileDamage(path.join(dataDir, relative));
}

/** Deletes a database file with its WAL and shared-memory companions; absent files are fine. */
export function removeDatabaseFile(dataDir: string | undefined, relative: string | null): void {
  if (dataDir === undefined || relative === null) return;
  const file = path.join(dataDir, relative);
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}
