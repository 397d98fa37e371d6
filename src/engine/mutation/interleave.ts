/**
 * Interleaving's rules on writes. A new row of a table INTERLEAVE IN PARENT needs its parent row
 * at the time it is written (a parent inserted later in the same batch is too late); how a
 * missing parent fails is missing-parents.ts's. Deleting a parent row fails while an ON DELETE
 * NO ACTION child table holds rows under it, and takes with it the rows of ON DELETE CASCADE
 * child tables (their own children in turn, by the delete that cascades to them). INTERLEAVE IN
 * tables (without PARENT) are neither checked nor cascaded to. Children are found by key prefix,
 * through the batch's writes.
 */
import { childKeyExists } from '../../errors/row-write-errors';
import { keyText } from '../../types/key-text';
import type { SpannerValue } from '../../types/spanner-value';
import { interleavedChildren, requireTable } from '../schema/catalog/catalog-lookup';
import { encodeKey } from '../storage/key-codec';
import { prefixBounds } from '../storage/key-range';
import { rowKeyValues } from '../storage/row-codec';
import { missingParentError } from './missing-parents';
import type { MutationBatch, Row, WriteTarget } from './mutation-batch';

/** Refuses a new row of an INTERLEAVE IN PARENT table whose parent row does not exist. */
export function checkParentExists(batch: MutationBatch, target: WriteTarget, row: Row): void {
  const { interleave } = target.table;
  if (interleave === null || !interleave.inParent) return;
  const parent = batch.target(requireTable(batch.catalog, interleave.parent).name);
  const child = target.layouts.table;
  const prefix = rowKeyValues(child, row).slice(0, parent.layouts.table.keyParts.length);
  const key = encodeKey(parent.layouts.table.keyParts, prefix);
  if (batch.read(parent, key) !== null) return;
  throw missingParentError(batch, { parent, key, values: prefix, child: target }, prefixText(target, prefix));
}

/**
 * The rows a delete of the parent row with key values `parentKey` removes from ON DELETE CASCADE
 * child tables; throws when an ON DELETE NO ACTION child table has rows under it.
 */
export function cascadedChildRows(
  batch: MutationBatch,
  parent: WriteTarget,
  parentKey: readonly SpannerValue[],
): { target: WriteTarget; key: Buffer }[] {
  const doomed: { target: WriteTarget; key: Buffer }[] = [];
  for (const table of interleavedChildren(batch.catalog, parent.table.name)) {
    if (table.interleave === null || !table.interleave.inParent) continue;
    const child = batch.target(table.name);
    const bounds = prefixBounds(child.layouts.table.keyParts, parentKey);
    if (table.interleave.onDelete === 'NO ACTION') {
      for (const _ of batch.writes.scanRows(child.layouts.table, bounds, { limit: 1 })) {
        throw childKeyExists(parent.table.name, table.name, prefixText(parent, parentKey));
      }
      continue;
    }
    for (const { key } of batch.writes.scanRows(child.layouts.table, bounds)) doomed.push({ target: child, key });
  }
  return doomed;
}

/** Key values that start `target`'s key, printed with its key parts' types and directions. */
function prefixText(target: WriteTarget, values: readonly SpannerValue[]): string {
  const layout = target.layouts.table;
  const parts = values.map((_, i) => ({
    type: layout.columnTypes[layout.keyPositions[i]],
    desc: layout.keyParts[i].desc,
  }));
  return keyText(parts, values);
}
