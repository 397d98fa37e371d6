/**
 * Applying a commit's mutations, in order, to a transaction's WriteSet at the commit timestamp:
 * each row write becomes the row it leaves (insert needs no row, update needs one, replace starts
 * from nothing, insert_or_update merges), each delete removes the rows of its key set. Later
 * mutations see earlier ones (an insert after a delete of the same key succeeds). The checks
 * Spanner makes on the rows written (values, keys, constraints) run from here, in row-checks.ts
 * and the constraint files beside it. Returns the mutation count of commit stats.
 */
import type { Micros } from '../../common/clock';
import { assertNever } from '../../errors/assert-never';
import { rowAlreadyExists, rowNotFound } from '../../errors/row-write-errors';
import { timestampValue, type SpannerValue } from '../../types/spanner-value';
import { layoutsOf, type TableLayouts } from '../layout/catalog-layouts';
import type { Catalog } from '../schema/catalog/catalog';
import { encodeKey } from '../storage/key-codec';
import { ALL_KEYS, encodeRange, type EncodedBounds } from '../storage/key-range';
import { emptyRow, rowKeyValues } from '../storage/row-codec';
import { columnPosition } from '../storage/row-shape';
import type { WriteSet } from '../transaction/write-set';
import { keyTextOf } from './key-text-of';
import { isCommitTimestamp, type DeleteMutation, type Mutation, type WriteMutation, type WriteValue } from './mutation';

export interface MutationContext {
  readonly catalog: Catalog;
  readonly writes: WriteSet;
  readonly commitTimestamp: Micros;
}

export function applyMutations(ctx: MutationContext, mutations: readonly Mutation[]): number {
  let count = 0;
  for (const m of mutations) count += m.kind === 'delete' ? deleteRows(ctx, m) : writeRows(ctx, m);
  return count;
}

function writeRows(ctx: MutationContext, m: WriteMutation): number {
  const layouts = layoutsOf(ctx.catalog, m.table);
  const positions = m.columns.map((c) => columnPosition(layouts.table, c));
  const commitValue = timestampValue(BigInt(ctx.commitTimestamp) * 1000n);
  for (const values of m.rows) {
    const given = values.map((v: WriteValue): SpannerValue => (isCommitTimestamp(v) ? commitValue : v));
    writeRow(ctx, layouts, m, positions, given);
  }
  return m.rows.length * m.columns.length;
}

function writeRow(
  ctx: MutationContext,
  layouts: TableLayouts,
  m: WriteMutation,
  positions: readonly number[],
  given: readonly SpannerValue[],
): void {
  const { table } = layouts;
  const fresh = emptyRow(table);
  positions.forEach((p, i) => (fresh[p] = given[i]));
  const key = encodeKey(table.keyParts, rowKeyValues(table, fresh));
  const existing = ctx.writes.readRow(table, key);
  let row: SpannerValue[];
  switch (m.kind) {
    case 'insert':
      if (existing !== null) throw rowAlreadyExists(table.table, keyTextOf(table, fresh));
      row = fresh;
      break;
    case 'update':
      if (existing === null) throw rowNotFound(table.table, keyTextOf(table, fresh));
      row = merged(existing, positions, given);
      break;
    case 'insertOrUpdate':
      row = existing === null ? fresh : merged(existing, positions, given);
      break;
    case 'replace':
      row = fresh;
      break;
    default:
      return assertNever(m.kind, 'write kind');
  }
  ctx.writes.put(layouts, key, row);
}

function merged(existing: readonly SpannerValue[], positions: readonly number[], given: readonly SpannerValue[]) {
  const row = [...existing];
  positions.forEach((p, i) => (row[p] = given[i]));
  return row;
}

function deleteRows(ctx: MutationContext, m: DeleteMutation): number {
  const layouts = layoutsOf(ctx.catalog, m.table);
  const { table } = layouts;
  const bounds: EncodedBounds[] = m.keySet.all
    ? [ALL_KEYS]
    : m.keySet.ranges.map((range) => encodeRange(table.keyParts, range));
  const doomed = new Map<string, Buffer>();
  for (const key of m.keySet.all ? [] : m.keySet.keys) {
    const encoded = encodeKey(table.keyParts, key);
    doomed.set(encoded.toString('latin1'), encoded);
  }
  // Collected before deleting: a scan of the WriteSet must not see its own deletions mid-way.
  for (const b of bounds) for (const { key } of ctx.writes.scanRows(table, b)) doomed.set(key.toString('latin1'), key);
  for (const key of doomed.values()) ctx.writes.put(layouts, key, null);
  return 1;
}
