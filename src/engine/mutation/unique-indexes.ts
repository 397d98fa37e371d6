/**
 * UNIQUE indexes, checked once the whole batch has been applied: a row the batch wrote whose
 * entry in a UNIQUE index has a new index key must be the only entry with that key. NULLs are
 * values like any other here (two rows with a NULL key collide), unless the index is
 * NULL_FILTERED, where a row with a NULL key column has no entry at all. Entries are read through
 * the batch's writes, so rows written or deleted in the batch count as they now are.
 */
import { uniqueIndexViolation } from '../../errors/row-write-errors';
import { keyText } from '../../types/key-text';
import type { IndexLayout } from '../layout/index-layout';
import { indexesOnTable } from '../schema/catalog/catalog-lookup';
import { sameName } from '../schema/catalog/named-map';
import { encodeKey } from '../storage/key-codec';
import { prefixBounds } from '../storage/key-range';
import { indexEntryOf } from '../storage/row-codec';
import type { MutationBatch, Row, TouchedRow, WriteTarget } from './mutation-batch';

/** Checks the UNIQUE indexes of the row `touched`, whose final state is `current`. */
export function verifyUniqueIndexes(batch: MutationBatch, touched: TouchedRow, current: Row | null): void {
  if (current === null) return;
  for (const index of uniqueIndexes(batch, touched.target)) {
    if (indexEntryOf(index, current) === null) continue;
    const values = index.indexKeyPositions.map((p) => current[p]);
    const parts = index.keyParts.slice(0, values.length);
    if (touched.prior !== null && indexEntryOf(index, touched.prior) !== null) {
      const before = index.indexKeyPositions.map((p) => touched.prior![p]);
      if (encodeKey(parts, before).equals(encodeKey(parts, values))) continue;
    }
    let entries = 0;
    for (const _ of batch.writes.scanIndex(index, prefixBounds(index.keyParts, values), { limit: 2 })) entries++;
    if (entries > 1) {
      const types = index.indexKeyPositions.map((p) => index.table.columnTypes[p]);
      const text = keyText(
        types.map((type, i) => ({ type, desc: parts[i].desc })),
        values,
      );
      throw uniqueIndexViolation(index.index, text);
    }
  }
}

function uniqueIndexes(batch: MutationBatch, target: WriteTarget): IndexLayout[] {
  return batch.memo(`unique:${target.table.name}`, () => {
    const unique = indexesOnTable(batch.catalog, target.table.name).filter((i) => i.unique);
    return target.layouts.indexes.filter((layout) => unique.some((i) => sameName(i.name, layout.index)));
  });
}
