/**
 * Evaluates a new CHECK constraint over the rows a table already holds, as Spanner does when
 * ALTER TABLE adds one: the first row (in key order) for which it is FALSE fails the statement
 * (NULL passes). Generated columns are computed from the stored values first, so a check may read
 * them whether or not they are stored.
 */

import { checkConstraintViolated } from '../../../errors/constraint-errors';
import { evalContext } from '../../query/evaluator/index';
import type { Catalog } from '../catalog/catalog';
import { requireTable } from '../catalog/catalog-lookup';
import type { ApplyContext } from '../ddl/apply-context';
import { TableExpressions } from './table-expressions';

/** Throws checkConstraintViolated for the first row of `tableName` that `checkName` rejects. */
export function checkConstraintRows(catalog: Catalog, tableName: string, checkName: string, ctx: ApplyContext): void {
  const table = requireTable(catalog, tableName);
  if (!ctx.data.tableHasRows(table.name)) return;
  const expressions = new TableExpressions(catalog, table);
  const check = expressions.check(checkName);
  if (check === undefined) return;
  const names = expressions.columns.map((c) => c.name);
  const keyColumns = table.primaryKey.map((p) => p.column);
  const evaluation = evalContext({ statementTime: 0n });
  for (const stored of ctx.data.scanRows(table.name, [...names, ...keyColumns])) {
    const row = stored.slice(0, names.length);
    expressions.computeGenerated(row, evaluation, check.reads);
    if (check.evaluate(row, evaluation) === false) {
      const key = ctx.data.valuesText(table.name, keyColumns, stored.slice(names.length));
      throw checkConstraintViolated(table.name, check.name, key);
    }
  }
}
