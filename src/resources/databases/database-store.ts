/**
 * Databases as rows of the metadata database (table `databases`): the admin attributes of each
 * database and where its own SQLite file lives. The schema and, later, the rows are in that file,
 * owned by the engine's Database object; this table only says which databases exist.
 */
import type { Micros } from '../../common/clock';
import type { SqliteDatabase } from '../../engine/storage/sqlite-file';

export type DatabaseDialectName = 'GOOGLE_STANDARD_SQL' | 'POSTGRESQL';

export interface DatabaseRecord {
  readonly name: string;
  readonly instance: string;
  readonly dialect: DatabaseDialectName;
  /** The commit timestamp of the database's creation. */
  readonly createTime: Micros;
  readonly enableDropProtection: boolean;
  /** The database file relative to the data directory; null when running in memory. */
  readonly file: string | null;
}

interface DatabaseRow {
  name: string;
  instance: string;
  dialect: string;
  create_time: number;
  enable_drop_protection: number;
  file: string | null;
}

function fromRow(row: DatabaseRow): DatabaseRecord {
  return {
    name: row.name,
    instance: row.instance,
    dialect: row.dialect === 'POSTGRESQL' ? 'POSTGRESQL' : 'GOOGLE_STANDARD_SQL',
    createTime: row.create_time,
    enableDropProtection: row.enable_drop_protection !== 0,
    file: row.file,
  };
}

export class DatabaseStore {
  constructor(private readonly db: SqliteDatabase) {}

  get(name: string): DatabaseRecord | undefined {
    const row = this.db.prepare('SELECT * FROM databases WHERE name = ?').get(name) as DatabaseRow | undefined;
    return row && fromRow(row);
  }

  /** The instance's databases, sorted by name. */
  listByInstance(instance: string): DatabaseRecord[] {
    const rows = this.db
      .prepare('SELECT * FROM databases WHERE instance = ? ORDER BY name')
      .all(instance) as DatabaseRow[];
    return rows.map(fromRow);
  }

  all(): DatabaseRecord[] {
    return (this.db.prepare('SELECT * FROM databases ORDER BY name').all() as DatabaseRow[]).map(fromRow);
  }

  insert(r: DatabaseRecord): void {
    this.db
      .prepare(
        `INSERT INTO databases (name, instance, dialect, create_time, enable_drop_protection, file)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(r.name, r.instance, r.dialect, r.createTime, r.enableDropProtection ? 1 : 0, r.file);
  }

  setDropProtection(name: string, enabled: boolean): void {
    this.db.prepare('UPDATE databases SET enable_drop_protection = ? WHERE name = ?').run(enabled ? 1 : 0, name);
  }

  delete(name: string): void {
    this.db.prepare('DELETE FROM databases WHERE name = ?').run(name);
  }
}
