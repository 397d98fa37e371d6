/**
 * Splitting a read into partitions (PartitionRead): slices of the scanned key space, from the
 * least key to past the greatest, whose union is the whole space, so the partitions of a read
 * together give exactly its rows, each once. Where to cut is found by reading the rows the read
 * would give at the transaction's timestamp (so the split matches what the partitions will read):
 * about `partitionSizeBytes` of data per partition (estimated from the values), never more
 * partitions than `maxPartitions` nor than rows. The slices carry no rows; executing one reads the
 * read's spans clipped to it.
 */

import { isTimestampValue, type SpannerValue } from '../../types/spanner-value';
import { ALL_KEYS } from '../storage/key-range';
import type { ReadTime, RowReader } from '../storage/row-reader';
import { executeRead } from './read-executor';
import type { ReadPlan } from './read-plan';
import type { ReadSpan } from './read-spans';

export interface KeySlice {
  readonly lower: Buffer;
  readonly upper: Buffer;
}

export interface PartitionSizing {
  /** Target data per partition; 0: the default. */
  readonly partitionSizeBytes: number;
  /** At most this many partitions; 0: the default. */
  readonly maxPartitions: number;
}

/**
 * Spanner's default target is 1 GiB a partition; an emulator's data is small, so its default is
 * smaller, letting partitioned readers see more than one partition without tuning.
 */
export const DEFAULT_PARTITION_BYTES = 1024 * 1024;
/** The API's default maximum number of partitions. */
export const DEFAULT_MAX_PARTITIONS = 10_000;

export function partitionSlices(
  reader: RowReader,
  plan: ReadPlan,
  spans: readonly ReadSpan[],
  at: ReadTime,
  sizing: PartitionSizing,
): KeySlice[] {
  let rows = 0;
  let bytes = 0;
  for (const row of executeRead(reader, plan, spans, { at })) {
    rows++;
    bytes += row.key.length + row.values.reduce((n: number, v) => n + approximateSize(v), 0);
  }
  const target = sizing.partitionSizeBytes > 0 ? sizing.partitionSizeBytes : DEFAULT_PARTITION_BYTES;
  const most = sizing.maxPartitions > 0 ? sizing.maxPartitions : DEFAULT_MAX_PARTITIONS;
  const count = Math.max(1, Math.min(Math.ceil(bytes / target), most, rows));
  const cuts = cutKeys(reader, plan, spans, at, rows, count);
  const bounds = [ALL_KEYS.lower, ...cuts, ALL_KEYS.upper];
  return cuts.length === 0 ? [ALL_KEYS] : bounds.slice(1).map((upper, i) => ({ lower: bounds[i], upper }));
}

/** The keys at which partitions 2..count start: rows spread evenly by rank. */
function cutKeys(
  reader: RowReader,
  plan: ReadPlan,
  spans: readonly ReadSpan[],
  at: ReadTime,
  rows: number,
  count: number,
): Buffer[] {
  if (count <= 1) return [];
  const ranks = new Set<number>();
  for (let i = 1; i < count; i++) ranks.add(Math.floor((i * rows) / count));
  const cuts: Buffer[] = [];
  let rank = 0;
  for (const row of executeRead(reader, plan, spans, { at })) {
    if (ranks.has(rank)) cuts.push(row.key);
    rank++;
  }
  return cuts;
}

/** Roughly the bytes a value takes on the wire; only proportions matter. */
function approximateSize(value: SpannerValue): number {
  if (value === null || typeof value === 'boolean') return 1;
  if (typeof value === 'bigint' || typeof value === 'number') return 8;
  if (typeof value === 'string') return value.length;
  if (value instanceof Uint8Array) return value.length;
  if (isTimestampValue(value)) return 12;
  return value.reduce((n: number, v) => n + approximateSize(v), 1);
}
