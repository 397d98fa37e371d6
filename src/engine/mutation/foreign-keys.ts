/**
 * Enforced foreign keys, checked once the whole batch has been applied (Spanner's verifiers run
 * after the last mutation, so rows may be written in any order): a row the batch wrote whose
 * foreign key values are all non-NULL and new must find a referenced row holding them; a
 * referenced row the batch deleted, or whose referenced values it changed, must leave no
 * referencing row behind unless another referenced row still holds the values. ON DELETE
 * CASCADE has already removed the referencing rows of deleted referenced rows by then
 * (foreign-key-cascades.ts). NOT ENFORCED foreign keys are not checked.
 */
import { foreignKeyReferencedKeyNotFound } from '../../errors/constraint-errors';
import { foreignKeyReferencingKeyFound } from '../../errors/row-write-errors';
import type { SpannerValue } from '../../types/spanner-value';
import { sameName } from '../schema/catalog/named-map';
import { encodeKey, type KeyPartType } from '../storage/key-codec';
import {
  foreignKeySides,
  foreignKeyText,
  foreignKeyValues,
  referencedRowExists,
  referencingRowKeys,
  type ForeignKeySides,
} from './foreign-key-sides';
import type { MutationBatch, Row, TouchedRow, WriteTarget } from './mutation-batch';

/** Checks the foreign keys `touched` (a row of the batch, `current` its final state) takes part in. */
export function verifyForeignKeys(batch: MutationBatch, touched: TouchedRow, current: Row | null): void {
  const { table } = touched.target;
  if (current !== null) {
    for (const fk of table.foreignKeys) {
      if (fk.enforced) verifyReferencing(batch, foreignKeySides(batch, table, fk), touched.prior, current);
    }
  }
  if (touched.prior === null) return;
  for (const referencing of batch.catalog.tables.values()) {
    for (const fk of referencing.foreignKeys) {
      if (!fk.enforced || !sameName(fk.referencedTable, table.name)) continue;
      verifyReferenced(batch, foreignKeySides(batch, referencing, fk), touched.prior, current);
    }
  }
}

function verifyReferencing(batch: MutationBatch, sides: ForeignKeySides, prior: Row | null, current: Row): void {
  const values = foreignKeyValues(current, sides.referencingPositions);
  if (values === null || unchanged(sides.referencing, prior, sides.referencingPositions, values)) return;
  if (referencedRowExists(batch, sides, values)) return;
  const { fk, referencing, referenced } = sides;
  const key = foreignKeyText(sides, true, values);
  throw foreignKeyReferencedKeyNotFound(fk.name, referencing.table.name, referenced.table.name, key);
}

function verifyReferenced(batch: MutationBatch, sides: ForeignKeySides, prior: Row, current: Row | null): void {
  const values = foreignKeyValues(prior, sides.referencedPositions);
  if (values === null) return;
  if (current !== null && unchanged(sides.referenced, current, sides.referencedPositions, values)) return;
  if (referencedRowExists(batch, sides, values) || referencingRowKeys(batch, sides, values).length === 0) return;
  const { fk, referencing, referenced } = sides;
  const key = foreignKeyText(sides, false, values);
  throw foreignKeyReferencingKeyFound(fk.name, referencing.table.name, referenced.table.name, key);
}

/** Whether `row` already held `values` at `positions` of `target`'s rows (compared as keys compare). */
function unchanged(
  target: WriteTarget,
  row: Row | null,
  positions: readonly number[],
  values: SpannerValue[],
): boolean {
  if (row === null) return false;
  const parts = positions.map((p): KeyPartType => {
    const type = target.layouts.table.columnTypes[p];
    return { type: type.kind === 'scalar' ? type.name : 'BYTES', desc: false };
  });
  return encodeKey(
    parts,
    positions.map((p) => row[p]),
  ).equals(encodeKey(parts, values));
}
