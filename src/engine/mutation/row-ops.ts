/**
 * The three things a write does to one row, each with the checks and effects Spanner applies to
 * it in the official emulator's order (validators, then effects): an insert (key size, given
 * values, the row must not exist, its interleaving parent must; then DEFAULTs and generated
 * columns computed and checked, index key sizes), an update (given values, the row must exist;
 * then ON UPDATE and generated columns), and deletes (ON DELETE NO ACTION children refuse it;
 * cascades through interleaved children and foreign keys follow, breadth first, as the
 * emulator's queue of effects does). Mutations (and later DML) resolve their rows to these; the
 * checks that wait for the end of the batch are verify-batch.ts's.
 */
import { rowAlreadyExists, rowCreatedInThisTransaction, rowNotFound } from '../../errors/row-write-errors';
import { encodeRowKey, rowKeyValues } from '../storage/row-codec';
import { checkColumnValues } from './column-values';
import { EvaluatedColumns, type RowImage } from './evaluated-columns';
import { cascadedReferencingRows } from './foreign-key-cascades';
import { cascadedChildRows, checkParentExists } from './interleave';
import { checkIndexKeySizes, checkTableKeySize } from './key-size';
import { keyTextOf } from './key-text-of';
import type { MutationBatch, WriteTarget } from './mutation-batch';
import { refuseGivenNulls } from './not-null';

/** The evaluated columns of `target`'s table, once per batch. */
export function evaluatedColumns(batch: MutationBatch, target: WriteTarget): EvaluatedColumns {
  return batch.memo(`evaluated:${target.table.name}`, () => new EvaluatedColumns(batch, target));
}

/** Inserts the row `image` describes (its key already complete). */
export function insertRow(batch: MutationBatch, target: WriteTarget, image: RowImage): void {
  const { table, layouts } = target;
  checkTableKeySize(layouts.table, image.row);
  refuseGivenNulls(table, image.row, image.given);
  checkColumnValues(batch, table, image.row, image.written);
  const key = encodeRowKey(layouts.table, image.row);
  if (batch.read(target, key) !== null) {
    // Production tells a row this commit created apart from one the database already holds.
    const createdHere = batch.priorState(target, key) === null;
    const keyText = keyTextOf(layouts.table, image.row);
    throw createdHere ? rowCreatedInThisTransaction(table.name, keyText) : rowAlreadyExists(table.name, keyText);
  }
  checkParentExists(batch, target, image.row);
  const computed = evaluatedColumns(batch, target).completeInsert(image, image.written);
  checkColumnValues(batch, table, image.row, computed);
  checkIndexKeySizes(layouts.indexes, image.row);
  batch.put(target, key, image.row);
}

/** Updates the row with `image`'s key: the written columns take `image`'s values. */
export function updateRow(batch: MutationBatch, target: WriteTarget, image: RowImage): void {
  const { table, layouts } = target;
  refuseGivenNulls(table, image.row, image.given);
  checkColumnValues(batch, table, image.row, image.written);
  const key = encodeRowKey(layouts.table, image.row);
  const existing = batch.read(target, key);
  if (existing === null) throw rowNotFound(table.name, keyTextOf(layouts.table, image.row));
  const row = [...existing];
  for (const p of image.written) row[p] = image.row[p];
  const computed = evaluatedColumns(batch, target).completeUpdate(row, image.written);
  checkColumnValues(batch, table, row, computed);
  checkIndexKeySizes(layouts.indexes, row);
  batch.put(target, key, row);
}

/** Deletes the rows at `keys` (those that exist) and what cascades from them. */
export function deleteRows(batch: MutationBatch, target: WriteTarget, keys: Iterable<Buffer>): void {
  const queue = [...keys].map((key) => ({ target, key }));
  for (let i = 0; i < queue.length; i++) {
    const { target: at, key } = queue[i];
    const existing = batch.read(at, key);
    if (existing === null) continue;
    const children = cascadedChildRows(batch, at, rowKeyValues(at.layouts.table, existing));
    const referencing = cascadedReferencingRows(batch, at, existing);
    batch.put(at, key, null);
    queue.push(...children, ...referencing);
  }
}
