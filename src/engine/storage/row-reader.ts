/**
 * How everything above storage reads rows: point lookups, key-ordered range scans of a table and
 * of a secondary index, at a read timestamp or at the latest state. The row store implements it
 * over SQLite (row-store.ts); a read-write transaction's overlay implements it over the store plus
 * its own buffered writes, merging by encoded key (every scan entry carries its key BLOB, in
 * key order, so the merge is a comparison of BLOBs); DDL data checks and the query executor read
 * through it. Rows are positional: a table's values in its column order (row-shape.ts).
 *
 * A scan is a lazy iterable that may be paused between entries while other work, commits
 * included, runs on the same connection: it holds no SQLite statement open between entries. At a
 * timestamp every entry is exact (the version current at T), so a paged scan at a fixed T is a
 * consistent snapshot; at the latest state, later pages see commits made meanwhile. A scan can be
 * resumed after the last key it gave (resumeAfter).
 */

import type { Micros } from '../../common/clock';
import type { SpannerValue } from '../../types/spanner-value';
import { encodeKey } from './key-codec';
import { EncodedBounds, keySuccessor, prefixBounds } from './key-range';
import type { IndexShape, TableShape } from './row-shape';

/** The latest state (null) or the state at a timestamp (microseconds). */
export type ReadTime = Micros | null;

export interface ScanOptions {
  /** Default: the latest state. */
  readonly at?: ReadTime;
  /** At most this many entries (default: no limit). */
  readonly limit?: number;
}

export interface RowEntry {
  readonly key: Buffer;
  /** The row's values in its table's column order, key columns included. */
  readonly row: readonly SpannerValue[];
}

export interface IndexEntry {
  readonly key: Buffer;
  /** The index key column values, in the index's key order. */
  readonly indexKey: readonly SpannerValue[];
  /** The base row's primary key. */
  readonly baseKey: readonly SpannerValue[];
  /** The STORING column values, in the index's STORING order. */
  readonly stored: readonly SpannerValue[];
}

export interface RowReader {
  /** The row whose encoded primary key is `key`, or null when there is none at `at`. */
  readRow(table: TableShape, key: Buffer, at?: ReadTime): readonly SpannerValue[] | null;
  /** The rows with keys in [bounds.lower, bounds.upper), in key order. */
  scanRows(table: TableShape, bounds: EncodedBounds, options?: ScanOptions): Iterable<RowEntry>;
  /**
   * The index entries with keys in [bounds.lower, bounds.upper), in index order. Bounds are over
   * `index.keyParts` (index key parts, then the base key's): prefixBounds of an index key prefix
   * gives a prefix scan, encodeRange a range scan.
   */
  scanIndex(index: IndexShape, bounds: EncodedBounds, options?: ScanOptions): Iterable<IndexEntry>;
}

/** The row with primary key `key` (all key values, in key order) as of `at`, or null. */
export function readRowByKey(
  reader: RowReader,
  table: TableShape,
  key: readonly SpannerValue[],
  at: ReadTime = null,
): readonly SpannerValue[] | null {
  return reader.readRow(table, encodeKey(table.keyParts, key), at);
}

/**
 * The entries whose index key starts with `prefix` (at most all index key values), in index
 * order: with the full index key of a UNIQUE index, more than one entry (or one of another base
 * row) is a violation.
 */
export function indexEntriesWithPrefix(
  reader: RowReader,
  index: IndexShape,
  prefix: readonly SpannerValue[],
  at: ReadTime = null,
): IndexEntry[] {
  if (prefix.length > index.indexKeyPositions.length) throw new Error(`Index ${index.index} key prefix is too long`);
  return [...reader.scanIndex(index, prefixBounds(index.keyParts, prefix), { at })];
}

/** The bounds of the rest of a scan of `bounds` that last gave the entry with key `last`. */
export function resumeAfter(bounds: EncodedBounds, last: Buffer): EncodedBounds {
  return { lower: keySuccessor(last), upper: bounds.upper };
}
