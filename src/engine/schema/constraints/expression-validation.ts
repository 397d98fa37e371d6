/**
 * Analysis of an expression stored in the schema (generated column, DEFAULT, CHECK) against its
 * table, in Spanner's order: parse, type for assignment to the required type, then the rules of
 * column expressions (functions Spanner offers, PENDING_COMMIT_TIMESTAMP() only as a whole
 * DEFAULT, no subqueries, determinism unless the context allows volatile functions, a maximum
 * depth). Errors come back unwrapped; each context adds its own prefix.
 */

import {
  pendingCommitTimestampValueOnly,
  unsupportedBuiltinFunction,
  withCaretSnippet,
} from '../../../errors/analyzer-errors';
import { expressionTooDeep, nonDeterministicFunction, nonScalarExpression } from '../../../errors/constraint-errors';
import { SpannerError } from '../../../errors/spanner-error';
import type { Expression } from '../../../sql/ast/expression';
import { parseExpression } from '../../../sql/index';
import {
  analyzeExpressionForAssignment,
  childrenOf,
  expressionDepth,
  lookupFunction,
  referencedColumns,
  type ScopeColumn,
  type SqlType,
  type TypedExpression,
} from '../../query/analyzer/index';

/** Spanner's limit on the depth of a column expression's resolved tree. */
const MAX_EXPRESSION_DEPTH = 20;

export interface ExpressionRules {
  /** How messages name the context: "check constraints", "stored generated columns", "column default". */
  readonly use: string;
  /** DEFAULT allows volatile functions (CURRENT_TIMESTAMP, GENERATE_UUID). */
  readonly allowVolatile: boolean;
  /** DEFAULT may be exactly PENDING_COMMIT_TIMESTAMP(). */
  readonly allowPendingCommitTimestamp: boolean;
  /** Generated columns are analyzed with their parentheses, so positions count them. */
  readonly parenthesized: boolean;
  readonly resolveSequence?: (name: string) => string | null;
}

export interface ValidatedExpression {
  readonly typed: TypedExpression;
  /** Names (as declared) of the scope columns the expression reads, in first-use order. */
  readonly columns: readonly string[];
  readonly isPendingCommitTimestamp: boolean;
}

/**
 * The text analyzed and its parse; syntax errors get Spanner's caret snippet. `fallback` is the
 * DDL parser's AST, null when the text did not parse there either.
 */
function parseStored(text: string, fallback: Expression | null): { text: string; ast: Expression; base: number } {
  try {
    return { text, ast: parseExpression(text), base: 0 };
  } catch (e) {
    if (!(e instanceof SpannerError)) throw e;
    // A parenthesised query is kept by the DDL parser as a subquery; analysis refuses it later.
    if (fallback?.kind === 'subquery') return { text, ast: fallback, base: fallback.loc.start };
    throw new SpannerError(e.code, withCaretSnippet(e.message, text), e.details);
  }
}

export function validateSchemaExpression(
  storedText: string,
  storedAst: Expression | null,
  target: SqlType,
  scope: readonly ScopeColumn[],
  rules: ExpressionRules,
): ValidatedExpression {
  const source = rules.parenthesized ? `(${storedText})` : storedText;
  const { text, ast, base } = parseStored(source, storedAst);
  const typed = analyzeExpressionForAssignment(ast, target, {
    columns: scope,
    text,
    baseOffset: base,
    subqueries: { kind: 'deferred', nonScalarError: () => nonScalarExpression(rules.use) },
    resolveSequence: rules.resolveSequence,
  });
  const columns = referencedColumns(typed).map((i) => scope[i].name);
  if (rules.allowPendingCommitTimestamp && isPendingCommitTimestampCall(typed)) {
    return { typed, columns, isPendingCommitTimestamp: true };
  }
  checkColumnExpressionRules(typed, rules);
  const depth = expressionDepth(typed);
  if (depth > MAX_EXPRESSION_DEPTH) throw expressionTooDeep(depth, MAX_EXPRESSION_DEPTH);
  return { typed, columns, isPendingCommitTimestamp: false };
}

function isPendingCommitTimestampCall(e: TypedExpression): boolean {
  return e.kind === 'call' && e.fn === 'pending_commit_timestamp' && e.args.length === 0;
}

/**
 * One walk, as Spanner's validator visits: a call's own checks, then its arguments, then (for
 * determinism) the call itself, so the innermost offending function is the one named.
 */
function checkColumnExpressionRules(e: TypedExpression, rules: ExpressionRules): void {
  if (e.kind === 'subquery') throw nonScalarExpression(rules.use);
  const def = e.kind === 'call' && !e.fn.startsWith('$') ? lookupFunction(e.fn) : undefined;
  if (def !== undefined && !def.supported) throw unsupportedBuiltinFunction(def.name);
  if (def !== undefined && def.name === 'PENDING_COMMIT_TIMESTAMP') throw pendingCommitTimestampValueOnly();
  for (const child of childrenOf(e)) checkColumnExpressionRules(child, rules);
  if (def !== undefined && def.volatility !== 'immutable' && !rules.allowVolatile) {
    throw nonDeterministicFunction(def.name, rules.use);
  }
}
