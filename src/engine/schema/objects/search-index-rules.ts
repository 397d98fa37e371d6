/**
 * The rules search and vector indexes share with secondary indexes (name, keys not repeated,
 * stored columns that are neither index nor table keys) and their own: a search index's token
 * keys take no ASC/DESC, it is not partitioned by a TOKENLIST and is ordered by NOT NULL (or null
 * filtered) integers; a vector index has one ARRAY<FLOAT32|FLOAT64> key with a vector length of at
 * most 8000 that is NOT NULL or null filtered, and no PARTITION BY.
 */

import {
  cannotCreateIndexOnColumn,
  cannotNameIndexPrimaryKey,
  indexRefsColumnTwice,
  indexRefsKeyAsStoredColumn,
  indexRefsTableKeyAsStoredColumn,
  indexWithNoKeys,
} from '../../../errors/index-errors';
import { invalidSchemaName } from '../../../errors/schema-errors';
import {
  searchIndexOrderByNotInteger,
  searchIndexOrderByNullable,
  searchIndexPartitionByTokenlist,
  vectorIndexKeyNotArray,
  vectorIndexKeyNotFloatArray,
  vectorIndexKeyNullable,
  vectorIndexKeyVectorLengthTooLarge,
  vectorIndexKeyWithoutVectorLength,
} from '../../../errors/search-index-errors';
import { findColumn, isKeyColumn } from '../catalog/catalog-lookup';
import { isScalar } from '../../query/analyzer/sql-type';
import { isKeyableType, keyTypeName, typeName } from '../catalog/column-types';
import { nameKey, sameName } from '../catalog/named-map';
import type { Index } from '../catalog/schema-objects';
import type { Column, Table } from '../catalog/table';
import { validateSchemaObjectName } from '../ddl/column-rules';

export const MAX_VECTOR_LENGTH = 8000;

function column(table: Table, name: string): Column {
  return findColumn(table, name) as Column;
}

/** Rules every kind of index follows. Columns are known to exist. */
export function validateIndexShape(index: Index, table: Table): void {
  validateSchemaObjectName('Index', index.name);
  if (nameKey(index.name) === 'primary_key') throw cannotNameIndexPrimaryKey();
  if (index.name.startsWith('Dir_')) throw invalidSchemaName('Index', index.name);
  if (index.keys.length === 0) throw indexWithNoKeys(index.name);
  const keys = new Set<string>();
  for (const key of index.keys) {
    if (keys.has(nameKey(key.column))) throw indexRefsColumnTwice(index.name, key.column);
    keys.add(nameKey(key.column));
    const type = column(table, key.column).type;
    const allowed =
      index.kind === 'search'
        ? isScalar(type, 'TOKENLIST') || isKeyableType(type)
        : index.kind === 'vector' || isKeyableType(type);
    if (!allowed) throw cannotCreateIndexOnColumn(index.name, key.column, keyTypeName(type));
  }
  const stored = new Set<string>();
  for (const name of index.storing) {
    if (keys.has(nameKey(name))) throw indexRefsKeyAsStoredColumn(index.name, name);
    if (isKeyColumn(table, name)) throw indexRefsTableKeyAsStoredColumn(index.name, name, table.name);
    if (stored.has(nameKey(name))) throw indexRefsColumnTwice(index.name, name);
    stored.add(nameKey(name));
  }
}

function nullFiltered(index: Index, columnName: string): boolean {
  return index.nullFiltered || index.whereNotNull.some((c) => sameName(c, columnName));
}

export function validateSearchIndex(index: Index, table: Table): void {
  validateIndexShape(index, table);
  for (const name of index.partitionBy) {
    if (isScalar(column(table, name).type, 'TOKENLIST')) throw searchIndexPartitionByTokenlist(index.name, name);
  }
  for (const part of index.orderBy) {
    const ordered = column(table, part.column);
    if (!ordered.notNull && !nullFiltered(index, ordered.name))
      throw searchIndexOrderByNullable(ordered.name, index.name);
    if (!isScalar(ordered.type, 'INT64'))
      throw searchIndexOrderByNotInteger(index.name, ordered.name, typeName(ordered.type));
  }
}

export function validateVectorIndex(index: Index, table: Table): void {
  validateIndexShape(index, table);
  const key = column(table, index.keys[0].column);
  const type = key.type;
  if (type.kind !== 'array') throw vectorIndexKeyNotArray(key.name, index.name);
  if (!isScalar(type.element, 'FLOAT32') && !isScalar(type.element, 'FLOAT64')) {
    throw vectorIndexKeyNotFloatArray(key.name, index.name);
  }
  if (key.vectorLength === null) throw vectorIndexKeyWithoutVectorLength(key.name, index.name);
  if (key.vectorLength > MAX_VECTOR_LENGTH) {
    throw vectorIndexKeyVectorLengthTooLarge(key.name, index.name, key.vectorLength, MAX_VECTOR_LENGTH);
  }
  if (!key.notNull && !nullFiltered(index, key.name)) throw vectorIndexKeyNullable(key.name, index.name);
}
