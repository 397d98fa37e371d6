/**
 * Subqueries inside expressions. There is no query analyzer yet, so they are typed only in the
 * simple shapes column expressions meet (`(SELECT expr)`, `ARRAY(SELECT expr)`, EXISTS, IN) and
 * left as `subquery` nodes for a caller that refuses them after type checking (Spanner reports a
 * type mismatch before "Cannot use non-scalar expressions"). Anything else is refused at once.
 */

import { subqueryNotSupported } from '../../../errors/analyzer-errors';
import type {
  ArraySubquery,
  ExistsExpression,
  InSubqueryExpression,
  SubqueryExpression,
} from '../../../sql/ast/expression';
import type { Query, QueryExpression } from '../../../sql/ast/query';
import type { AnalyzerContext } from './analyzer-context';
import { arrayOf, BOOL, type SqlType } from './sql-type';
import type { TypedExpression, TypedSubquery } from './typed-expression';

type SubqueryAst = SubqueryExpression | ArraySubquery | ExistsExpression | InSubqueryExpression;

export function analyzeSubquery(e: SubqueryAst, ctx: AnalyzerContext): TypedExpression {
  const policy = ctx.subqueries;
  if (policy.kind === 'unsupported') throw subqueryNotSupported(ctx.site(e.loc));
  const operand = e.kind === 'inSubquery' ? ctx.analyze(e.operand, ctx) : null;
  let type: SqlType | null;
  switch (e.kind) {
    case 'exists':
    case 'inSubquery':
      type = BOOL;
      break;
    case 'subquery':
      type = singleColumnType(e.query, ctx);
      break;
    case 'arraySubquery': {
      const element = singleColumnType(e.query, ctx);
      type = element === null ? null : arrayOf(element);
      break;
    }
  }
  if (type === null) throw policy.nonScalarError();
  const form =
    e.kind === 'subquery' ? 'scalar' : e.kind === 'arraySubquery' ? 'array' : e.kind === 'exists' ? 'exists' : 'in';
  const node: TypedSubquery = { kind: 'subquery', form, query: e.query, operand, type, coercibility: 'expression' };
  return node;
}

/** The type of a FROM-less query's single output column, or null when the shape is not that simple. */
function singleColumnType(query: Query | QueryExpression, ctx: AnalyzerContext): SqlType | null {
  switch (query.kind) {
    case 'query':
      return query.with === null ? singleColumnType(query.body, ctx) : null;
    case 'setOperation':
      return singleColumnType(query.inputs[0], ctx);
    case 'select': {
      const [column] = query.columns;
      if (query.from !== null || query.columns.length !== 1 || column.kind !== 'selectColumn') return null;
      return ctx.analyze(column.expr, ctx).type;
    }
    case 'fromQuery':
      return null;
  }
}
