/**
 * The metadata database: one SQLite file per data directory holding the admin plane's state
 * (instances, databases, long-running operations, sessions, the latest schema change of each
 * database whose operation is recorded), opened as every emulator file is
 * (engine/storage/sqlite-file.ts). Its schema is the admin plane's, so it lives here, not in the
 * engine. Migrations are numbered; the schema_version table records which ran.
 */
import * as path from 'path';
import { openSqlite, SqliteDatabase } from '../engine/storage/sqlite-file';

/** Ordered schema migrations; append only, never edit a released one. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE emulator_info (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT`,
  // Admin plane: instances, databases (each with its own SQLite file) and long-running operations.
  // Times are microseconds since the epoch; labels are a JSON object.
  `CREATE TABLE instances (
     name TEXT PRIMARY KEY, config TEXT NOT NULL, display_name TEXT NOT NULL,
     node_count INTEGER NOT NULL, processing_units INTEGER NOT NULL, labels TEXT NOT NULL,
     edition TEXT NOT NULL, create_time INTEGER NOT NULL, update_time INTEGER NOT NULL) STRICT;
   CREATE TABLE databases (
     name TEXT PRIMARY KEY, instance TEXT NOT NULL REFERENCES instances (name), dialect TEXT NOT NULL,
     create_time INTEGER NOT NULL, enable_drop_protection INTEGER NOT NULL, file TEXT) STRICT;
   CREATE INDEX databases_by_instance ON databases (instance);
   CREATE TABLE operations (
     name TEXT PRIMARY KEY, parent TEXT NOT NULL, done INTEGER NOT NULL,
     metadata_type TEXT, metadata BLOB, response_type TEXT, response BLOB,
     error_code INTEGER, error_message TEXT, create_time INTEGER NOT NULL) STRICT;
   CREATE INDEX operations_by_parent ON operations (parent);`,
  // Sessions of the data plane, so clients holding one keep it across a restart. No foreign key
  // to databases: a drop removes them explicitly, and startup removes those of a database gone.
  `CREATE TABLE sessions (
     name TEXT PRIMARY KEY, database TEXT NOT NULL, labels TEXT NOT NULL, creator_role TEXT NOT NULL,
     multiplexed INTEGER NOT NULL, create_time INTEGER NOT NULL, last_use_time INTEGER NOT NULL) STRICT;
   CREATE INDEX sessions_by_database ON sessions (database);`,
  // Per database, the commit timestamp of its latest schema change whose operation is recorded here,
  // compared at startup with the receipt in the database file (resources/databases/schema-receipts.ts).
  `CREATE TABLE recorded_schema_changes (
     database TEXT PRIMARY KEY REFERENCES databases (name) ON DELETE CASCADE,
     commit_timestamp INTEGER NOT NULL) STRICT;`,
];

export const METADATA_FILE = 'metadata.sqlite';

function migrate(db: SqliteDatabase): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL) STRICT');
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null };
  const current = row.v ?? 0;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `The data directory was written by a newer emulator (metadata schema ${current} > ${MIGRATIONS.length}).`,
    );
  }
  const apply = db.transaction(() => {
    for (let v = current + 1; v <= MIGRATIONS.length; v++) {
      db.exec(MIGRATIONS[v - 1]);
      db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(v, new Date().toISOString());
    }
  });
  apply();
}

export function openMetadataDatabase(dataDir: string | undefined): SqliteDatabase {
  const db = openSqlite(dataDir === undefined ? ':memory:' : path.join(dataDir, METADATA_FILE));
  migrate(db);
  return db;
}

export function metadataSchemaVersion(db: SqliteDatabase): number {
  return (db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number }).v;
}
