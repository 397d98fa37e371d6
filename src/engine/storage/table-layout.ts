/**
 * How the row store lays out one catalog table: its key parts (types and directions, for the key
 * codec) and which columns are key columns (they live in the key BLOB, the rest in the value
 * BLOB). Derived from the catalog on demand; it stores nothing and checks no values.
 */

import type { ValueType } from '../../types/spanner-value';
import { valueTypeOf } from '../query/analyzer/value-type';
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
