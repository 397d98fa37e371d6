/**
 * One storage table pair (a Spanner table's rows or an index's entries: `<p><id>_cur` and
 * `<p><id>_hist`) with its statements prepared once: reads of one key or one page of keys, at the
 * latest state or at a timestamp, and writes of versions at a commit timestamp (the version a
 * write supersedes moves to history with the interval [from, to) in which it was current). The
 * row store (row-store.ts) caches one per storage and marks it dead when DDL changes the storage
 * directory. Knows nothing of keys' or values' meaning.
 */

import type { Statement } from 'better-sqlite3';
import type { Micros } from '../../common/clock';
import type { EncodedBounds } from './key-range';
import type { RowReader } from './row-reader';
import type { StorageNames } from './row-tables';
import type { StorageKind } from './storage-kind';
import type { SqliteDatabase } from './sqlite-file';

/** A current version: its commit timestamp and value BLOB. */
export interface CurrentVersion {
  readonly ts: Micros;
  readonly vals: Buffer;
}

/** A stored entry as a page returns it: [key, vals]. */
export type RawEntry = [key: Buffer, vals: Buffer];

export class VersionedTable {
  /** False once the storage directory changed: the caller finds the storage again by id. */
  alive = true;
  private readonly current: string;
  private readonly history: string;
  // Prepared on first use: a table only checked for rows needs one statement, not all of them.
  private readLatestStatement?: Statement;
  private readAtStatement?: Statement;
  private pageLatestStatement?: Statement;
  private pageAtStatement?: Statement;
  private selectCurrentStatement?: Statement;
  private insertHistoryStatement?: Statement;
  private deleteCurrentStatement?: Statement;
  private upsertCurrentStatement?: Statement;
  private selectKeysStatement?: Statement;
  private selectAnyStatement?: Statement;
  private lastChangeStatement?: Statement;

  constructor(
    private readonly db: SqliteDatabase,
    readonly kind: StorageKind,
    readonly id: number,
    names: StorageNames,
  ) {
    this.current = names.current;
    this.history = names.history;
  }

  /**
   * The versions of keys matching `where` visible at @at: the current one if committed at or
   * before it, else the history version whose [ts_from, ts_to) holds it; a key deleted before
   * @at has neither.
   */
  private visibleAt(where: string): string {
    return (
      `SELECT key, vals FROM ${this.current} WHERE ${where} AND ts <= @at ` +
      `UNION ALL SELECT key, vals FROM ${this.history} WHERE ${where} AND ts_from <= @at AND ts_to > @at`
    );
  }

  private get readLatest(): Statement {
    return (this.readLatestStatement ??= this.db.prepare(`SELECT vals FROM ${this.current} WHERE key = ?`).pluck());
  }

  private get readAt(): Statement {
    return (this.readAtStatement ??= this.db.prepare(this.visibleAt('key = @key')).raw());
  }

  private get pageLatest(): Statement {
    const sql = `SELECT key, vals FROM ${this.current} WHERE key >= ? AND key < ? ORDER BY key LIMIT ?`;
    return (this.pageLatestStatement ??= this.db.prepare(sql).raw());
  }

  private get pageAt(): Statement {
    const sql = `${this.visibleAt('key >= @lower AND key < @upper')} ORDER BY key LIMIT @limit`;
    return (this.pageAtStatement ??= this.db.prepare(sql).raw());
  }

  private get selectCurrent(): Statement {
    return (this.selectCurrentStatement ??= this.db.prepare(`SELECT ts, vals FROM ${this.current} WHERE key = ?`));
  }

  private get insertHistory(): Statement {
    const sql = `INSERT OR REPLACE INTO ${this.history} (key, ts_from, ts_to, vals) VALUES (?, ?, ?, ?)`;
    return (this.insertHistoryStatement ??= this.db.prepare(sql));
  }

  private get deleteCurrent(): Statement {
    return (this.deleteCurrentStatement ??= this.db.prepare(`DELETE FROM ${this.current} WHERE key = ?`));
  }

  private get upsertCurrent(): Statement {
    const sql = `INSERT OR REPLACE INTO ${this.current} (key, ts, vals) VALUES (?, ?, ?)`;
    return (this.upsertCurrentStatement ??= this.db.prepare(sql));
  }

  private get selectKeys(): Statement {
    const sql = `SELECT key FROM ${this.current} WHERE key >= ? AND key < ? ORDER BY key`;
    return (this.selectKeysStatement ??= this.db.prepare(sql).pluck());
  }

  private get selectAny(): Statement {
    return (this.selectAnyStatement ??= this.db.prepare(`SELECT 1 FROM ${this.current} LIMIT 1`).pluck());
  }

  private get lastChangeQuery(): Statement {
    const sql =
      `SELECT MAX(t) FROM (SELECT ts AS t FROM ${this.current} WHERE key = @key ` +
      `UNION ALL SELECT MAX(ts_to) AS t FROM ${this.history} WHERE key = @key)`;
    return (this.lastChangeStatement ??= this.db.prepare(sql).pluck());
  }

  /**
   * When `key` last changed: its current version's timestamp, or the end of its last history
   * version (a deletion); null when it was never written (or its versions were collected).
   */
  lastChange(key: Buffer): Micros | null {
    return (this.lastChangeQuery.get({ key }) as Micros | null | undefined) ?? null;
  }

  /** The value BLOB of `key` as of `at` (null: the latest state), or null when it has no version. */
  read(key: Buffer, at: Micros | null): Buffer | null {
    if (at === null) return (this.readLatest.get(key) as Buffer | undefined) ?? null;
    const found = this.readAt.get({ key, at }) as RawEntry | undefined;
    return found === undefined ? null : found[1];
  }

  /** Up to `limit` entries with keys in [lower, upper) as of `at`, in key order, fetched whole. */
  page(lower: Buffer, upper: Buffer, at: Micros | null, limit: number): RawEntry[] {
    if (at === null) return this.pageLatest.all(lower, upper, limit) as RawEntry[];
    return this.pageAt.all({ lower, upper, at, limit }) as RawEntry[];
  }

  hasRows(): boolean {
    return this.selectAny.get() !== undefined;
  }

  currentVersion(key: Buffer): CurrentVersion | null {
    return (this.selectCurrent.get(key) as CurrentVersion | undefined) ?? null;
  }

  /** The current keys in `bounds`, collected before the caller writes any of them. */
  keysIn(bounds: EncodedBounds): Buffer[] {
    return this.selectKeys.all(bounds.lower, bounds.upper) as Buffer[];
  }

  /**
   * Makes `vals` (null: no row) the current version of `key` at `ts`, `previous` being its current
   * version as the caller read it. The superseded version goes to history unless it was written by
   * this same commit (a batch writing a key twice keeps one).
   */
  write(key: Buffer, previous: CurrentVersion | null, vals: Buffer | null, ts: Micros): void {
    if (previous !== null && previous.ts < ts) this.insertHistory.run(key, previous.ts, ts, previous.vals);
    if (vals === null) {
      if (previous !== null) this.deleteCurrent.run(key);
    } else this.upsertCurrent.run(key, ts, vals);
  }

  /** write() after reading the current version; returns the value BLOB it replaced (null: none). */
  put(key: Buffer, vals: Buffer | null, ts: Micros): Buffer | null {
    const previous = this.currentVersion(key);
    this.write(key, previous, vals, ts);
    return previous?.vals ?? null;
  }
}

/** The row store as its write paths see it: storage by name, and reads. */
export interface StorageTables extends RowReader {
  /** The storage of a table's rows or an index's entries, or null when it has none. */
  storage(name: string, kind: StorageKind): VersionedTable | null;
}
