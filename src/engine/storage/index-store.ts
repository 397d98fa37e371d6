/**
 * Reading secondary index entries like rows (row-store.ts): key-ordered scans over ranges of index
 * keys (or prefixes of them), at the latest state or at a timestamp, and a lookup of the entries
 * with a given index key prefix, with which the transaction layer enforces UNIQUE. An entry
 * gives its index key values, its base row's primary key and its stored column values; fetching
 * other columns from the base row is the caller's. Writing entries is index-writes.ts.
 */

import type { SpannerValue } from '../../types/spanner-value';
import { decodeKey } from './key-codec';
import { ALL_KEYS, EncodedBounds, prefixBounds } from './key-range';
import type { IndexLayout } from './index-layout';
import type { SqliteDatabase } from './sqlite-file';
import { ReadTime, versionsQuery } from './row-store';
import { storageOf } from './row-tables';
import { decodeColumnValues } from './value-codec';

export interface IndexEntry {
  /** The index key column values, in the index's key order. */
  readonly indexKey: readonly SpannerValue[];
  /** The base row's primary key. */
  readonly baseKey: readonly SpannerValue[];
  /** The STORING column values by name. */
  readonly stored: ReadonlyMap<string, SpannerValue>;
}

/**
 * The entries with keys in [bounds.lower, bounds.upper), in index order, as of `at`. Bounds come
 * from encodeRange / prefixBounds over `layout.keyParts` (index key parts, then base key parts).
 */
export function* scanIndex(
  db: SqliteDatabase,
  layout: IndexLayout,
  bounds: EncodedBounds = ALL_KEYS,
  at: ReadTime = null,
): Generator<IndexEntry> {
  const names = storageOf(db, layout.index, 'index');
  if (names === null) return;
  const sql = `${versionsQuery(names.current, names.history, at, 'key >= @lower AND key < @upper')} ORDER BY key`;
  const params = at === null ? { ...bounds } : { ...bounds, at };
  for (const raw of db.prepare(sql).iterate(params) as IterableIterator<{ key: Buffer; vals: Buffer }>) {
    yield decodeEntry(layout, raw.key, raw.vals);
  }
}

/**
 * The entries whose index key starts with `prefix` (at most all index key values) as of `at`,
 * in index order: with the full index key of a UNIQUE index, more than one entry (or one of
 * another base row) is a violation.
 */
export function findIndexEntries(
  db: SqliteDatabase,
  layout: IndexLayout,
  prefix: readonly SpannerValue[],
  at: ReadTime = null,
): IndexEntry[] {
  if (prefix.length > layout.keyColumns.length) throw new Error(`Index ${layout.index} key prefix is too long`);
  return [...scanIndex(db, layout, prefixBounds(layout.keyParts, prefix), at)];
}

function decodeEntry(layout: IndexLayout, key: Buffer, vals: Buffer): IndexEntry {
  const values = decodeKey(layout.keyParts, key);
  const split = layout.keyColumns.length;
  return { indexKey: values.slice(0, split), baseKey: values.slice(split), stored: decodeColumnValues(vals) };
}
