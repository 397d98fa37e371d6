/**
 * A transaction's pending writes, layered over the latest committed state: per table, the rows it
 * has written (or deleted) by encoded primary key, each with the committed row it replaces. As a
 * RowReader it reads through: its own writes first, the store for the rest, merged in key order
 * for scans, index scans included (entries of rows it changed are recomputed from its writes). It
 * is what mutations and DML validate against, what a commit turns into locks and storage writes,
 * and what a transaction's own reads see (read-your-writes). Reads at a timestamp bypass it.
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
}

export class WriteSet implements RowReader {
  private readonly tables = new Map<string, TableWrites>();

  constructor(private readonly base: RowReader) {}

  /** Makes `after` (null: deleted) the pending state of `key` in the table of `layouts`. */
  put(layouts: TableLayouts, key: Buffer, after: Row | null): void {
    const writes = this.writesOf(layouts);
    const id = key.toString('latin1');
    const pending = writes.rows.get(id);
    if (pending !== undefined) pending.after = after;
    else writes.rows.set(id, { key, before: this.base.readRow(layouts.table, key), after });
  }

  /** Every pending row with its table's layouts, table by table, in key order within a table. */
  *changes(): Generator<{ readonly layouts: TableLayouts; readonly row: PendingRow }> {
    for (const { layouts, rows } of this.tables.values()) {
      for (const id of [...rows.keys()].sort()) yield { layouts, row: rows.get(id)! };
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

  get isEmpty(): boolean {
    for (const { rows } of this.tables.values()) if (rows.size > 0) return false;
    return true;
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
    const own = sortedInBounds(
      [...writes.rows.values()].map((p) => ({ key: p.key, row: p.after })),
      bounds,
    );
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
    const hidden = new Set<string>();
    const added: { key: Buffer; entry: IndexEntry | null }[] = [];
    for (const pending of writes.rows.values()) {
      const old = pending.before === null ? null : indexEntryOf(index, pending.before);
      if (old !== null) hidden.add(old.key.toString('latin1'));
      const next = pending.after === null ? null : indexEntryOf(index, pending.after);
      if (next !== null)
        added.push({ key: next.key, entry: { key: next.key, ...decodeIndexEntry(index, next.key, next.vals) } });
    }
    const base = (function* (entries: Iterable<IndexEntry>) {
      for (const e of entries) if (!hidden.has(e.key.toString('latin1'))) yield { key: e.key, entry: e };
    })(this.base.scanIndex(index, bounds, { at: null }));
    const merged = mergeByKey(base, sortedInBounds(added, bounds));
    yield* limited(
      (function* () {
        for (const { entry } of merged) if (entry !== null) yield entry;
      })(),
      options.limit,
    );
  }

  private writesOf(layouts: TableLayouts): TableWrites {
    const id = layouts.table.table.toLowerCase();
    let writes = this.tables.get(id);
    if (writes === undefined) {
      writes = { layouts, rows: new Map() };
      this.tables.set(id, writes);
    }
    return writes;
  }
}

function sortedInBounds<T extends { readonly key: Buffer }>(items: T[], bounds: EncodedBounds): T[] {
  return items
    .filter((i) => Buffer.compare(i.key, bounds.lower) >= 0 && Buffer.compare(i.key, bounds.upper) < 0)
    .sort((a, b) => Buffer.compare(a.key, b.key));
}

function* limited<T>(items: Iterable<T>, limit: number | undefined): Generator<T> {
  if (limit === undefined) return yield* items;
  let n = 0;
  for (const item of items) {
    if (n++ >= limit) return;
    yield item;
  }
}
