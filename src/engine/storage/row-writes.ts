/**
 * Applying a batch of mutations to the row store at one commit timestamp, inside the caller's
 * SQLite transaction: insert, update, insert_or_update and replace of rows, delete of keys and
 * key ranges. The version a write supersedes moves to history with the interval it was current
 * in; every secondary index of a written table gets its entry changes at the same timestamp.
 * Columns are resolved to row positions once per mutation, rows are merged positionally.
 * Deliberately no constraint checks (existence for INSERT/UPDATE, NOT NULL, types, foreign keys,
 * interleaving): the transaction layer validates before it commits; here UPDATE of a missing row
 * writes nothing and INSERT over an existing row overwrites it.
 */

import type { Micros } from '../../common/clock';
import { assertNever } from '../../errors/assert-never';
import type { SpannerValue } from '../../types/spanner-value';
import { IndexMaintainer } from './index-writes';
import { encodeKey } from './key-codec';
import { encodeRange, KeyRange } from './key-range';
import { decodeRow, emptyRow, encodeRowVals } from './row-codec';
import { columnPosition, IndexShape, TableShape } from './row-shape';
import type { StorageTables, VersionedTable } from './versioned-table';

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

/** A table's shape and the shapes of its indexes that have storage. */
export interface TableShapes {
  readonly table: TableShape;
  readonly indexes: readonly IndexShape[];
}

/** The shapes of a table by name; throws for a table the schema lacks. */
export type ShapesOf = (table: string) => TableShapes;

/** Applies `mutations` in order at `ts`. Run inside a transaction: an error leaves a partial batch. */
export function applyMutations(
  tables: StorageTables,
  shapesOf: ShapesOf,
  mutations: readonly Mutation[],
  ts: Micros,
): void {
  for (const m of mutations) {
    const shapes = shapesOf(m.table);
    const rows = tables.storage(shapes.table.table, 'rows');
    if (rows === null) throw new Error(`Table ${shapes.table.table} has no storage`);
    applyMutation(new TableWriter(shapes.table, rows, new IndexMaintainer(tables, shapes.indexes, ts), ts), m);
  }
}

/** A row's new state (null: deleted) with the state it replaces, as a transaction computed them. */
export interface RowChange {
  readonly shapes: TableShapes;
  readonly key: Buffer;
  readonly before: readonly SpannerValue[] | null;
  readonly after: readonly SpannerValue[] | null;
}

/**
 * Writes rows whose old and new states the caller already knows (a transaction's checked writes)
 * at `ts`, with their index entries. Run inside a transaction: an error leaves a partial batch.
 */
export function applyRowChanges(tables: StorageTables, changes: readonly RowChange[], ts: Micros): void {
  for (const change of changes) {
    if (change.before === null && change.after === null) continue;
    const shape = change.shapes.table;
    const rows = tables.storage(shape.table, 'rows');
    if (rows === null) throw new Error(`Table ${shape.table} has no storage`);
    const vals = change.after === null ? null : encodeRowVals(shape, change.after);
    rows.write(change.key, rows.currentVersion(change.key), vals, ts);
    if (change.shapes.indexes.length > 0) {
      new IndexMaintainer(tables, change.shapes.indexes, ts).rowChanged(change.before, change.after);
    }
  }
}

function applyMutation(writer: TableWriter, m: Mutation): void {
  const { shape } = writer;
  switch (m.kind) {
    case 'insert':
    case 'update':
    case 'insertOrUpdate':
    case 'replace': {
      const positions = m.columns.map((c) => requirePosition(shape, c));
      const keyAt = shape.keyPositions.map((p) => {
        const i = positions.indexOf(p);
        if (i < 0) throw new Error(`Mutation on ${shape.table} lacks key column ${shape.columns[p]}`);
        return i;
      });
      for (const row of m.rows) writer.writeRow(m.kind, positions, keyAt, row);
      return;
    }
    case 'delete':
      for (const key of m.keys) writer.delete(encodeKey(shape.keyParts, key));
      for (const range of m.ranges) {
        for (const key of writer.rows.keysIn(encodeRange(shape.keyParts, range))) writer.delete(key);
      }
      return;
    default:
      return assertNever(m, 'mutation');
  }
}

function requirePosition(shape: TableShape, column: string): number {
  const position = columnPosition(shape, column);
  if (position < 0) throw new Error(`Column ${column} not in ${shape.table}`);
  return position;
}

/** One table's row versions and the index entries that follow them. */
class TableWriter {
  constructor(
    readonly shape: TableShape,
    readonly rows: VersionedTable,
    private readonly indexes: IndexMaintainer,
    private readonly ts: Micros,
  ) {}

  /** `values[i]` goes to row position `positions[i]`; `keyAt` says which values are the key. */
  writeRow(kind: WriteKind, positions: readonly number[], keyAt: readonly number[], values: readonly SpannerValue[]) {
    const key = encodeKey(
      this.shape.keyParts,
      keyAt.map((i) => values[i]),
    );
    const previous = this.rows.currentVersion(key);
    if (kind === 'update' && previous === null) return;
    const before = previous === null ? null : decodeRow(this.shape, key, previous.vals);
    const after = kind === 'replace' || before === null ? emptyRow(this.shape) : [...before];
    for (let i = 0; i < positions.length; i++) after[positions[i]] = values[i];
    this.rows.write(key, previous, encodeRowVals(this.shape, after), this.ts);
    this.indexes.rowChanged(before, after);
  }

  delete(key: Buffer): void {
    const previous = this.rows.currentVersion(key);
    if (previous === null) return;
    this.rows.write(key, previous, null, this.ts);
    if (!this.indexes.empty) this.indexes.rowChanged(decodeRow(this.shape, key, previous.vals), null);
  }
}
