/** ALTER INDEX ADD / DROP STORED COLUMN, ALTER STORED COLUMN and SET OPTIONS on secondary indexes. */

import { assertNever } from '../../../errors/assert-never';
import {
  columnInIndexAlreadyExists,
  columnNotFoundInIndex,
  indexRefsNonExistentColumn,
} from '../../../errors/index-errors';
import { columnNotFound } from '../../../errors/schema-errors';
import type { DdlAlterIndex } from '../../../sql/ast/ddl-index';
import type { Catalog } from '../catalog/catalog';
import { findColumn, requireIndex, requireTable } from '../catalog/catalog-lookup';
import { withIndex } from '../catalog/catalog-updates';
import { mergeOptions } from '../catalog/database-options';
import { sameName } from '../catalog/named-map';
import type { Index } from '../catalog/schema-objects';
import type { ApplyContext } from './apply-context';
import { indexDataKey, validateIndex } from './index-rules';

export function alterIndex(catalog: Catalog, stmt: DdlAlterIndex, ctx: ApplyContext): Catalog {
  void ctx;
  const index = requireIndex(catalog, stmt.name.name);
  const action = stmt.action;
  switch (action.kind) {
    case 'addStoredColumn':
      return addStoredColumn(catalog, index, action.column.name);
    case 'dropStoredColumn': {
      const stored = index.storing.find((c) => sameName(c, action.column.name));
      if (stored === undefined) throw columnNotFoundInIndex(index.name, action.column.name);
      return withIndex(catalog, { ...index, storing: index.storing.filter((c) => c !== stored) });
    }
    case 'alterStoredColumn':
      if (!index.storing.some((c) => sameName(c, action.column.name))) {
        throw columnNotFoundInIndex(index.name, action.column.name);
      }
      return catalog;
    case 'setOptions':
      return withIndex(catalog, { ...index, options: mergeOptions(index.options, action.options) });
    default:
      return assertNever(action, 'ALTER INDEX action');
  }
}

function addStoredColumn(catalog: Catalog, index: Index, columnName: string): Catalog {
  const table = requireTable(catalog, index.table);
  const column = findColumn(table, columnName);
  if (column === undefined) throw columnNotFound(table.name, columnName);
  const present = [...indexDataKey(index, table).map((k) => k.column), ...index.storing, ...index.whereNotNull];
  if (present.some((c) => sameName(c, column.name))) throw columnInIndexAlreadyExists(index.name, column.name);
  // Found regardless of case above, but the stored column itself must be named exactly.
  if (column.name !== columnName) throw indexRefsNonExistentColumn(index.name, columnName);
  const updated = { ...index, storing: [...index.storing, column.name] };
  validateIndex(catalog, updated, table);
  return withIndex(catalog, updated);
}
