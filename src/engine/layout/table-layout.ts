/**
 * How the row store lays out one catalog table: its storage shape (column names in order, key
 * parts with their types and directions, key column positions; engine/storage/row-shape.ts) and
 * each column's stored value type. Derived from the catalog once per table version (catalog
 * tables are immutable values, so a layout is cached by its table object); it stores nothing and
 * checks no values.
 */

import { assertNever } from '../../errors/assert-never';
import type { DdlColumnType, DdlScalarTypeName } from '../../sql/ast/ddl-common';
import type { ScalarTypeName, ValueType } from '../../types/spanner-value';
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

/** The stored value type of a DDL type: PROTO/ENUM by their wire form, STRUCT never stored. */
export function valueTypeOf(type: DdlColumnType): ValueType {
  switch (type.kind) {
    case 'scalar':
      return { kind: 'scalar', name: scalarOf(type.name) };
    case 'sized':
      return { kind: 'scalar', name: type.name };
    case 'array':
      return { kind: 'array', element: valueTypeOf(type.element) };
    case 'named':
      // A proto message is stored as its bytes; an enum (also a named type) is ordered as bytes
      // too until the catalog tells the two apart.
      return { kind: 'scalar', name: 'BYTES' };
    case 'struct':
      throw new Error('STRUCT columns cannot be stored');
    default:
      return assertNever(type, 'column type');
  }
}

/** INTERVAL and UUID are held as their canonical text, TOKENLIST as bytes. */
function scalarOf(name: DdlScalarTypeName): ScalarTypeName {
  switch (name) {
    case 'BOOL':
    case 'INT64':
    case 'FLOAT32':
    case 'FLOAT64':
    case 'NUMERIC':
    case 'DATE':
    case 'TIMESTAMP':
    case 'JSON':
      return name;
    case 'TOKENLIST':
      return 'BYTES';
    case 'INTERVAL':
    case 'UUID':
      return 'STRING';
    default:
      return assertNever(name, 'scalar type');
  }
}
