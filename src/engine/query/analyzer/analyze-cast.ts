/**
 * CAST and SAFE_CAST: the target type must exist ("Type not found: INT32") and the conversion be
 * one Spanner allows ("Invalid cast from BOOL to DATE"); arrays cast only to their own type. A
 * FORMAT clause parses but Spanner does not support it.
 */

import { castFormatNotSupported, invalidArrayCast, invalidCast } from '../../../errors/analyzer-errors';
import type { CastExpression } from '../../../sql/ast/expression';
import type { AnalyzerContext } from './analyzer-context';
import { castVerdict } from './cast-rules';
import { coerceExpression, convertedLiteral } from './coerce-expression';
import { isScalar, typeName } from './sql-type';
import { typeFromNode } from './type-from-syntax';
import type { TypedExpression } from './typed-expression';

export function analyzeCast(e: CastExpression, ctx: AnalyzerContext): TypedExpression {
  const target = typeFromNode(e.type, ctx);
  const expr = ctx.analyze(e.expr, ctx);
  const site = ctx.site(e.expr.loc);
  if (expr.coercibility !== 'untyped') {
    const verdict = castVerdict(expr.type, target);
    if (verdict === 'invalid') throw invalidCast(typeName(expr.type), typeName(target), site);
    if (verdict === 'arrayElements') throw invalidArrayCast(typeName(expr.type), typeName(target), site);
  }
  // GoogleSQL parses `CAST(x AS T FORMAT f)`; Spanner refuses it, pointing at FORMAT.
  if (e.format !== null) throw castFormatNotSupported(ctx.siteOfWordAfter(e.expr.loc, 'FORMAT'));
  // An explicit CAST fixes the type: the result no longer coerces like an untyped NULL or parameter.
  if (expr.coercibility === 'untyped') return { ...coerceExpression(expr, target, site), coercibility: 'expression' };
  // A FLOAT64 literal becomes NUMERIC from its digits (CAST(1e28 AS NUMERIC) is exactly 1e28),
  // which only analysis can do: evaluation sees the double.
  if (expr.kind === 'literal' && isScalar(expr.type, 'FLOAT64') && isScalar(target, 'NUMERIC')) {
    const folded = convertedLiteral(expr, target);
    if (folded !== null) return folded;
  }
  return { kind: 'cast', type: target, coercibility: 'expression', safe: e.safe, expr, format: null };
}
