/**
 * A write mutation (insert, update, insert_or_update, replace) resolved to row operations, as
 * Spanner resolves it: the column rules once per mutation (write-columns.ts), then per row the
 * commit timestamp placeholder replaced, the key completed (DEFAULT and generated key columns),
 * the batch's bookkeeping (a row deleted earlier in the batch cannot be updated; writes and
 * deletes of rows that cascading foreign keys reference cannot mix), and the row operation its
 * kind and the row's existence call for: insert_or_update updates a row that exists and inserts
 * one that does not; replace deletes (with cascades) and inserts. Returns its mutation count:
 * the columns it writes, per row.
 */
import { assertNever } from '../../errors/assert-never';
import { nullWrittenToNotNullColumn, updateOfRowDeletedInTransaction } from '../../errors/row-write-errors';
import { findColumn } from '../schema/catalog/catalog-lookup';
import { nameKey } from '../schema/catalog/named-map';
import type { Column } from '../schema/catalog/table';
import { emptyRow, encodeRowKey } from '../storage/row-codec';
import { resolveWriteValue } from './commit-timestamps';
import type { RowImage } from './evaluated-columns';
import { keyTextOf } from './key-text-of';
import type { WriteKind, WriteMutation, WriteValue } from './mutation';
import type { MutationBatch, WriteTarget } from './mutation-batch';
import { deleteRows, evaluatedColumns, insertRow, updateRow } from './row-ops';
import { checkWriteColumns } from './write-columns';

export function applyWriteMutation(batch: MutationBatch, m: WriteMutation): number {
  const target = batch.target(m.table);
  const columns = m.columns.map((name) => findColumn(target.table, name)!);
  checkWriteColumns(target.table, m.kind, new Set(columns.map((c) => nameKey(c.name))));
  for (const values of m.rows) writeRow(batch, target, m.kind, columns, values);
  return m.rows.length * m.columns.length;
}

function writeRow(
  batch: MutationBatch,
  target: WriteTarget,
  kind: WriteKind,
  columns: readonly Column[],
  values: readonly WriteValue[],
): void {
  const { table, layouts } = target;
  const { asInsert, asUpdate } = keyedImages(batch, target, kind, columns, values);
  const key = encodeRowKey(layouts.table, asInsert.row);
  const text = () => keyTextOf(layouts.table, asInsert.row);
  const names = [...asUpdate.written].map((p) => table.columns[p].name);
  switch (kind) {
    case 'insert':
      batch.deleted.reinsert(table.name, key);
      batch.restrictions.write(table, key, names, text);
      return insertRow(batch, target, asInsert);
    case 'update':
      if (batch.deleted.contains(table.name, key)) throw updateOfRowDeletedInTransaction(table.name, text());
      batch.restrictions.write(table, key, names, text);
      return updateRow(batch, target, asUpdate);
    case 'insertOrUpdate':
      batch.deleted.reinsert(table.name, key);
      batch.restrictions.write(table, key, names, text);
      if (batch.read(target, key) !== null) return updateRow(batch, target, asUpdate);
      return insertRow(batch, target, asInsert);
    case 'replace':
      batch.restrictions.deleteKey(table, key, text);
      batch.restrictions.write(table, key, names, text);
      deleteRows(batch, target, [key]);
      return insertRow(batch, target, asInsert);
    default:
      return assertNever(kind, 'write kind');
  }
}

/**
 * The row a write gives, its key completed, as an insert writes it (every DEFAULT it computed
 * kept) and as an update writes it (the key columns it completed only).
 */
function keyedImages(
  batch: MutationBatch,
  target: WriteTarget,
  kind: WriteKind,
  columns: readonly Column[],
  values: readonly WriteValue[],
): { asInsert: RowImage; asUpdate: RowImage } {
  const { table, layouts } = target;
  const row = emptyRow(layouts.table);
  const given = columns.map((c) => table.columns.indexOf(c));
  given.forEach((p, i) => (row[p] = resolveWriteValue(batch, table, columns[i], values[i])));
  const givenSet: ReadonlySet<number> = new Set(given);
  const filled = evaluatedColumns(batch, target).evaluateKey({ row, written: new Set(given), given: givenSet }, kind);
  const keyPositions = new Set(layouts.table.keyPositions);
  const asUpdate: RowImage = {
    row,
    written: new Set([...given, ...filled.filter((p) => keyPositions.has(p))]),
    given: givenSet,
  };
  // A key column neither given nor computed is NULL, which a NOT NULL one refuses (named as in
  // the key, not qualified, as the emulator names it here).
  for (const p of keyPositions) {
    const column = table.columns[p];
    if (!asUpdate.written.has(p) && column.notNull) throw nullWrittenToNotNullColumn(table.name, column.name);
  }
  return { asInsert: { row, written: new Set([...given, ...filled]), given: givenSet }, asUpdate };
}
