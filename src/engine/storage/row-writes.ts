/**
 * Applying a batch of mutations to the row store at one commit timestamp, in one SQLite
 * transaction: insert, update, insert_or_update and replace of rows, delete of keys and key
 * ranges. The version a write supersedes moves to history with the interval it was current in;
 * every secondary index of a written table gets its entry changes at the same timestamp.
 * Deliberately no constraint checks (existence for INSERT/UPDATE, NOT NULL, types, foreign keys,
 * interleaving): the transaction layer validates before it commits; here UPDATE of a missing row
 * writes nothing and INSERT over an existing row overwrites it.
 */

import type { Micros } from '../../common/clock';
import { assertNever } from '../../errors/assert-never';
import type { SpannerValue } from '../../types/spanner-value';
import { encodeKey } from './key-codec';
import { encodeRange, KeyRange } from './key-range';
import { IndexesOf, IndexMaintainer, RowValues } from './index-writes';
import type { SqliteDatabase } from './sqlite-file';
import { decodeRow } from './row-store';
import { storageOf } from './row-tables';
import type { TableLayout } from './table-layout';
import { decodeColumnValues, encodeColumnValues } from './value-codec';
import { VersionWriter } from './version-writer';
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

/** Applies `mutations` in order at `commitTimestamp`, atomically, indexes included. */
export function applyMutations(
  db: SqliteDatabase,
  layoutOf: LayoutOf,
  indexesOf: IndexesOf,
  mutations: readonly Mutation[],
  commitTimestamp: Micros,
): void {
  db.transaction(() => {
    for (const m of mutations) {
      const layout = layoutOf(m.table);
      const names = storageOf(db, layout.table);
      if (names === null) throw new Error(`Table ${layout.table} has no storage`);
      const writer = new TableWriter(
        layout,
        new VersionWriter(db, names, commitTimestamp),
        new IndexMaintainer(db, indexesOf(layout.table), commitTimestamp),
      );
      applyMutation(writer, m);
    }
  })();
}

function applyMutation(writer: TableWriter, m: Mutation): void {
  const { layout } = writer;
  switch (m.kind) {
    case 'insert':
    case 'update':
    case 'insertOrUpdate':
    case 'replace':
      for (const row of m.rows) writeRow(writer, m.kind, m.columns, row);
      return;
    case 'delete':
      for (const key of m.keys) writer.put(encodeKey(layout.keyParts, key), null);
      for (const range of m.ranges) {
        for (const key of writer.rows.keysIn(encodeRange(layout.keyParts, range))) writer.put(key, null);
      }
      return;
    default:
      return assertNever(m, 'mutation');
  }
}

/** One table's row versions and the index entries that follow them. */
class TableWriter {
  constructor(
    readonly layout: TableLayout,
    readonly rows: VersionWriter,
    private readonly indexes: IndexMaintainer,
  ) {}

  put(key: Buffer, vals: Buffer | null): void {
    const old = this.rows.put(key, vals);
    if (this.indexes.empty) return;
    this.indexes.rowChanged(this.rowValues(key, old), this.rowValues(key, vals));
  }

  private rowValues(key: Buffer, vals: Buffer | null): RowValues {
    return vals === null ? null : decodeRow(this.layout, { key, vals }).values;
  }
}

function writeRow(
  writer: TableWriter,
  kind: WriteKind,
  columns: readonly string[],
  row: readonly SpannerValue[],
): void {
  const { layout } = writer;
  const keyValues = layout.keyColumns.map((k) => {
    const i = columns.findIndex((c) => sameName(c, k));
    if (i < 0) throw new Error(`Mutation on ${layout.table} lacks key column ${k}`);
    return row[i];
  });
  const key = encodeKey(layout.keyParts, keyValues);
  const existing = writer.rows.current(key);
  if (kind === 'update' && existing === null) return;
  const merged = new Map(kind === 'replace' || existing === null ? [] : decodeColumnValues(existing));
  columns.forEach((c, i) => {
    const column = layout.columns.find((col) => sameName(col.name, c));
    if (column === undefined) throw new Error(`Column ${c} not in ${layout.table}`);
    if (!layout.keyColumns.some((k) => sameName(k, c))) merged.set(column.name, row[i]);
  });
  writer.put(key, encodeColumnValues(merged));
}
