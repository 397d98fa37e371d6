/**
 * The rules a secondary index must satisfy: key column types, name rules (PRIMARY_KEY and the
 * Dir_ prefix are reserved), at least one key, no column twice, stored columns that are not keys,
 * the key count, and — when interleaved — a key that extends the parent's key.
 */

import {
  cannotCreateIndexOnColumn,
  cannotNameIndexPrimaryKey,
  indexRefsColumnTwice,
  indexRefsKeyAsStoredColumn,
  indexRefsTableKeyAsStoredColumn,
  indexWithNoKeys,
} from '../../../errors/index-errors';
import { invalidSchemaName, tooManyKeys } from '../../../errors/schema-errors';
import type { Catalog } from '../catalog/catalog';
import { findColumn, isKeyColumn, requireTable } from '../catalog/catalog-lookup';
import { isKeyableType, keyTypeName } from '../catalog/column-types';
import { nameKey, sameName } from '../catalog/named-map';
import type { Index } from '../catalog/schema-objects';
import type { Column, KeyPart, Table } from '../catalog/table';
import { validateSchemaObjectName } from './column-rules';
import { checkInterleaveDepth, checkParentKeyCompatibility } from './interleave-rules';
import { MAX_KEY_COLUMNS } from './table-rules';

/** The key of the index's rows: its own key columns, then the table's key columns not among them. */
export function indexDataKey(index: Index, table: Table): KeyPart[] {
  const rest = table.primaryKey.filter((k) => !index.keys.some((i) => sameName(i.column, k.column)));
  return [...index.keys, ...rest];
}

export function validateIndex(catalog: Catalog, index: Index, table: Table): void {
  for (const part of indexDataKey(index, table)) {
    const column = findColumn(table, part.column) as Column;
    if (!isKeyableType(column.type)) throw cannotCreateIndexOnColumn(index.name, column.name, keyTypeName(column.type));
  }
  validateSchemaObjectName('Index', index.name);
  if (nameKey(index.name) === 'primary_key') throw cannotNameIndexPrimaryKey();
  if (index.name.startsWith('Dir_')) throw invalidSchemaName('Index', index.name);
  if (index.keys.length === 0) throw indexWithNoKeys(index.name);
  checkRepeats(
    index.name,
    index.keys.map((k) => k.column),
  );
  checkStoredColumns(index, table);
  const dataKey = indexDataKey(index, table);
  if (dataKey.length > MAX_KEY_COLUMNS) throw tooManyKeys('Index', index.name, dataKey.length, MAX_KEY_COLUMNS);
  if (index.interleaveIn !== null) checkIndexInterleave(catalog, index, table, dataKey);
}

function checkRepeats(indexName: string, columns: readonly string[]): void {
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(nameKey(column))) throw indexRefsColumnTwice(indexName, column);
    seen.add(nameKey(column));
  }
}

function checkStoredColumns(index: Index, table: Table): void {
  const seen = new Set<string>();
  for (const column of index.storing) {
    if (index.keys.some((k) => sameName(k.column, column))) throw indexRefsKeyAsStoredColumn(index.name, column);
    if (isKeyColumn(table, column)) throw indexRefsTableKeyAsStoredColumn(index.name, column, table.name);
    if (seen.has(nameKey(column))) throw indexRefsColumnTwice(index.name, column);
    seen.add(nameKey(column));
  }
}

/** Index rows' key columns carry the table's column types; null-filtering makes them NOT NULL. */
function checkIndexInterleave(catalog: Catalog, index: Index, table: Table, dataKey: readonly KeyPart[]): void {
  const parent = requireTable(catalog, index.interleaveIn as string);
  const key = dataKey.map((part) => {
    const source = findColumn(table, part.column) as Column;
    const filtered = index.nullFiltered || index.whereNotNull.some((c) => sameName(c, source.name));
    return { column: filtered ? { ...source, notNull: true } : source, descending: part.direction === 'DESC' };
  });
  const child = { objectType: 'Index' as const, name: index.name, key, ignoreNullability: index.nullFiltered };
  checkParentKeyCompatibility(child, parent);
  checkInterleaveDepth(catalog, child, parent);
}
