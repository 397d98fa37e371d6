/**
 * The rules a table must satisfy as a whole, checked after each statement that builds or changes
 * it: its columns, key columns (existence, types, repeats, count), interleaving against the parent,
 * and its row deletion policy. Spanner checks them in this order.
 */

import {
  duplicateColumnName,
  invalidPrimaryKeyColumnType,
  multipleRefsToKeyColumn,
  noColumnsTable,
  tooManyColumns,
  tooManyKeys,
} from '../../../errors/schema-errors';
import type { Catalog } from '../catalog/catalog';
import { findColumn, requireTable } from '../catalog/catalog-lookup';
import { isKeyableType, keyTypeName } from '../catalog/column-types';
import { nameKey } from '../catalog/named-map';
import type { Table } from '../catalog/table';
import { validateColumn } from './column-rules';
import { checkInterleaveDepth, checkParentKeyCompatibility, resolvedKey } from './interleave-rules';
import { validateRowDeletionPolicy } from './row-deletion-policy-rules';

export const MAX_COLUMNS_PER_TABLE = 1024;
export const MAX_KEY_COLUMNS = 16;

/** Validates `table`, which `catalog` already holds in its new state. */
export function validateTable(catalog: Catalog, table: Table): void {
  for (const column of table.columns) validateColumn(table.name, column);
  checkKeyColumnTypes(table);
  checkDuplicateColumns(table);
  if (table.columns.length > MAX_COLUMNS_PER_TABLE) throw tooManyColumns('Table', table.name, MAX_COLUMNS_PER_TABLE);
  checkKeyRepeats(table);
  if (table.primaryKey.length > MAX_KEY_COLUMNS) {
    throw tooManyKeys('Table', table.name, table.primaryKey.length, MAX_KEY_COLUMNS);
  }
  checkInterleaving(catalog, table);
  validateRowDeletionPolicy(catalog, table);
}

function checkKeyColumnTypes(table: Table): void {
  for (const part of table.primaryKey) {
    const column = findColumn(table, part.column);
    if (column !== undefined && !isKeyableType(column.type)) {
      throw invalidPrimaryKeyColumnType(`${table.name}.${column.name}`, keyTypeName(column.type));
    }
  }
}

function checkDuplicateColumns(table: Table): void {
  const seen = new Set<string>();
  for (const column of table.columns) {
    const key = nameKey(column.name);
    if (seen.has(key)) throw duplicateColumnName(`${table.name}.${column.name}`);
    seen.add(key);
  }
}

function checkKeyRepeats(table: Table): void {
  const seen = new Set<string>();
  for (const part of table.primaryKey) {
    const key = nameKey(part.column);
    if (seen.has(key)) throw multipleRefsToKeyColumn('Table', table.name, part.column);
    seen.add(key);
  }
}

function checkInterleaving(catalog: Catalog, table: Table): void {
  if (table.interleave === null) return;
  const parent = requireTable(catalog, table.interleave.parent);
  const child = { objectType: 'Table' as const, name: table.name, key: resolvedKey(table), ignoreNullability: false };
  checkParentKeyCompatibility(child, parent);
  checkInterleaveDepth(catalog, child, parent);
  if (table.columns.length === 0) throw noColumnsTable('Table', table.name);
}
