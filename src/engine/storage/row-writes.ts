/**
 * Applying a batch of mutations to the row store at one commit timestamp, in one SQLite
 * transaction: insert, update, insert_or_update and replace of rows, delete of keys and key
 * ranges. The version a write supersedes moves to history with the interval it was current in.
 * Deliberately no constraint checks (existence for INSERT/UPDATE, NOT NULL, types, foreign keys,
 * interleaving): the transaction layer validates before it commits; here UPDATE of a missing row
 * writes nothing and INSERT over an existing row overwrites it.
 */

import type { Statement } from 'better-sqlite3';
import type { Micros } from '../../common/clock';
import { assertNever } from '../../errors/assert-never';
import type { SpannerValue } from '../../types/spanner-value';
import { encodeKey } from './key-codec';
import { encodeRange, KeyRange } from './key-range';
import type { SqliteDatabase } from './metadata-database';
import { StorageNames, storageOf } from './row-tables';
import type { TableLayout } from './table-layout';
import { decodeColumnValues, encodeColumnValues } from './value-codec';
import { sameName } from '../schema/catalog/named-map';

export type WriteKind = 'insert' | 'update' | 'insertOrUpdate' | 'replace';

export type Mutation =
  | {
      readonly kind: WriteKind;
      readonly table: string;
      readonly columns: readonly string[];
      readonly rows: readonly (readonly SpannerValue[])[];
    }
  | {
      readonly kind: 'delete';
      readonly table: string;
      readonly keys: readonly (readonly SpannerValue[])[];
      readonly ranges: readonly KeyRange[];
    };

export type LayoutOf = (table: string) => TableLayout;

/** Applies `mutations` in order at `commitTimestamp`, atomically. */
export function applyMutations(
  db: SqliteDatabase,
  layoutOf: LayoutOf,
  mutations: readonly Mutation[],
  commitTimestamp: Micros,
): void {
  db.transaction(() => {
    for (const m of mutations) applyMutation(db, layoutOf(m.table), m, commitTimestamp);
  })();
}

function applyMutation(db: SqliteDatabase, layout: TableLayout, m: Mutation, ts: Micros): void {
  const names = storageOf(db, layout.table);
  if (names === null) throw new Error(`Table ${layout.table} has no storage`);
  const writer = new VersionWriter(db, names, ts);
  switch (m.kind) {
    case 'insert':
    case 'update':
    case 'insertOrUpdate':
    case 'replace':
      for (const row of m.rows) writeRow(writer, layout, m.kind, m.columns, row);
      return;
    case 'delete':
      for (const key of m.keys) writer.put(encodeKey(layout.keyParts, key), null);
      for (const range of m.ranges) {
        for (const key of writer.keysIn(encodeRange(layout.keyParts, range))) writer.put(key, null);
      }
      return;
    default:
      return assertNever(m, 'mutation');
  }
}

function writeRow(
  writer: VersionWriter,
  layout: TableLayout,
  kind: WriteKind,
  columns: readonly string[],
  row: readonly SpannerValue[],
): void {
  const keyValues = layout.keyColumns.map((k) => {
    const i = columns.findIndex((c) => sameName(c, k));
    if (i < 0) throw new Error(`Mutation on ${layout.table} lacks key column ${k}`);
    return row[i];
  });
  const key = encodeKey(layout.keyParts, keyValues);
  const existing = writer.current(key);
  if (kind === 'update' && existing === null) return;
  const merged = new Map(kind === 'replace' || existing === null ? [] : decodeColumnValues(existing));
  columns.forEach((c, i) => {
    const column = layout.columns.find((col) => sameName(col.name, c));
    if (column === undefined) throw new Error(`Column ${c} not in ${layout.table}`);
    if (!layout.keyColumns.some((k) => sameName(k, c))) merged.set(column.name, row[i]);
  });
  writer.put(key, encodeColumnValues(merged));
}

/** Writes versions of one storage table at one commit timestamp (statements prepared once). */
class VersionWriter {
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
    this.insertHistory = db.prepare(`INSERT OR REPLACE INTO ${history} (key, ts_from, ts_to, vals) VALUES (?, ?, ?, ?)`);
    this.deleteCurrent = db.prepare(`DELETE FROM ${current} WHERE key = ?`);
    this.upsertCurrent = db.prepare(`INSERT OR REPLACE INTO ${current} (key, ts, vals) VALUES (?, ?, ?)`);
    this.selectKeys = db.prepare(`SELECT key FROM ${current} WHERE key >= ? AND key < ? ORDER BY key`);
  }

  current(key: Buffer): Buffer | null {
    return (this.selectCurrent.get(key) as { vals: Buffer } | undefined)?.vals ?? null;
  }

  keysIn(bounds: { lower: Buffer; upper: Buffer }): Buffer[] {
    return (this.selectKeys.all(bounds.lower, bounds.upper) as { key: Buffer }[]).map((r) => r.key);
  }

  /**
   * Makes `vals` (null: no row) the current version of `key`. The superseded version goes to
   * history unless it was written by this same commit (a batch writing a key twice keeps one).
   */
  put(key: Buffer, vals: Buffer | null): void {
    const old = this.selectCurrent.get(key) as { ts: number; vals: Buffer } | undefined;
    if (old !== undefined && old.ts < this.ts) this.insertHistory.run(key, old.ts, this.ts, old.vals);
    if (vals === null) this.deleteCurrent.run(key);
    else this.upsertCurrent.run(key, this.ts, vals);
  }
}
