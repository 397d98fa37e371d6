/**
 * Sessions as rows of the metadata database (table `sessions`), so a client holding a session
 * keeps using it after an emulator restart. Rows are written when sessions are created and removed
 * when they end; the last-use time is written in batches by the registry (a write per RPC would
 * cost an fsync per call). Which sessions are live, and expiry, are the registry's business.
 */
import type { Micros } from '../../common/clock';
import type { SqliteDatabase } from '../../engine/storage/sqlite-file';

export interface SessionRecord {
  readonly name: string;
  readonly database: string;
  readonly labels: Readonly<Record<string, string>>;
  /** Empty when the session was created without a database role. */
  readonly creatorRole: string;
  readonly multiplexed: boolean;
  readonly createTime: Micros;
  readonly lastUseTime: Micros;
}

interface SessionRow {
  name: string;
  database: string;
  labels: string;
  creator_role: string;
  multiplexed: number;
  create_time: number;
  last_use_time: number;
}

function fromRow(row: SessionRow): SessionRecord {
  return {
    name: row.name,
    database: row.database,
    labels: JSON.parse(row.labels) as Record<string, string>,
    creatorRole: row.creator_role,
    multiplexed: row.multiplexed !== 0,
    createTime: row.create_time,
    lastUseTime: row.last_use_time,
  };
}

export class SessionStore {
  constructor(private readonly db: SqliteDatabase) {}

  all(): SessionRecord[] {
    return (this.db.prepare('SELECT * FROM sessions ORDER BY name').all() as SessionRow[]).map(fromRow);
  }

  /** Inserts every record in one transaction: a batch is created whole or not at all. */
  insertAll(records: readonly SessionRecord[]): void {
    const insert = this.db.prepare(
      `INSERT INTO sessions (name, database, labels, creator_role, multiplexed, create_time, last_use_time)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.db.transaction(() => {
      for (const r of records) {
        const labels = JSON.stringify(r.labels);
        insert.run(r.name, r.database, labels, r.creatorRole, r.multiplexed ? 1 : 0, r.createTime, r.lastUseTime);
      }
    })();
  }

  deleteAll(names: readonly string[]): void {
    const remove = this.db.prepare('DELETE FROM sessions WHERE name = ?');
    this.db.transaction(() => {
      for (const name of names) remove.run(name);
    })();
  }

  deleteByDatabase(database: string): void {
    this.db.prepare('DELETE FROM sessions WHERE database = ?').run(database);
  }

  /** Writes last-use times in one transaction; rows already deleted are skipped. */
  updateLastUse(times: ReadonlyMap<string, Micros>): void {
    const update = this.db.prepare('UPDATE sessions SET last_use_time = ? WHERE name = ?');
    this.db.transaction(() => {
      for (const [name, time] of times) update.run(time, name);
    })();
  }
}
