/**
 * What a read (the Read API's table, optional index and columns) addresses, resolved against the
 * schema in force at its timestamp: the key space it scans (the table's rows or the index's
 * entries), the key columns its key set names, and for each requested column its type and where
 * its value sits in a row or an index entry. A read through an index may name only what the index
 * holds (its key columns, the table's primary key and its STORING columns), as Spanner requires, so
 * no base row is fetched. Errors are Spanner's: unknown table, index or column, an index of another
 * table, a column the index does not hold. Key sets and limits are checked elsewhere.
 */

import { columnNotFound, tableNotFound } from '../../errors/schema-errors';
import { columnNotInIndex, indexNotFoundForTable, indexOfAnotherTable } from '../../errors/read-errors';
import type { SqlType } from '../query/analyzer/sql-type';
import { layoutsOf } from '../layout/catalog-layouts';
import { hasIndexStorage, indexLayout, type IndexLayout } from '../layout/index-layout';
import type { TableLayout } from '../layout/table-layout';
import type { Catalog } from '../schema/catalog/catalog';
import { findIndex, findTable } from '../schema/catalog/catalog-lookup';
import { sameName } from '../schema/catalog/named-map';
import type { Table } from '../schema/catalog/table';
import type { KeyPartType } from '../storage/key-codec';
import { columnPosition } from '../storage/row-shape';

/** What a read asks for, by name. */
export interface ReadTargetNames {
  readonly table: string;
  /** Empty: read the table by its primary key. */
  readonly index: string;
  readonly columns: readonly string[];
}

export interface ReadColumn {
  /** As the schema spells it. */
  readonly name: string;
  readonly type: SqlType;
}

/** Where a column's value is in an index entry: a part of its index key, base key or stored values. */
export interface EntrySource {
  readonly from: 'indexKey' | 'baseKey' | 'stored';
  readonly position: number;
}

export interface KeyColumn {
  readonly name: string;
  readonly type: SqlType;
  readonly desc: boolean;
}

/** The scanned key space, with where each requested column's value comes from. */
export type ReadTarget =
  | { readonly kind: 'table'; readonly table: TableLayout; readonly positions: readonly number[] }
  | { readonly kind: 'index'; readonly index: IndexLayout; readonly sources: readonly EntrySource[] };

export interface ReadPlan {
  readonly target: ReadTarget;
  readonly columns: readonly ReadColumn[];
  /** The table or index a key set addresses, as messages name it. */
  readonly keyName: string;
  /** The columns a key set's keys name: the primary key, or the index key without the base key. */
  readonly keyColumns: readonly KeyColumn[];
  /** How keys of the scanned space encode (an index's entries: its key, then the base key). */
  readonly keyParts: readonly KeyPartType[];
}

export function planRead(catalog: Catalog, names: ReadTargetNames): ReadPlan {
  const table = findTable(catalog, names.table);
  if (table === undefined) throw tableNotFound(names.table);
  const layout = layoutsOf(catalog, table.name).table;
  if (names.index === '') return tablePlan(table, layout, names.columns);
  return indexPlan(catalog, table, layout, names);
}

function tablePlan(table: Table, layout: TableLayout, names: readonly string[]): ReadPlan {
  const positions = names.map((name) => {
    const position = columnPosition(layout, name);
    if (position < 0) throw columnNotFound(table.name, name);
    return position;
  });
  return {
    target: { kind: 'table', table: layout, positions },
    columns: positions.map((p) => columnAt(table, p)),
    keyName: table.name,
    keyColumns: layout.keyPositions.map((p, i) => ({ ...columnAt(table, p), desc: layout.keyParts[i].desc })),
    keyParts: layout.keyParts,
  };
}

function indexPlan(catalog: Catalog, table: Table, layout: TableLayout, names: ReadTargetNames): ReadPlan {
  const index = findIndex(catalog, names.index);
  if (index === undefined || !hasIndexStorage(index)) throw indexNotFoundForTable(names.index, names.table);
  if (!sameName(index.table, table.name)) throw indexOfAnotherTable(table.name, index.table, index.name);
  const shape = indexLayout(index, layout);
  const sources = names.columns.map((name) => indexSource(shape, table, index.name, name));
  return {
    target: { kind: 'index', index: shape, sources },
    columns: names.columns.map((name) => columnAt(table, columnPosition(layout, name))),
    keyName: index.name,
    keyColumns: shape.indexKeyPositions.map((p, i) => ({ ...columnAt(table, p), desc: shape.keyParts[i].desc })),
    keyParts: shape.keyParts,
  };
}

/** An index entry holds its key columns, the base table's primary key and its STORING columns. */
function indexSource(shape: IndexLayout, table: Table, index: string, name: string): EntrySource {
  const position = columnPosition(shape.table, name);
  if (position < 0) throw columnNotFound(table.name, name);
  const inKey = shape.indexKeyPositions.indexOf(position);
  if (inKey >= 0) return { from: 'indexKey', position: inKey };
  const inBaseKey = shape.table.keyPositions.indexOf(position);
  if (inBaseKey >= 0) return { from: 'baseKey', position: inBaseKey };
  const stored = shape.storingPositions.indexOf(position);
  if (stored >= 0) return { from: 'stored', position: stored };
  throw columnNotInIndex(index, table.name, name);
}

function columnAt(table: Table, position: number): ReadColumn {
  const column = table.columns[position];
  return { name: column.name, type: column.type };
}
