/**
 * How a foreign key's two sides are looked up by value, through the batch's writes: the
 * referenced side by its backing unique index, or by primary key when the referenced columns are
 * exactly the key; the referencing side by its backing index, or by primary key prefix when the
 * referencing columns start its key (what the schema guarantees when it made no index,
 * foreign-key-indexes.ts). Values travel in the lookup order the schema chose for the foreign key
 * (the referenced primary key's order, then the table's column order), which is also the order
 * Spanner prints them in. Only for enforced foreign keys: NOT ENFORCED ones need no lookups.
 */
import { keyText } from '../../types/key-text';
import type { SpannerValue } from '../../types/spanner-value';
import type { IndexLayout } from '../layout/index-layout';
import { sameName } from '../schema/catalog/named-map';
import type { ForeignKey, Table } from '../schema/catalog/table';
import { planReferencedIndex } from '../schema/constraints/foreign-key-indexes';
import { encodeKey } from '../storage/key-codec';
import { prefixBounds } from '../storage/key-range';
import { columnPosition } from '../storage/row-shape';
import type { MutationBatch, Row, WriteTarget } from './mutation-batch';

export interface ForeignKeySides {
  readonly fk: ForeignKey;
  readonly referencing: WriteTarget;
  readonly referenced: WriteTarget;
  /** Row positions of the foreign key's columns, in lookup order, on each side. */
  readonly referencingPositions: readonly number[];
  readonly referencedPositions: readonly number[];
  readonly referencingIndex: IndexLayout | null;
  readonly referencedIndex: IndexLayout | null;
}

/** The sides of `fk`, a foreign key of `table`, once per batch. */
export function foreignKeySides(batch: MutationBatch, table: Table, fk: ForeignKey): ForeignKeySides {
  return batch.memo(`fk:${table.name}:${fk.name}`, () => {
    const referencing = batch.target(table.name);
    const referenced = batch.target(fk.referencedTable);
    const { order } = planReferencedIndex(referenced.table, fk.referencedColumns);
    return {
      fk,
      referencing,
      referenced,
      referencingPositions: order.map((i) => columnPosition(referencing.layouts.table, fk.columns[i])),
      referencedPositions: order.map((i) => columnPosition(referenced.layouts.table, fk.referencedColumns[i])),
      referencingIndex: indexNamed(referencing, fk.referencingIndex),
      referencedIndex: indexNamed(referenced, fk.referencedIndex),
    };
  });
}

/** The values of `row` at `positions`, or null when one is NULL (such a row references nothing). */
export function foreignKeyValues(row: Row, positions: readonly number[]): SpannerValue[] | null {
  const values = positions.map((p) => row[p]);
  return values.includes(null) ? null : values;
}

/** Whether a referenced row holds `values` (lookup order). */
export function referencedRowExists(batch: MutationBatch, sides: ForeignKeySides, values: SpannerValue[]): boolean {
  const { referenced, referencedIndex } = sides;
  if (referencedIndex !== null) {
    for (const _ of batch.writes.scanIndex(referencedIndex, prefixBounds(referencedIndex.keyParts, values), {
      limit: 1,
    })) {
      return true;
    }
    return false;
  }
  return batch.read(referenced, encodeKey(referenced.layouts.table.keyParts, values)) !== null;
}

/** The keys of the referencing rows holding `values` (lookup order). */
export function referencingRowKeys(batch: MutationBatch, sides: ForeignKeySides, values: SpannerValue[]): Buffer[] {
  const { referencing, referencingIndex } = sides;
  const table = referencing.layouts.table;
  if (referencingIndex !== null) {
    const bounds = prefixBounds(referencingIndex.keyParts, values);
    return [...batch.writes.scanIndex(referencingIndex, bounds)].map((e) => encodeKey(table.keyParts, e.baseKey));
  }
  return [...batch.writes.scanRows(table, prefixBounds(table.keyParts, values))].map((e) => e.key);
}

/** `values` as Spanner prints a key of one side (`referencing` or not), in lookup order. */
export function foreignKeyText(sides: ForeignKeySides, referencing: boolean, values: SpannerValue[]): string {
  const target = referencing ? sides.referencing : sides.referenced;
  const positions = referencing ? sides.referencingPositions : sides.referencedPositions;
  const index = referencing ? sides.referencingIndex : sides.referencedIndex;
  const layout = target.layouts.table;
  const parts = positions.map((p, i) => ({
    type: layout.columnTypes[p],
    desc: index !== null ? index.keyParts[i].desc : layout.keyParts[i].desc,
  }));
  return keyText(parts, values);
}

function indexNamed(target: WriteTarget, name: string | null): IndexLayout | null {
  if (name === null) return null;
  return target.layouts.indexes.find((i) => sameName(i.index, name)) ?? null;
}
