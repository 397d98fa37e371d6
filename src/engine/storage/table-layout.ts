/**
 * How the row store lays out one catalog table: its key parts (types and directions, for the key
 * codec) and which columns are key columns (they live in the key BLOB, the rest in the value
 * BLOB). Derived from the catalog on demand; it stores nothing and checks no values.
 */

import { assertNever } from '../../errors/assert-never';
import type { DdlColumnType, DdlScalarTypeName } from '../../sql/ast/ddl-common';
import type { ScalarTypeName, ValueType } from '../../types/spanner-value';
import type { Table } from '../schema/catalog/table';
import { sameName } from '../schema/catalog/named-map';
import type { KeyPartType } from './key-codec';

export interface TableLayout {
  readonly table: string;
  readonly keyColumns: readonly string[];
  readonly keyParts: readonly KeyPartType[];
  /** Every column, in definition order, with its value type. */
  readonly columns: readonly { readonly name: string; readonly type: ValueType }[];
}

export function tableLayout(table: Table): TableLayout {
  const keyParts = table.primaryKey.map((part) => {
    const column = table.columns.find((c) => sameName(c.name, part.column));
    if (column === undefined) throw new Error(`Key column ${part.column} missing from ${table.name}`);
    const type = valueTypeOf(column.type);
    if (type.kind !== 'scalar') throw new Error(`Key column ${part.column} of ${table.name} is not scalar`);
    return { type: type.name, desc: part.direction === 'DESC' };
  });
  return {
    table: table.name,
    keyColumns: table.primaryKey.map((p) => p.column),
    keyParts,
    columns: table.columns.map((c) => ({ name: c.name, type: valueTypeOf(c.type) })),
  };
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
