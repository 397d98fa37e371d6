/**
 * Search and vector indexes (CREATE SEARCH / VECTOR INDEX, ALTER and DROP of those kinds). They
 * live in the catalog's `indexes` collection with kind 'search' or 'vector', share the index
 * namespace and name rules, and are validated by search-index-rules.ts. They are not backfilled:
 * searching is the query engine's concern.
 */

import { assertNever } from '../../../errors/assert-never';
import {
  columnInIndexAlreadyExists,
  columnNotFoundInIndex,
  indexInterleaveTableNotFound,
  indexRefsNonExistentColumn,
  tooManyIndicesPerDatabase,
} from '../../../errors/index-errors';
import { columnNotFound, indexNotFound, tableNotFound } from '../../../errors/schema-errors';
import {
  alterVectorIndexOptionsUnsupported,
  alterVectorIndexStoredColumnUnsupported,
  searchIndexKeyOrderUnsupported,
  vectorIndexNotStoredColumn,
  vectorIndexPartitionByUnsupported,
  vectorIndexStoredColumnAlreadyExists,
  vectorIndexStoredColumnAlreadyPrimaryKey,
  vectorIndexStoredColumnIsKey,
  vectorIndexStoredColumnNotFound,
} from '../../../errors/search-index-errors';
import type {
  DdlAlterIndex,
  DdlCreateSearchIndex,
  DdlCreateVectorIndex,
  DdlDropIndex,
} from '../../../sql/ast/ddl-index';
import type { Catalog } from '../catalog/catalog';
import {
  findColumn,
  findColumnExact,
  findIndex,
  findTable,
  isKeyColumn,
  requireTable,
} from '../catalog/catalog-lookup';
import { assertObjectNameFree } from './object-namespace';
import { withIndex, withoutIndex } from '../catalog/catalog-updates';
import { sameName } from '../catalog/named-map';
import type { Index, IndexKind } from '../catalog/schema-objects';
import type { Table } from '../catalog/table';
import type { ApplyContext } from '../ddl/apply-context';
import { mergedOptions, nonNullOptions } from './object-options';
import { checkIndexDropByObjects } from './object-dependents';
import {
  checkSearchIndexOptionSyntax,
  checkVectorIndexOptionSyntax,
  inCanonicalOptionOrder,
  validateVectorIndexOptions,
} from './search-index-options';
import { validateSearchIndex, validateVectorIndex } from './search-index-rules';

export const MAX_INDEXES_PER_DATABASE = 5120;

/** The indexed table, with the checks every index creation starts with. */
function prepare(catalog: Catalog, name: string, tableName: string): Table {
  const table = findTable(catalog, tableName);
  if (table === undefined) throw tableNotFound(tableName);
  if (catalog.indexes.size >= MAX_INDEXES_PER_DATABASE) throw tooManyIndicesPerDatabase(name, MAX_INDEXES_PER_DATABASE);
  assertObjectNameFree(catalog, name);
  return table;
}

/**
 * Key and STORING columns must be spelled exactly; the other clauses may name, in any case, a
 * column the index already holds.
 */
function columnOf(table: Table, index: string, written: string, exact = false): string {
  const found = exact ? findColumnExact(table, written) : findColumn(table, written);
  if (found === undefined) throw indexRefsNonExistentColumn(index, written);
  return found.name;
}

export function createSearchIndex(catalog: Catalog, stmt: DdlCreateSearchIndex, ctx: ApplyContext): Catalog {
  const name = stmt.name.name;
  checkSearchIndexOptionSyntax(stmt.options ?? [], ctx.statementText);
  if (stmt.ifNotExists && findIndex(catalog, name) !== undefined) return catalog;
  const ordered = stmt.keys.find((k) => k.direction !== null);
  if (ordered !== undefined) throw searchIndexKeyOrderUnsupported(ordered.column.name, name);
  const table = prepare(catalog, name, stmt.table.name);
  const column = (written: string, exact = false) => columnOf(table, name, written, exact);
  const index: Index = {
    ...emptyIndex('search', name, table.name),
    keys: stmt.keys.map((k) => ({ column: column(k.column.name, true), direction: 'ASC' as const })),
    storing: stmt.storing.map((c) => column(c.name, true)),
    partitionBy: stmt.partitionBy.map((k) => column(k.column.name)),
    orderBy: stmt.orderBy.map((k) => ({ column: column(k.column.name), direction: k.direction ?? ('ASC' as const) })),
    whereNotNull: stmt.whereNotNull.map((c) => column(c.name)),
    interleaveIn: stmt.interleaveIn === null ? null : interleaveParent(catalog, name, stmt.interleaveIn.name),
    options: inCanonicalOptionOrder('search', nonNullOptions(stmt.options)),
  };
  validateSearchIndex(index, table);
  return withIndex(catalog, index);
}

function interleaveParent(catalog: Catalog, index: string, written: string): string {
  const parent = findTable(catalog, written);
  if (parent === undefined) throw indexInterleaveTableNotFound(index, written);
  return parent.name;
}

export function createVectorIndex(catalog: Catalog, stmt: DdlCreateVectorIndex, ctx: ApplyContext): Catalog {
  const name = stmt.name.name;
  checkVectorIndexOptionSyntax(stmt.options ?? [], ctx.statementText);
  if (stmt.partitionBy.length > 0) throw vectorIndexPartitionByUnsupported(name);
  if (stmt.ifNotExists && findIndex(catalog, name) !== undefined) return catalog;
  const table = prepare(catalog, name, stmt.table.name);
  const column = (written: string, exact = false) => columnOf(table, name, written, exact);
  const index: Index = {
    ...emptyIndex('vector', name, table.name),
    keys: [{ column: column(stmt.key.column.name, true), direction: stmt.key.direction ?? 'ASC' }],
    storing: stmt.storing.map((c) => column(c.name, true)),
    whereNotNull: stmt.whereNotNull.map((c) => column(c.name)),
    options: inCanonicalOptionOrder('vector', nonNullOptions(stmt.options)),
  };
  validateVectorIndexOptions(name, stmt.options ?? []);
  validateVectorIndex(index, table);
  return withIndex(catalog, index);
}

function emptyIndex(kind: IndexKind, name: string, table: string): Index {
  return {
    kind,
    name,
    table,
    unique: false,
    nullFiltered: false,
    keys: [],
    storing: [],
    partitionBy: [],
    orderBy: [],
    whereNotNull: [],
    interleaveIn: null,
    options: [],
    managed: false,
  };
}

/** The index named in an ALTER / DROP SEARCH|VECTOR INDEX, which must be of that kind. */
function indexOfKind(catalog: Catalog, name: string, kind: IndexKind): Index | undefined {
  const index = findIndex(catalog, name);
  return index !== undefined && index.kind === kind ? index : undefined;
}

export function alterSearchOrVectorIndex(catalog: Catalog, stmt: DdlAlterIndex, ctx: ApplyContext): Catalog {
  const kind = stmt.indexKind === 'vector' ? 'vector' : 'search';
  if (stmt.action.kind === 'setOptions' && kind === 'search')
    checkSearchIndexOptionSyntax(stmt.action.options, ctx.statementText);
  const index = indexOfKind(catalog, stmt.name.name, kind);
  if (index === undefined) throw indexNotFound(stmt.name.name);
  const table = requireTable(catalog, index.table);
  return kind === 'vector'
    ? alterVectorIndex(catalog, index, table, stmt.action)
    : alterSearchIndex(catalog, index, table, stmt.action);
}

function alterSearchIndex(catalog: Catalog, index: Index, table: Table, action: DdlAlterIndex['action']): Catalog {
  switch (action.kind) {
    case 'addStoredColumn': {
      const column = findColumn(table, action.column.name);
      if (column === undefined) throw columnNotFound(table.name, action.column.name);
      const present = [...index.keys.map((k) => k.column), ...table.primaryKey.map((k) => k.column), ...index.storing];
      if (present.some((c) => sameName(c, column.name))) throw columnInIndexAlreadyExists(index.name, column.name);
      if (column.name !== action.column.name) throw indexRefsNonExistentColumn(index.name, action.column.name);
      const updated = { ...index, storing: [...index.storing, column.name] };
      validateSearchIndex(updated, table);
      return withIndex(catalog, updated);
    }
    case 'dropStoredColumn':
    case 'alterStoredColumn': {
      const stored = index.storing.find((c) => sameName(c, action.column.name));
      if (stored === undefined) throw columnNotFoundInIndex(index.name, action.column.name);
      if (action.kind === 'alterStoredColumn') return catalog;
      return withIndex(catalog, { ...index, storing: index.storing.filter((c) => c !== stored) });
    }
    case 'setOptions':
      return withIndex(catalog, {
        ...index,
        options: inCanonicalOptionOrder('search', mergedOptions(index.options, action.options)),
      });
    default:
      return assertNever(action, 'ALTER SEARCH INDEX action');
  }
}

function alterVectorIndex(catalog: Catalog, index: Index, table: Table, action: DdlAlterIndex['action']): Catalog {
  switch (action.kind) {
    case 'addStoredColumn': {
      const name = action.column.name;
      const column = findColumn(table, name);
      if (column === undefined) throw vectorIndexStoredColumnNotFound(index.name, name);
      if (index.storing.some((c) => sameName(c, name))) throw vectorIndexStoredColumnAlreadyExists(index.name, name);
      if (isKeyColumn(table, name)) throw vectorIndexStoredColumnIsKey(index.name, name, table.name);
      if (index.keys.some((k) => sameName(k.column, name)))
        throw vectorIndexStoredColumnAlreadyPrimaryKey(index.name, name);
      if (column.name !== name) throw indexRefsNonExistentColumn(index.name, name);
      return withIndex(catalog, { ...index, storing: [...index.storing, column.name] });
    }
    case 'dropStoredColumn': {
      const name = action.column.name;
      const stored = index.storing.find((c) => sameName(c, name));
      if (stored !== undefined)
        return withIndex(catalog, { ...index, storing: index.storing.filter((c) => c !== stored) });
      if (index.keys.some((k) => sameName(k.column, name))) throw vectorIndexNotStoredColumn(index.name, name);
      throw columnNotFound(index.name, name);
    }
    case 'alterStoredColumn':
      throw alterVectorIndexStoredColumnUnsupported();
    case 'setOptions':
      throw alterVectorIndexOptionsUnsupported();
    default:
      return assertNever(action, 'ALTER VECTOR INDEX action');
  }
}

export function dropSearchOrVectorIndex(catalog: Catalog, stmt: DdlDropIndex, ctx: ApplyContext): Catalog {
  void ctx;
  const kind = stmt.indexKind === 'vector' ? 'vector' : 'search';
  const index = indexOfKind(catalog, stmt.name.name, kind);
  if (index === undefined) {
    if (stmt.ifExists && findIndex(catalog, stmt.name.name) === undefined) return catalog;
    throw indexNotFound(stmt.name.name);
  }
  checkIndexDropByObjects(catalog, index.name);
  return withoutIndex(catalog, index.name);
}
