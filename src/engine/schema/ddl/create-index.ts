/**
 * CREATE [UNIQUE] [NULL_FILTERED] INDEX [IF NOT EXISTS] ... [STORING (...)] [, INTERLEAVE IN t]:
 * resolves the columns against the indexed table, decides how the index interleaves, validates it
 * (index-rules.ts) and, for UNIQUE, asks the existing rows whether keys collide.
 */

import {
  indexInterleaveTableNotFound,
  indexKeysNotInterleavePrefix,
  indexRefsNonExistentColumn,
  tooManyIndicesPerDatabase,
  tooManyIndicesPerTable,
  uniqueIndexViolationOnIndexCreation,
} from '../../../errors/index-errors';
import { tableNotFound } from '../../../errors/schema-errors';
import type { DdlCreateIndex } from '../../../sql/ast/ddl-index';
import type { Catalog } from '../catalog/catalog';
import { findColumn, findColumnExact, findIndex, findTable, indexesOnTable } from '../catalog/catalog-lookup';
import { withIndex } from '../catalog/catalog-updates';
import { sameName } from '../catalog/named-map';
import type { Index } from '../catalog/schema-objects';
import type { Table } from '../catalog/table';
import type { ApplyContext } from './apply-context';
import { assertNameAvailable } from './schema-names';
import { nonNullOptions } from '../objects/object-options';
import { indexDataKey, validateIndex } from './index-rules';
import { ancestorsOf } from './interleave-rules';

export const MAX_INDEXES_PER_DATABASE = 5120;
export const MAX_INDEXES_PER_TABLE = 128;

export function createIndex(catalog: Catalog, stmt: DdlCreateIndex, ctx: ApplyContext): Catalog {
  const name = stmt.name.name;
  if (stmt.ifNotExists && findIndex(catalog, name) !== undefined) return catalog;
  const table = findTable(catalog, stmt.table.name);
  if (table === undefined) throw tableNotFound(stmt.table.name);
  if (catalog.indexes.size >= MAX_INDEXES_PER_DATABASE) throw tooManyIndicesPerDatabase(name, MAX_INDEXES_PER_DATABASE);
  assertNameAvailable(catalog, name);
  // Key and STORING columns must be spelled exactly; WHERE ... IS NOT NULL may use any case.
  const column = (written: string, exact = true): string => {
    const found = exact ? findColumnExact(table, written) : findColumn(table, written);
    if (found === undefined) throw indexRefsNonExistentColumn(name, written);
    return found.name;
  };
  const keys = stmt.keys.map((k) => ({ column: column(k.column.name), direction: k.direction ?? ('ASC' as const) }));
  const index: Index = {
    kind: 'index',
    name,
    table: table.name,
    unique: stmt.unique,
    nullFiltered: stmt.nullFiltered,
    keys,
    storing: [],
    partitionBy: [],
    orderBy: [],
    whereNotNull: [],
    interleaveIn: null,
    options: nonNullOptions(stmt.options),
    managed: false,
  };
  const interleaved = { ...index, interleaveIn: interleaveParent(catalog, index, table, stmt) };
  const storing = stmt.storing.map((c) => column(c.name));
  const complete = { ...interleaved, storing, whereNotNull: stmt.whereNotNull.map((c) => column(c.name, false)) };
  validateIndex(catalog, complete, table);
  if (indexesOnTable(catalog, table.name).length >= MAX_INDEXES_PER_TABLE) {
    throw tooManyIndicesPerTable(name, table.name, MAX_INDEXES_PER_TABLE);
  }
  checkUniqueness(complete, ctx);
  return withIndex(catalog, complete);
}

/** The table the index interleaves in, checking that its key can be a child of that table's key. */
function interleaveParent(catalog: Catalog, index: Index, table: Table, stmt: DdlCreateIndex): string | null {
  if (stmt.interleaveIn === null) return null;
  const written = stmt.interleaveIn.name;
  const parent = sameName(written, table.name) ? table : findTable(catalog, written);
  if (parent === undefined) throw indexInterleaveTableNotFound(index.name, written);
  const local = sameName(parent.name, table.name) || ancestorsOf(catalog, table).includes(parent);
  const dataKey = indexDataKey(index, table);
  const prefix = parent.primaryKey.every((k, i) => dataKey[i] !== undefined && sameName(dataKey[i].column, k.column));
  if (!(local && prefix) && parent.primaryKey.length > index.keys.length) {
    throw indexKeysNotInterleavePrefix(index.name, parent.name);
  }
  return parent.name;
}

function checkUniqueness(index: Index, ctx: ApplyContext): void {
  if (!index.unique) return;
  const columns = index.keys.map((k) => k.column);
  const duplicate = ctx.data.findDuplicateValues(index.table, columns, index.nullFiltered);
  if (duplicate !== null) throw uniqueIndexViolationOnIndexCreation(index.name, duplicate);
}
