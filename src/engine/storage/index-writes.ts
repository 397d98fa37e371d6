/**
 * Keeping secondary index entries in step with their base table's rows at a commit timestamp:
 * per changed row (old and new positional values) the stale entry goes and the new one is
 * written, versioned like rows so reads at an older timestamp see the index as it was; and
 * (re)building an index from the current rows when it is created or its stored columns change.
 * Runs inside the caller's transaction. Does not enforce UNIQUE (the transaction layer checks
 * before committing, with indexEntriesWithPrefix) and does not decide which indexes a table has
 * (the caller's shapes, from the catalog).
 */

import type { Micros } from '../../common/clock';
import type { SpannerValue } from '../../types/spanner-value';
import { ALL_KEYS } from './key-range';
import { EncodedEntry, indexEntryOf } from './row-codec';
import type { IndexShape } from './row-shape';
import type { StorageTables, VersionedTable } from './versioned-table';

/** A base row's values in its table's column order; null when there is no row. */
export type RowValues = readonly SpannerValue[] | null;

/** Writes the entry changes of one table's indexes at one commit timestamp. */
export class IndexMaintainer {
  private readonly writers: readonly { shape: IndexShape; entries: VersionedTable }[];

  constructor(
    tables: StorageTables,
    indexes: readonly IndexShape[],
    private readonly ts: Micros,
  ) {
    this.writers = indexes.map((shape) => ({ shape, entries: requireStorage(tables, shape) }));
  }

  get empty(): boolean {
    return this.writers.length === 0;
  }

  /** A base row went from `before` to `after`. */
  rowChanged(before: RowValues, after: RowValues): void {
    for (const { shape, entries } of this.writers) {
      const { remove, put } = indexEntryChange(shape, before, after);
      if (remove !== null) entries.put(remove.key, null, this.ts);
      if (put !== null) entries.put(put.key, put.vals, this.ts);
    }
  }
}

/** What a base row's change does to one index: an entry that goes, an entry written (or neither). */
export interface IndexEntryChange {
  readonly remove: EncodedEntry | null;
  readonly put: EncodedEntry | null;
}

/**
 * The one rule for which entries a row change touches, shared by storage writes, commit locks and
 * the mutation count: an unchanged entry is left alone (as Spanner leaves untouched index rows),
 * a moved one is removed and written anew, one with new STORING values is rewritten in place.
 */
export function indexEntryChange(shape: IndexShape, before: RowValues, after: RowValues): IndexEntryChange {
  const old = before === null ? null : indexEntryOf(shape, before);
  const next = after === null ? null : indexEntryOf(shape, after);
  const sameKey = old !== null && next !== null && old.key.equals(next.key);
  if (sameKey && old.vals.equals(next.vals)) return { remove: null, put: null };
  return { remove: sameKey ? null : old, put: next };
}

function requireStorage(tables: StorageTables, shape: IndexShape): VersionedTable {
  const entries = tables.storage(shape.index, 'index');
  if (entries === null) throw new Error(`Index ${shape.index} has no storage`);
  return entries;
}

/**
 * Makes the index's current entries those of the base table's current rows, at `ts`: a new index
 * is filled, a changed one (stored columns added or dropped) gets new versions of the entries
 * that differ, so reads before `ts` still see the old values.
 */
export function rebuildIndexEntries(tables: StorageTables, shape: IndexShape, ts: Micros): void {
  const entries = requireStorage(tables, shape);
  const wanted = new Set<string>();
  // The scan is paged with no statement open between rows, so entries can be written as it goes.
  for (const { row } of tables.scanRows(shape.table, ALL_KEYS)) {
    const entry = indexEntryOf(shape, row);
    if (entry === null) continue;
    wanted.add(entry.key.toString('latin1'));
    const current = entries.currentVersion(entry.key);
    if (current === null || !current.vals.equals(entry.vals)) entries.write(entry.key, current, entry.vals, ts);
  }
  for (const key of entries.keysIn(ALL_KEYS)) {
    if (!wanted.has(key.toString('latin1'))) entries.put(key, null, ts);
  }
}
