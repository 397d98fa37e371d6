/**
 * Keeping secondary index entries in step with their base table's rows at a commit timestamp:
 * per changed row (old and new values) the stale entry goes and the new one is written, versioned
 * like rows so reads at an older timestamp see the index as it was; and (re)building an index
 * from the current rows when it is created or its stored columns change. Runs inside the
 * caller's transaction. Does not enforce UNIQUE (the transaction layer checks before committing,
 * through index-store.ts) and does not decide which indexes a table has (the caller's catalog).
 */

import type { Micros } from '../../common/clock';
import type { SpannerValue } from '../../types/spanner-value';
import { EncodedEntry, entryOf, IndexLayout } from './index-layout';
import { ALL_KEYS } from './key-range';
import type { SqliteDatabase } from './sqlite-file';
import { scanRows } from './row-store';
import { StorageNames, storageOf } from './row-tables';
import { VersionWriter } from './version-writer';

/** The indexes (with storage) of a table. */
export type IndexesOf = (table: string) => readonly IndexLayout[];

/** A base row's values by column name, key columns included; null when there is no row. */
export type RowValues = ReadonlyMap<string, SpannerValue> | null;

/** Writes the entry changes of one table's indexes at one commit timestamp. */
export class IndexMaintainer {
  private readonly writers: readonly { layout: IndexLayout; writer: VersionWriter }[];

  constructor(db: SqliteDatabase, indexes: readonly IndexLayout[], ts: Micros) {
    this.writers = indexes.map((layout) => ({ layout, writer: new VersionWriter(db, requireStorage(db, layout), ts) }));
  }

  get empty(): boolean {
    return this.writers.length === 0;
  }

  /** A base row went from `before` to `after`. */
  rowChanged(before: RowValues, after: RowValues): void {
    for (const { layout, writer } of this.writers) {
      const old = before === null ? null : entryOf(layout, before);
      const next = after === null ? null : entryOf(layout, after);
      // An unchanged entry gets no new version, as Spanner leaves untouched index rows alone.
      if (old !== null && next !== null && sameEntry(old, next)) continue;
      if (old !== null && (next === null || !old.key.equals(next.key))) writer.put(old.key, null);
      if (next !== null) writer.put(next.key, next.vals);
    }
  }
}

function sameEntry(a: EncodedEntry, b: EncodedEntry): boolean {
  return a.key.equals(b.key) && a.vals.equals(b.vals);
}

function requireStorage(db: SqliteDatabase, layout: IndexLayout): StorageNames {
  const names = storageOf(db, layout.index, 'index');
  if (names === null) throw new Error(`Index ${layout.index} has no storage`);
  return names;
}

/**
 * Makes the index's current entries those of the base table's current rows, at `ts`: a new index
 * is filled, a changed one (stored columns added or dropped) gets new versions of the entries
 * that differ, so reads before `ts` still see the old values.
 */
export function rebuildIndex(db: SqliteDatabase, layout: IndexLayout, ts: Micros): void {
  const writer = new VersionWriter(db, requireStorage(db, layout), ts);
  const wanted = new Set<string>();
  // Collected first: better-sqlite3 runs no other statement while an iterator is open.
  for (const row of [...scanRows(db, layout.table)]) {
    const entry = entryOf(layout, row.values);
    if (entry === null) continue;
    wanted.add(entry.key.toString('latin1'));
    const current = writer.current(entry.key);
    if (current === null || !current.equals(entry.vals)) writer.put(entry.key, entry.vals);
  }
  for (const key of writer.keysIn(ALL_KEYS)) {
    if (!wanted.has(key.toString('latin1'))) writer.put(key, null);
  }
}
