/**
 * ALTER TABLE ADD COLUMN [IF NOT EXISTS]: the new column goes last; Spanner refuses a NOT NULL
 * column without a DEFAULT (or generation) on an existing table, rows or not.
 */

import { addingNotNullColumn } from '../../../errors/schema-alter-errors';
import type { DdlAlterTableAction } from '../../../sql/ast/ddl-table';
import type { Catalog } from '../catalog/catalog';
import { findColumn, requireTable } from '../catalog/catalog-lookup';
import { updateTable } from '../catalog/catalog-updates';
import type { Table } from '../catalog/table';
import { analyzeColumnExpressions } from '../constraints/column-expressions';
import type { ApplyContext } from './apply-context';
import { buildColumn, hasColumnExpression } from './column-builder';
import { checkColumnDefinition } from './column-rules';
import { checkNewIdentityColumn } from './identity-columns';
import { validateTable } from './table-rules';

type AddColumn = Extract<DdlAlterTableAction, { kind: 'addColumn' }>;

export function addColumn(catalog: Catalog, table: Table, action: AddColumn, ctx: ApplyContext): Catalog {
  if (action.ifNotExists && findColumn(table, action.column.name.name) !== undefined) return catalog;
  const column = buildColumn(catalog, action.column);
  checkColumnDefinition(table.name, column);
  checkNewIdentityColumn(catalog, table.name, column);
  let next = updateTable(catalog, table.name, (t) => ({ ...t, columns: [...t.columns, column] }));
  if (hasColumnExpression(column)) next = analyzeColumnExpressions(next, table.name, [column.name], ctx);
  validateTable(next, requireTable(next, table.name));
  if (column.notNull && column.generated === null && column.defaultValue === null && column.identity === null) {
    throw addingNotNullColumn(table.name, column.name);
  }
  return next;
}
