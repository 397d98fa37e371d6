/**
 * Query parameters (`@name`): typed when the caller declares the type, otherwise untyped, taking
 * whatever type their use requires (as GoogleSQL infers undeclared parameters).
 */

import type { Parameter } from '../../../sql/ast/expression';
import type { AnalyzerContext } from './analyzer-context';
import { INT64 } from './sql-type';
import type { TypedExpression } from './typed-expression';

export function analyzeParameter(e: Parameter, ctx: AnalyzerContext): TypedExpression {
  const declared = ctx.parameterType(e.name);
  if (declared !== undefined) return { kind: 'parameter', name: e.name, type: declared, coercibility: 'expression' };
  return { kind: 'parameter', name: e.name, type: INT64, coercibility: 'untyped' };
}
