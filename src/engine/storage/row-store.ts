/**
 * Reading the versioned rows of a database file: point reads and key-ordered range scans, either
 * of the latest state or at a timestamp T (microseconds). At T a key's version is the current row
 * if it was committed at or before T, else the history row whose [from, to) interval holds T; a
 * deleted key has no version after its deletion (its last version's interval ends there, which is
 * the tombstone). Writing is row-writes.ts; table lifecycle is row-tables.ts; dropping old versions
 * is version-gc.ts. Does not check read timestamps against the retention period
 * (Database.assertReadableAt does).
 */

import type { Micros } from '../../common/clock';
import type { SpannerValue } from '../../types/spanner-value';
import { decodeKey, encodeKey } from './key-codec';
import { ALL_KEYS, EncodedBounds } from './key-range';
import type { SqliteDatabase } from './sqlite-file';
import { storageOf } from './row-tables';
import type { TableLayout } from './table-layout';
import { decodeColumnValues } from './value-codec';

/** A row as stored: its key values and all its column values (key columns included) by name. */
export interface StoredRow {
  readonly key: readonly SpannerValue[];
  readonly values: ReadonlyMap<string, SpannerValue>;
}

/** The latest state (null) or the state at a timestamp. */
export type ReadTime = Micros | null;

interface RawRow {
  key: Buffer;
  vals: Buffer;
}

export function decodeRow(layout: TableLayout, raw: RawRow): StoredRow {
  const key = decodeKey(layout.keyParts, raw.key);
  const values = decodeColumnValues(raw.vals);
  layout.keyColumns.forEach((name, i) => values.set(name, key[i]));
  return { key, values };
}

/** The versions of keys matching `where` visible at `at` (parameters @at and the where's own). */
export function versionsQuery(current: string, history: string, at: ReadTime, where: string): string {
  if (at === null) return `SELECT key, vals FROM ${current} WHERE ${where}`;
  return (
    `SELECT key, vals FROM ${current} WHERE ${where} AND ts <= @at ` +
    `UNION ALL SELECT key, vals FROM ${history} WHERE ${where} AND ts_from <= @at AND ts_to > @at`
  );
}

/** The row with `key` (all key parts) as of `at`, or null. */
export function readRow(
  db: SqliteDatabase,
  layout: TableLayout,
  key: readonly SpannerValue[],
  at: ReadTime = null,
): StoredRow | null {
  const names = storageOf(db, layout.table);
  if (names === null) return null;
  const sql = versionsQuery(names.current, names.history, at, 'key = @key');
  const params = at === null ? { key: encodeKey(layout.keyParts, key) } : { key: encodeKey(layout.keyParts, key), at };
  const raw = db.prepare(sql).get(params) as RawRow | undefined;
  return raw === undefined ? null : decodeRow(layout, raw);
}

/** The rows with keys in [bounds.lower, bounds.upper), in key order, as of `at`. Lazy. */
export function* scanRows(
  db: SqliteDatabase,
  layout: TableLayout,
  bounds: EncodedBounds = ALL_KEYS,
  at: ReadTime = null,
): Generator<StoredRow> {
  const names = storageOf(db, layout.table);
  if (names === null) return;
  const sql = `${versionsQuery(names.current, names.history, at, 'key >= @lower AND key < @upper')} ORDER BY key`;
  const params = at === null ? { ...bounds } : { ...bounds, at };
  for (const raw of db.prepare(sql).iterate(params) as IterableIterator<RawRow>) yield decodeRow(layout, raw);
}

/** True when `table` has a current row (the latest state is not empty). */
export function tableHasStoredRows(db: SqliteDatabase, table: string): boolean {
  const names = storageOf(db, table);
  return names !== null && db.prepare(`SELECT 1 FROM ${names.current} LIMIT 1`).get() !== undefined;
}
