/**
 * Generated (AS (...) [STORED]), DEFAULT and ON UPDATE column expressions: validation against the
 * table's columns and the analyzed form stored in the catalog; and the rules these expressions,
 * check constraints and foreign keys impose on changing a column (column-change-rules.ts).
 */

import { defaultAndGeneratedColumn } from '../../../errors/constraint-errors';
import type { Catalog } from '../catalog/catalog';
import { findColumn, requireTable } from '../catalog/catalog-lookup';
import { updateTable } from '../catalog/catalog-updates';
import { sameName } from '../catalog/named-map';
import type { Column, Table } from '../catalog/table';
import type { ApplyContext } from '../ddl/apply-context';
import { checkColumnChange } from './column-change-rules';
import { analyzeDefault, checkDefaultRules, checkOnUpdate } from './default-values';
import { analyzeGeneratedColumn, checkGeneratedColumn, checkGeneratedColumnCycles } from './generated-columns';

/**
 * Validates the generated / DEFAULT / ON UPDATE expressions of the named columns of `tableName`
 * and returns the catalog with those expressions analyzed (their `dependencies` filled in).
 * Called after the table (or the new / redefined column) is in the catalog with the expressions as
 * written: by CREATE TABLE (every column that has one), ALTER TABLE ADD COLUMN, ALTER COLUMN.
 */
export function analyzeColumnExpressions(
  catalog: Catalog,
  tableName: string,
  columnNames: readonly string[],
  ctx: ApplyContext,
): Catalog {
  void ctx;
  let next = catalog;
  for (const name of columnNames) {
    const table = requireTable(next, tableName);
    const column = findColumn(table, name);
    if (column === undefined) continue;
    const analyzed = analyzeColumn(next, table, column);
    next = updateTable(next, tableName, (t) => ({
      ...t,
      columns: t.columns.map((c) => (sameName(c.name, name) ? analyzed : c)),
    }));
  }
  const table = requireTable(next, tableName);
  checkGeneratedColumnCycles(table);
  for (const column of table.columns) checkGeneratedColumn(table, column);
  return next;
}

function analyzeColumn(catalog: Catalog, table: Table, column: Column): Column {
  // Only SET DEFAULT on a generated column gets here (a definition with both does not parse).
  if (column.generated !== null && column.defaultValue !== null)
    throw defaultAndGeneratedColumn(`${table.name}.${column.name}`);
  let result = column;
  if (column.generated !== null) {
    result = {
      ...result,
      generated: { ...column.generated, expression: analyzeGeneratedColumn(catalog, table, column) },
    };
  }
  const analyzedDefault = analyzeDefault(catalog, table, column);
  if (analyzedDefault !== null) result = { ...result, defaultValue: analyzedDefault.expression };
  const pending = analyzedDefault?.isPendingCommitTimestamp ?? false;
  checkDefaultRules(result, pending);
  checkOnUpdate(table, result, pending);
  return result;
}

/**
 * Refuses an ALTER COLUMN (`before` -> `after`, same name) that generated columns, check
 * constraints or foreign keys depending on the column do not allow. Called before the change.
 */
export function checkColumnChangeByConstraints(
  catalog: Catalog,
  tableName: string,
  before: Column,
  after: Column,
): void {
  checkColumnChange(catalog, requireTable(catalog, tableName), before, after);
}
