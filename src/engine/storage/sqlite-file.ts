/**
 * Opening a SQLite file the way every emulator file is opened: WAL mode so readers never wait on
 * the writer, full sync so an acknowledged change survives a crash, foreign keys enforced. What a
 * file holds (its tables and migrations) is its owner's: the metadata file's is the admin plane's
 * (resources/metadata-database.ts), a database file's is engine/database/database-file.ts.
 */
import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

export function openSqlite(file: string): SqliteDatabase {
  const db = new Database(file);
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  return db;
}
