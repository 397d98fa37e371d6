/**
 * How the row store lays out one catalog table: its storage shape (column names in order, key
 * parts with their types and directions, key column positions; engine/storage/row-shape.ts) and
 * each column's stored value type. Derived from the catalog once per table version (catalog
 * tables are immutable values, so a layout is cached by its table object); it stores nothing and
 * checks no values.
 */

import type { ValueType } from '../../types/spanner-value';
import { valueTypeOf } from '../query/analyzer/value-type';
import type { Table } from '../schema/catalog/table';
import type { KeyPartType } from '../storage/key-codec';
import { columnPosition, TableShape, tableShape } from '../storage/row-shape';

export interface TableLayout extends TableShape {
  /** Each column's stored value type, in column order. */
  readonly columnTypes: readonly ValueType[];
}

const layouts = new WeakMap<Table, TableLayout>();

export function tableLayout(table: Table): TableLayout {
  let layout = layouts.get(table);
  if (layout === undefined) {
    layout = buildLayout(table);
    layouts.set(table, layout);
  }
  return layout;
}

function buildLayout(table: Table): TableLayout {
  const columns = table.columns.map((c) => c.name);
  const columnTypes = table.columns.map((c) => valueTypeOf(c.type));
  const keyPositions = table.primaryKey.map((part) => {
    const position = columnPosition({ columns }, part.column);
    if (position < 0) throw new Error(`Key column ${part.column} missing from ${table.name}`);
    return position;
  });
  const keyParts = table.primaryKey.map((part, i): KeyPartType => {
    const type = columnTypes[keyPositions[i]];
    if (type.kind !== 'scalar') throw new Error(`Key column ${part.column} of ${table.name} is not scalar`);
    return { type: type.name, desc: part.direction === 'DESC' };
  });
  return { ...tableShape({ table: table.name, columns, keyParts, keyPositions }), columnTypes };
}
