/**
 * A transaction's pending writes, layered over the latest committed state: per table, the rows it
 * has written (or deleted) by encoded primary key, each with the committed row it replaces. As a
 * RowReader it reads through: its own writes first, the store for the rest, merged in key order
 * for scans, index scans included (entries of rows it changed are recomputed from its writes). It
 * is what mutations and DML validate against, what a commit turns into locks and storage writes,
 * and what a transaction's own reads see (read-your-writes). Reads at a timestamp bypass it.
 * Pending keys, and each scanned index's pending entries, are kept in order as rows are put, so
 * a scan costs its range, not the whole batch (a commit's checks scan once per row written).
 * No validation here: the mutation layer checks before it puts.
 */

import type { SpannerValue } from '../../types/spanner-value';
import type { TableLayouts } from '../layout/catalog-layouts';
import type { IndexLayout } from '../layout/index-layout';
import type { TableLayout } from '../layout/table-layout';
import { decodeIndexEntry, indexEntryOf } from '../storage/row-codec';
import type { EncodedBounds } from '../storage/key-range';
import type { IndexEntry, ReadTime, RowEntry, RowReader, ScanOptions } from '../storage/row-reader';
import type { RowChange } from '../storage/row-writes';
import { mergeByKey } from './merge-by-key';

export type Row = readonly SpannerValue[];

/** One written key: the committed row it replaces (null: none) and its new state (null: deleted). */
export interface PendingRow {
  readonly key: Buffer;
  readonly before: Row | null;
  after: Row | null;
}

interface TableWrites {
  readonly layouts: TableLayouts;
  /** By key (latin1 text of the BLOB, which keeps byte order for sorting). */
  readonly rows: Map<string, PendingRow>;
  /** The keys of `rows`, in key order, kept as rows are added. */
  readonly order: SortedKeys;
  /** Per index (by name): the entries the pending rows hide and have, kept once first scanned. */
  readonly indexes: Map<string, PendingEntries>;
}

/** An index's view of a table's pending rows, updated on every put once built. */
interface PendingEntries {
  readonly index: IndexLayout;
  /** Keys of committed entries that pending rows replace (their before-state's entries). */
  readonly hidden: Set<string>;
  /** The pending rows' current entries, by key, and those keys in order. */
  readonly entries: Map<string, IndexEntry>;
  readonly order: SortedKeys;
  /** Each pending row's current entry key (null: it has none), so a later put can take it back. */
  readonly byRow: Map<string, string | null>;
}

export class WriteSet implements RowReader {
  private readonly tables = new Map<string, TableWrites>();

  constructor(private readonly base: RowReader) {}

  /** Makes `after` (null: deleted) the pending state of `key` in the table of `layouts`. */
  put(layouts: TableLayouts, key: Buffer, after: Row | null): void {
    const writes = this.writesOf(layouts);
    const id = key.toString('latin1');
    let pending = writes.rows.get(id);
    if (pending !== undefined) pending.after = after;
    else {
      pending = { key, before: this.base.readRow(layouts.table, key), after };
      writes.rows.set(id, pending);
      writes.order.add(id);
    }
    for (const entries of writes.indexes.values()) trackEntries(entries, id, pending);
  }

  /** Every pending row with its table's layouts, table by table, in key order within a table. */
  *changes(): Generator<{ readonly layouts: TableLayouts; readonly row: PendingRow }> {
    for (const { layouts, rows, order } of this.tables.values()) {
      for (const id of order.all()) yield { layouts, row: rows.get(id)! };
    }
  }

  /** The pending rows as storage writes them. */
  rowChanges(): RowChange[] {
    const changes: RowChange[] = [];
    for (const { layouts, row } of this.changes()) {
      changes.push({ shapes: layouts, key: row.key, before: row.before, after: row.after });
    }
    return changes;
  }

  readRow(table: TableLayout, key: Buffer, at: ReadTime = null): Row | null {
    if (at !== null) return this.base.readRow(table, key, at);
    const pending = this.tables.get(table.table.toLowerCase())?.rows.get(key.toString('latin1'));
    return pending !== undefined ? pending.after : this.base.readRow(table, key);
  }

  *scanRows(table: TableLayout, bounds: EncodedBounds, options: ScanOptions = {}): Generator<RowEntry> {
    const writes = this.tables.get(table.table.toLowerCase());
    if ((options.at ?? null) !== null || writes === undefined) {
      yield* this.base.scanRows(table, bounds, options);
      return;
    }
    const own = writes.order.within(bounds).map((id) => {
      const pending = writes.rows.get(id)!;
      return { key: pending.key, row: pending.after };
    });
    const merged = mergeByKey(this.base.scanRows(table, bounds, { at: null }), own);
    yield* limited(
      (function* () {
        for (const entry of merged) if (entry.row !== null) yield entry as RowEntry;
      })(),
      options.limit,
    );
  }

  *scanIndex(index: IndexLayout, bounds: EncodedBounds, options: ScanOptions = {}): Generator<IndexEntry> {
    const writes = this.tables.get(index.table.table.toLowerCase());
    if ((options.at ?? null) !== null || writes === undefined) {
      yield* this.base.scanIndex(index, bounds, options);
      return;
    }
    // Entries of rows this transaction changed: the old ones are hidden, the new ones computed.
    const { hidden, entries, order } = this.entriesOf(writes, index);
    const added = order.within(bounds).map((id) => entries.get(id)!);
    const base = (function* (entries: Iterable<IndexEntry>) {
      for (const e of entries) if (!hidden.has(e.key.toString('latin1'))) yield { key: e.key, entry: e };
    })(this.base.scanIndex(index, bounds, { at: null }));
    const merged = mergeByKey(
      base,
      added.map((entry) => ({ key: entry.key, entry })),
    );
    yield* limited(
      (function* () {
        for (const { entry } of merged) yield entry;
      })(),
      options.limit,
    );
  }

  private writesOf(layouts: TableLayouts): TableWrites {
    const id = layouts.table.table.toLowerCase();
    let writes = this.tables.get(id);
    if (writes === undefined) {
      writes = { layouts, rows: new Map(), order: new SortedKeys(), indexes: new Map() };
      this.tables.set(id, writes);
    }
    return writes;
  }

  /** The index's view of the table's pending rows, built at its first scan, then kept by put. */
  private entriesOf(writes: TableWrites, index: IndexLayout): PendingEntries {
    let entries = writes.indexes.get(index.index);
    if (entries === undefined) {
      entries = { index, hidden: new Set(), entries: new Map(), order: new SortedKeys(), byRow: new Map() };
      for (const [id, pending] of writes.rows) trackEntries(entries, id, pending);
      writes.indexes.set(index.index, entries);
    }
    return entries;
  }
}

/** Brings `entries` up to date with the pending row `id` (new, or changed by a later put). */
function trackEntries(entries: PendingEntries, id: string, pending: PendingRow): void {
  const { index } = entries;
  const previous = entries.byRow.get(id);
  if (previous === undefined && pending.before !== null) {
    const old = indexEntryOf(index, pending.before);
    if (old !== null) entries.hidden.add(old.key.toString('latin1'));
  }
  if (previous != null) {
    entries.entries.delete(previous);
    entries.order.remove(previous);
  }
  const next = pending.after === null ? null : indexEntryOf(index, pending.after);
  if (next === null) {
    entries.byRow.set(id, null);
    return;
  }
  const key = next.key.toString('latin1');
  entries.entries.set(key, { key: next.key, ...decodeIndexEntry(index, next.key, next.vals) });
  entries.order.add(key);
  entries.byRow.set(id, key);
}

/**
 * Keys as latin1 text (one character per byte, so string order is byte order), kept sorted as
 * they are added: pending rows are scanned often and added one at a time.
 */
class SortedKeys {
  private readonly keys: string[] = [];

  add(key: string): void {
    const at = this.lowerBound(key);
    if (this.keys[at] !== key) this.keys.splice(at, 0, key);
  }

  remove(key: string): void {
    const at = this.lowerBound(key);
    if (this.keys[at] === key) this.keys.splice(at, 1);
  }

  all(): readonly string[] {
    return this.keys;
  }

  /** The keys within [bounds.lower, bounds.upper). */
  within(bounds: EncodedBounds): string[] {
    const from = this.lowerBound(bounds.lower.toString('latin1'));
    const to = this.lowerBound(bounds.upper.toString('latin1'));
    return this.keys.slice(from, Math.max(from, to));
  }

  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keys[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function* limited<T>(items: Iterable<T>, limit: number | undefined): Generator<T> {
  if (limit === undefined) return yield* items;
  let n = 0;
  for (const item of items) {
    if (n++ >= limit) return;
    yield item;
  }
}
