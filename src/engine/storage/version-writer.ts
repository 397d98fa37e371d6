/**
 * Writes versions of one storage table (a table's rows or an index's entries) at one commit
 * timestamp, with its statements prepared once: the version a write supersedes moves to history
 * with the interval [from, to) in which it was current. Knows nothing of keys' or values' meaning.
 */

import type { Statement } from 'better-sqlite3';
import type { Micros } from '../../common/clock';
import type { EncodedBounds } from './key-range';
import type { SqliteDatabase } from './sqlite-file';
import type { StorageNames } from './row-tables';

export class VersionWriter {
  private readonly selectCurrent: Statement;
  private readonly insertHistory: Statement;
  private readonly deleteCurrent: Statement;
  private readonly upsertCurrent: Statement;
  private readonly selectKeys: Statement;

  constructor(
    db: SqliteDatabase,
    { current, history }: StorageNames,
    private readonly ts: Micros,
  ) {
    this.selectCurrent = db.prepare(`SELECT ts, vals FROM ${current} WHERE key = ?`);
    this.insertHistory = db.prepare(
      `INSERT OR REPLACE INTO ${history} (key, ts_from, ts_to, vals) VALUES (?, ?, ?, ?)`,
    );
    this.deleteCurrent = db.prepare(`DELETE FROM ${current} WHERE key = ?`);
    this.upsertCurrent = db.prepare(`INSERT OR REPLACE INTO ${current} (key, ts, vals) VALUES (?, ?, ?)`);
    this.selectKeys = db.prepare(`SELECT key FROM ${current} WHERE key >= ? AND key < ? ORDER BY key`);
  }

  current(key: Buffer): Buffer | null {
    return (this.selectCurrent.get(key) as { vals: Buffer } | undefined)?.vals ?? null;
  }

  keysIn(bounds: EncodedBounds): Buffer[] {
    return (this.selectKeys.all(bounds.lower, bounds.upper) as { key: Buffer }[]).map((r) => r.key);
  }

  /**
   * Makes `vals` (null: no row) the current version of `key` and returns the version it replaced
   * (null: none). The superseded version goes to history unless it was written by this same
   * commit (a batch writing a key twice keeps one).
   */
  put(key: Buffer, vals: Buffer | null): Buffer | null {
    const old = this.selectCurrent.get(key) as { ts: number; vals: Buffer } | undefined;
    if (old !== undefined && old.ts < this.ts) this.insertHistory.run(key, old.ts, this.ts, old.vals);
    if (vals === null) this.deleteCurrent.run(key);
    else this.upsertCurrent.run(key, this.ts, vals);
    return old?.vals ?? null;
  }
}
