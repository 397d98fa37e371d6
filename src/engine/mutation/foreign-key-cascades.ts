/**
 * ON DELETE CASCADE of enforced foreign keys: deleting a referenced row deletes the rows that
 * reference its values (found as the rows exist at that point of the batch), each deleted as any
 * row is, so cascades chain through further foreign keys and interleaved children. Updating the
 * referenced values cascades nothing (the verifier refuses it while references remain).
 */
import { nameKey } from '../schema/catalog/named-map';
import { foreignKeySides, foreignKeyValues, referencingRowKeys } from './foreign-key-sides';
import type { MutationBatch, Row, WriteTarget } from './mutation-batch';

/** The referencing rows that deleting `row` of `target` takes with it. */
export function cascadedReferencingRows(
  batch: MutationBatch,
  target: WriteTarget,
  row: Row,
): { target: WriteTarget; key: Buffer }[] {
  const doomed: { target: WriteTarget; key: Buffer }[] = [];
  for (const referencing of batch.catalog.tables.values()) {
    for (const fk of referencing.foreignKeys) {
      if (!fk.enforced || fk.onDelete !== 'CASCADE' || nameKey(fk.referencedTable) !== nameKey(target.table.name)) {
        continue;
      }
      const sides = foreignKeySides(batch, referencing, fk);
      const values = foreignKeyValues(row, sides.referencedPositions);
      if (values === null) continue;
      for (const key of referencingRowKeys(batch, sides, values)) doomed.push({ target: sides.referencing, key });
    }
  }
  return doomed;
}
