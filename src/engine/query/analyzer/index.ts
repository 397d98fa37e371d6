/**
 * The expression analyzer's public API: resolve names and compute the type of a GoogleSQL
 * expression against a scope of typed columns, producing a typed expression tree
 * (typed-expression.ts) that an executor can compile. Also the checks contexts apply afterwards
 * (expression-properties.ts). The query analyzer will build on this with scopes for FROM items,
 * grouping and subqueries.
 */

import { expectedType, unsupportedBuiltinFunction, withCaretSnippet } from '../../../errors/analyzer-errors';
import { SpannerError } from '../../../errors/spanner-error';
import type { Expression } from '../../../sql/ast/expression';
import { parseExpression } from '../../../sql/index';
import { AnalyzerContext, type AnalyzerOptions } from './analyzer-context';
import { assignableTo } from './coercion';
import { coerceExpression } from './coerce-expression';
import { analyzeNode } from './expression-analyzer';
import { firstUnsupportedFunction } from './expression-properties';
import { typeName, type SqlType } from './sql-type';
import type { TypedExpression } from './typed-expression';

export type { AnalyzerOptions, ScopeColumn, SubqueryPolicy } from './analyzer-context';
export type * from './typed-expression';
export type { SqlValue } from './sql-value';
export * from './sql-type';
export * from './expression-properties';
export { childrenOf } from './typed-expression';
export { typeFromColumnType, typeFromNode, type NamedTypeResolver } from './type-from-syntax';
export { valueTypeOf } from './value-type';
export { lookupFunction, allFunctions } from './functions/function-registry';
export { DEFAULT_TIME_ZONE } from './date-time-text';

/** Analyzes an already parsed expression; AST offsets minus `options.baseOffset` index `options.text`. */
export function analyzeExpression(ast: Expression, options: AnalyzerOptions): TypedExpression {
  const ctx = new AnalyzerContext(options, analyzeNode);
  return analyzeNode(ast, ctx);
}

/**
 * Analyzes an expression whose value must have type `target` (a column's value, a required BOOL):
 * GoogleSQL's assignment rules, "Expected type BOOL; found FLOAT64" otherwise. The result has
 * exactly the target type.
 */
export function analyzeExpressionForAssignment(
  ast: Expression,
  target: SqlType,
  options: AnalyzerOptions,
): TypedExpression {
  const ctx = new AnalyzerContext(options, analyzeNode);
  const typed = analyzeNode(ast, ctx);
  if (!assignableTo(typed, target)) throw expectedType(typeName(target), typeName(typed.type), ctx.site(ast.loc));
  return coerceExpression(typed, target, ctx.site(ast.loc));
}

/**
 * Parses `options.text` as one expression and analyzes it. Syntax errors get the source line and
 * caret that analysis errors carry.
 */
export function parseAndAnalyzeExpression(options: AnalyzerOptions, target: SqlType | null = null): TypedExpression {
  let ast: Expression;
  try {
    ast = parseExpression(options.text);
  } catch (e) {
    if (e instanceof SpannerError) throw new SpannerError(e.code, withCaretSnippet(e.message, options.text), e.details);
    throw e;
  }
  const opts = { ...options, baseOffset: 0 };
  return target === null ? analyzeExpression(ast, opts) : analyzeExpressionForAssignment(ast, target, opts);
}

/**
 * Spanner's checks on top of GoogleSQL's, run after analysis (so type errors come first, as in
 * Spanner): functions GoogleSQL has but Spanner does not offer.
 */
export function validateSpannerFunctions(e: TypedExpression): void {
  const unsupported = firstUnsupportedFunction(e);
  if (unsupported !== undefined) throw unsupportedBuiltinFunction(unsupported);
}
