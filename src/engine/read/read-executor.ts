/**
 * Runs a read plan over a RowReader: the spans in key order, each a point lookup or a scan of the
 * table's rows or the index's entries at the read time, every row projected to the requested
 * columns and yielded lazily with its key (the position a resumed read continues after). A limit
 * counts rows over all spans. Scans page inside the reader, so a consumer may pause between rows
 * (a stream waiting for its client) while commits run. Locks, read timestamps and waiting for them
 * are the caller's; so is what the rows become on the wire.
 */

import type { SpannerValue } from '../../types/spanner-value';
import { assertNever } from '../../errors/assert-never';
import type { IndexEntry, ReadTime, RowReader } from '../storage/row-reader';
import type { EntrySource, ReadPlan } from './read-plan';
import { type ReadSpan, spansAfter } from './read-spans';

export interface ReadOptions {
  /** The latest state (null: a read-write transaction after taking its locks) or a timestamp. */
  readonly at: ReadTime;
  /** At most this many rows; 0 or absent: no limit. */
  readonly limit?: number;
  /** Continue after this key (the position of the last row an earlier attempt gave). */
  readonly after?: Buffer | null;
}

export interface ReadRow {
  /** The row's key in the scanned space (a table key or an index entry key). */
  readonly key: Buffer;
  readonly values: readonly SpannerValue[];
}

export function* executeRead(
  reader: RowReader,
  plan: ReadPlan,
  spans: readonly ReadSpan[],
  options: ReadOptions,
): Generator<ReadRow> {
  const after = options.after ?? null;
  const todo = after === null ? spans : spansAfter(spans, after);
  let remaining = options.limit !== undefined && options.limit > 0 ? options.limit : Number.POSITIVE_INFINITY;
  for (const span of todo) {
    if (remaining <= 0) return;
    for (const row of spanRows(reader, plan, span, options.at, remaining)) {
      yield row;
      remaining--;
    }
  }
}

function* spanRows(reader: RowReader, plan: ReadPlan, span: ReadSpan, at: ReadTime, limit: number): Generator<ReadRow> {
  const scanLimit = Number.isFinite(limit) ? limit : undefined;
  const target = plan.target;
  switch (target.kind) {
    case 'table': {
      if (span.point !== null) {
        const row = reader.readRow(target.table, span.point, at);
        if (row !== null) yield { key: span.point, values: projectRow(target.positions, row) };
        return;
      }
      for (const entry of reader.scanRows(target.table, span, { at, limit: scanLimit })) {
        yield { key: entry.key, values: projectRow(target.positions, entry.row) };
      }
      return;
    }
    case 'index':
      for (const entry of reader.scanIndex(target.index, span, { at, limit: scanLimit })) {
        yield { key: entry.key, values: projectEntry(target.sources, entry) };
      }
      return;
    default:
      return assertNever(target, 'read target');
  }
}

function projectRow(positions: readonly number[], row: readonly SpannerValue[]): SpannerValue[] {
  return positions.map((p) => row[p]);
}

function projectEntry(sources: readonly EntrySource[], entry: IndexEntry): SpannerValue[] {
  return sources.map((s) => {
    switch (s.from) {
      case 'indexKey':
        return entry.indexKey[s.position];
      case 'baseKey':
        return entry.baseKey[s.position];
      case 'stored':
        return entry.stored[s.position];
      default:
        return assertNever(s.from, 'index entry part');
    }
  });
}
