/**
 * `spanner.commit_timestamp()` in what a mutation writes and in a delete's keys: it becomes the
 * commit timestamp the batch is planned at, and is allowed only in a column with
 * allow_commit_timestamp = true, which, for a key column, every table of the interleaving
 * hierarchy sharing that key column must also have (Spanner's check, walked as the official
 * emulator walks it: up the parents that share the column, then down from the topmost one).
 * Delete key sets may not name a commit timestamp in the future in such a column (empty ranges
 * excepted). The future check of written values is column-values.ts's.
 */
import { commitTimestampInFuture, commitTimestampOptionNotEnabled } from '../../errors/row-write-errors';
import { isTimestampValue, type SpannerValue } from '../../types/spanner-value';
import type { Catalog } from '../schema/catalog/catalog';
import { findTable, interleavedChildren } from '../schema/catalog/catalog-lookup';
import { sameName } from '../schema/catalog/named-map';
import type { Column, Table } from '../schema/catalog/table';
import { encodeRange, type Key, type KeyRange, type KeySet } from '../storage/key-range';
import { isCommitTimestamp, type MutationKey, type MutationKeySet, type WriteValue } from './mutation';
import type { MutationBatch, WriteTarget } from './mutation-batch';

/** `value` written into `column` of `table`, the marker replaced by the commit timestamp. */
export function resolveWriteValue(batch: MutationBatch, table: Table, column: Column, value: WriteValue): SpannerValue {
  if (!isCommitTimestamp(value)) return value;
  if (!column.allowsCommitTimestamp) throw commitTimestampOptionNotEnabled(qualified(table, column));
  assertHierarchyAllows(batch.catalog, table, column);
  return batch.commitValue;
}

/** A delete's key set with markers replaced, after refusing keys in the future. */
export function resolveDeleteKeySet(batch: MutationBatch, target: WriteTarget, keySet: MutationKeySet): KeySet {
  const resolve = (key: MutationKey): Key => resolveKey(batch, target.table, key);
  const keys = keySet.keys.map(resolve);
  const ranges: KeyRange[] = keySet.ranges.map((r) => ({ ...r, start: resolve(r.start), end: resolve(r.end) }));
  const nanos = batch.commitValue.nanos;
  for (const key of keys) assertNotInFuture(target.table, key, nanos);
  for (const range of ranges) {
    const bounds = encodeRange(target.layouts.table.keyParts, range);
    if (Buffer.compare(bounds.lower, bounds.upper) >= 0) continue;
    assertNotInFuture(target.table, range.start, nanos);
    assertNotInFuture(target.table, range.end, nanos);
  }
  return { all: keySet.all, keys, ranges };
}

function resolveKey(batch: MutationBatch, table: Table, key: MutationKey): Key {
  return key.map((v, i) => resolveWriteValue(batch, table, keyColumn(table, i), v));
}

function assertNotInFuture(table: Table, key: Key, nanos: bigint): void {
  key.forEach((value, i) => {
    if (!keyColumn(table, i).allowsCommitTimestamp || !isTimestampValue(value)) return;
    if (value.nanos > nanos) throw commitTimestampInFuture(value.nanos);
  });
}

function keyColumn(table: Table, i: number): Column {
  return table.columns.find((c) => sameName(c.name, table.primaryKey[i].column))!;
}

/**
 * The parents sharing the key column must allow commit timestamps; from the topmost table so
 * reached, so must every descendant that shares it (a table that does not share it ends the walk).
 */
function assertHierarchyAllows(catalog: Catalog, table: Table, column: Column): void {
  let top = table;
  for (let parent = parentOf(catalog, top); parent !== undefined; parent = parentOf(catalog, top)) {
    top = parent;
    const shared = sharedKeyColumn(parent, column.name);
    if (shared === undefined) break;
    if (!shared.allowsCommitTimestamp) throw commitTimestampOptionNotEnabled(qualified(table, column));
  }
  const pending = [top];
  while (pending.length > 0) {
    const next = pending.shift()!;
    const shared = sharedKeyColumn(next, column.name);
    if (shared === undefined) continue;
    if (!shared.allowsCommitTimestamp) throw commitTimestampOptionNotEnabled(qualified(table, column));
    pending.push(...interleavedChildren(catalog, next.name));
  }
}

function parentOf(catalog: Catalog, table: Table): Table | undefined {
  return table.interleave === null ? undefined : findTable(catalog, table.interleave.parent);
}

function sharedKeyColumn(table: Table, name: string): Column | undefined {
  if (!table.primaryKey.some((k) => sameName(k.column, name))) return undefined;
  return table.columns.find((c) => sameName(c.name, name));
}

function qualified(table: Table, column: Column): string {
  return `${table.name}.${column.name}`;
}
