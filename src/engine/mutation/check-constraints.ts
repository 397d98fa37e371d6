/**
 * CHECK constraints, evaluated once the whole batch has been applied, over the final state of
 * each row it wrote (so a row may pass through a violating state within the batch): FALSE
 * violates, TRUE and NULL pass. Generated columns are already computed in the row. The
 * expressions are the schema's (TableExpressions); existing rows meeting a new CHECK are the DDL
 * side's (schema/evaluation/check-data.ts).
 */
import { checkConstraintViolated } from '../../errors/constraint-errors';
import { columnPosition } from '../storage/row-shape';
import { keyTextOf } from './key-text-of';
import type { MutationBatch, Row, TouchedRow } from './mutation-batch';

/** Checks the CHECK constraints of the row `touched`, whose final state is `current`. */
export function verifyChecks(batch: MutationBatch, touched: TouchedRow, current: Row | null): void {
  const { table, layouts } = touched.target;
  if (current === null || table.checks.length === 0) return;
  const expressions = batch.expressionsOf(table);
  const scoped = expressions.columns.map((c) => current[columnPosition(layouts.table, c.name)]);
  for (const check of table.checks) {
    const compiled = expressions.check(check.name);
    if (compiled !== undefined && compiled.evaluate(scoped, batch.evaluation) === false) {
      throw checkConstraintViolated(table.name, check.name, keyTextOf(layouts.table, current));
    }
  }
}
