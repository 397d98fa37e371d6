/**
 * What the row store must know of a table or a secondary index to turn positional rows into key
 * and value BLOBs and back: column names in order, the key parts (types and directions) and the
 * positions of the key columns; for an index, the positions of its key and STORING columns in the
 * base row. Plain data that the layer above (engine/layout) derives once from the catalog; storage
 * never sees the catalog. Built here so the name lookups the codecs need are made once per shape,
 * not per row. No validation of values against types: that is the transaction layer's.
 */

import type { KeyPartType } from './key-codec';
import { ColumnSlots, StoredColumn, storedColumns } from './value-codec';

export interface TableShapeSpec {
  /** The table's name (its storage is found by it, case-insensitively). */
  readonly table: string;
  /** Every column's name, in the table's column order: a row is an array in this order. */
  readonly columns: readonly string[];
  /** The primary key's parts, in key order. */
  readonly keyParts: readonly KeyPartType[];
  /** The row position of each key part's column. */
  readonly keyPositions: readonly number[];
}

export interface TableShape extends TableShapeSpec {
  /** Where stored column names go in a row. */
  readonly slots: ColumnSlots;
  /** The non-key columns, which the value BLOB holds. */
  readonly valueColumns: readonly StoredColumn[];
}

export function tableShape(spec: TableShapeSpec): TableShape {
  if (spec.keyParts.length !== spec.keyPositions.length) throw new Error(`Key of ${spec.table} is inconsistent`);
  const keys = new Set(spec.keyPositions);
  const valuePositions = spec.columns.map((_, i) => i).filter((i) => !keys.has(i));
  return {
    table: spec.table,
    columns: spec.columns,
    keyParts: spec.keyParts,
    keyPositions: spec.keyPositions,
    slots: new ColumnSlots(spec.columns),
    valueColumns: storedColumns(spec.columns, valuePositions),
  };
}

/** The row position of the column named `name` (case-insensitively), or -1. */
export function columnPosition(shape: { readonly columns: readonly string[] }, name: string): number {
  const lower = name.toLowerCase();
  return shape.columns.findIndex((c) => c.toLowerCase() === lower);
}

export interface IndexShapeSpec {
  readonly index: string;
  readonly table: TableShape;
  /** The index key's own parts (without the base key), in index key order. */
  readonly indexKeyParts: readonly KeyPartType[];
  /** The base row position of each index key column. */
  readonly indexKeyPositions: readonly number[];
  /** The base row positions of the STORING columns; an entry's stored values come in this order. */
  readonly storingPositions: readonly number[];
  /** NULL_FILTERED: a row with a NULL index key value has no entry. */
  readonly nullFiltered: boolean;
  /** `WHERE c IS NOT NULL AND ...`: the base row positions of those columns; a NULL in one leaves the row out. */
  readonly whereNotNullPositions: readonly number[];
}

/**
 * An entry's key is the index key followed by the base row's whole primary key (so entries are
 * unique and in index order); its value holds the STORING columns under their names.
 */
export interface IndexShape {
  readonly index: string;
  readonly table: TableShape;
  /** The index key parts, then the base primary key's parts. */
  readonly keyParts: readonly KeyPartType[];
  readonly indexKeyPositions: readonly number[];
  readonly storingPositions: readonly number[];
  readonly nullFiltered: boolean;
  readonly whereNotNullPositions: readonly number[];
  /** Where stored names go in an entry's stored values. */
  readonly storedSlots: ColumnSlots;
  /** The STORING columns as the value BLOB holds them, by base row position. */
  readonly storedColumns: readonly StoredColumn[];
}

export function indexShape(spec: IndexShapeSpec): IndexShape {
  if (spec.indexKeyParts.length !== spec.indexKeyPositions.length)
    throw new Error(`Key of index ${spec.index} is inconsistent`);
  const { columns } = spec.table;
  return {
    index: spec.index,
    table: spec.table,
    keyParts: [...spec.indexKeyParts, ...spec.table.keyParts],
    indexKeyPositions: spec.indexKeyPositions,
    storingPositions: spec.storingPositions,
    nullFiltered: spec.nullFiltered,
    whereNotNullPositions: spec.whereNotNullPositions,
    storedSlots: new ColumnSlots(spec.storingPositions.map((p) => columns[p])),
    storedColumns: storedColumns(columns, spec.storingPositions),
  };
}
