/**
 * CHECK constraints: a BOOL expression over the table's columns, deterministic, without
 * subqueries, reading at least one non-generated column (directly or through generated columns)
 * and no commit timestamp column. Unnamed ones get Spanner's generated `CK_...` name. Existing rows
 * are evaluated by ../evaluation/check-data.ts.
 */

import {
  checkConstraintExpressionError,
  checkConstraintWithoutNonGeneratedColumn,
  commitTimestampColumnInCheckConstraint,
} from '../../../errors/constraint-errors';
import { SpannerError } from '../../../errors/spanner-error';
import type { DdlCheckConstraint } from '../../../sql/ast/ddl-table';
import type { Catalog } from '../catalog/catalog';
import { assertSchemaNameFree, findColumn, requireTable } from '../catalog/catalog-lookup';
import { updateTable } from '../catalog/catalog-updates';
import type { CheckConstraint, Table } from '../catalog/table';
import { BOOL } from '../../query/analyzer/index';
import { generatedCheckConstraintName, validateConstraintName } from './constraint-names';
import { validateSchemaExpression } from './expression-validation';
import { readsNonGeneratedColumn } from './generated-columns';
import { columnDependencies, columnRefs, isCommitTimestampColumn, sequenceResolver, tableScope } from './table-scope';

const UNNAMED = '<unnamed>';

export function addCheckConstraint(catalog: Catalog, tableName: string, ddl: DdlCheckConstraint): Catalog {
  const table = requireTable(catalog, tableName);
  const named = ddl.name !== null;
  if (ddl.name !== null) assertSchemaNameFree(catalog, ddl.name.name);
  const name = ddl.name?.name ?? generatedCheckConstraintName(catalog, table.name);
  const text = ddl.expression.text;
  let columns: readonly string[];
  try {
    columns = validateSchemaExpression(text, ddl.expression.ast, BOOL, tableScope(table), {
      use: 'check constraints',
      allowVolatile: false,
      allowPendingCommitTimestamp: false,
      parenthesized: false,
      resolveSequence: sequenceResolver(catalog),
    }).columns;
  } catch (e) {
    if (e instanceof SpannerError)
      throw checkConstraintExpressionError(table.name, text, named ? name : UNNAMED, e.message);
    throw e;
  }
  if (named) validateConstraintName('', name);
  const check: CheckConstraint = {
    name,
    named,
    expression: { text, ast: ddl.expression.ast, dependencies: columnRefs(table.name, columns) },
  };
  validateCheckConstraint(table, check);
  return updateTable(catalog, table.name, (t) => ({ ...t, checks: [...t.checks, check] }));
}

/** The rules checked again whenever the columns a check reads change. */
export function validateCheckConstraint(table: Table, check: CheckConstraint): void {
  const columns = columnDependencies(check.expression);
  if (!readsNonGeneratedColumn(table, columns)) {
    throw checkConstraintWithoutNonGeneratedColumn(table.name, check.name, check.expression.text);
  }
  for (const name of columns) {
    const column = findColumn(table, name);
    if (column !== undefined && isCommitTimestampColumn(column))
      throw commitTimestampColumnInCheckConstraint(column.name);
  }
}

/** Check constraints of `table` that read `column` directly. */
export function checksReading(table: Table, column: string): CheckConstraint[] {
  const key = column.toLowerCase();
  return table.checks.filter((c) => columnDependencies(c.expression).some((d) => d.toLowerCase() === key));
}
