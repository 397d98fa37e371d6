/**
 * The GoogleSQL front end's public entry points: parse statements (cached by text), expressions
 * and types from text; reprint ASTs; recover a node's original source text. The parse functions
 * that work on a TokenCursor (for the DDL parser and other embedders) are exported too. Nothing
 * here analyzes or executes SQL.
 */

import { nestingTooDeep } from '../errors/sql-errors';
import type { Expression } from './ast/expression';
import type { Statement } from './ast/statement';
import type { TypeNode } from './ast/type';
import { parseExpression as parseExpressionAt } from './parser/expression-parser';
import { parseSingleStatement, parseStatementList, StatementKind } from './parser/statement-parser';
import { TokenCursor } from './parser/token-cursor';
import { parseType as parseTypeAt } from './parser/type-parser';
import { StatementCache } from './statement-cache';

export type { StatementKind } from './parser/statement-parser';
export * from './ast/node';
export * from './ast/type';
export * from './ast/expression';
export * from './ast/query';
export * from './ast/from';
export * from './ast/dml';
export * from './ast/statement';
export { TokenCursor, MAX_NESTING_DEPTH } from './parser/token-cursor';
export type { CursorMark, SyntaxWording } from './parser/token-cursor';
export { tokenize } from './lexer';
export type { Token, TokenKind } from './token';
export { parseExpression as parseExpressionAt } from './parser/expression-parser';
export { parseType as parseTypeAt } from './parser/type-parser';
export { parseQuery as parseQueryAt } from './parser/query-parser';
export { printExpression } from './printer/expression-printer';
export { printType } from './printer/type-printer';
export { printQuery } from './printer/query-printer';
export { printStatement } from './printer/statement-printer';
export { sourceText } from './printer/source-text';

const singleCache = new StatementCache<Statement>(1000);
const listCache = new StatementCache<Statement[]>(1000);

/**
 * Runs a parse; a stack overflow that slips past the depth guard (e.g. when called from an
 * already deep stack) still becomes a syntax error rather than a crash.
 */
function guarded<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof RangeError) throw nestingTooDeep({ line: 1, column: 1 });
    throw e;
  }
}

/** DDL reads and fails as Spanner's DDL parser does; everything else as GoogleSQL. */
function cursorFor(text: string, kind: StatementKind): TokenCursor {
  return new TokenCursor(text, kind === 'ddl' ? 'ddl' : 'googlesql');
}

/** Parses exactly one statement (a trailing `;` allowed). Results are cached; never mutate them. */
export function parseStatement(text: string, kind: StatementKind = 'any'): Statement {
  const key = `${kind}\u0000${text}`;
  const cached = singleCache.get(key);
  if (cached) return cached;
  const stmt = guarded(() => parseSingleStatement(cursorFor(text, kind), kind));
  singleCache.set(key, stmt);
  return stmt;
}

/** Parses one or more `;`-separated statements (a trailing `;` allowed). Cached like parseStatement. */
export function parseStatements(text: string, kind: StatementKind = 'any'): Statement[] {
  const key = `${kind}\u0000${text}`;
  const cached = listCache.get(key);
  if (cached) return cached;
  const list = guarded(() => parseStatementList(cursorFor(text, kind), kind));
  listCache.set(key, list);
  return list;
}

/** Parses uncached, for benchmarks and for callers that parse a text only once. */
export function parseStatementUncached(text: string, kind: StatementKind = 'any'): Statement {
  return guarded(() => parseSingleStatement(cursorFor(text, kind), kind));
}

/** Parses a text that must be exactly one expression. */
export function parseExpression(text: string): Expression {
  return guarded(() => {
    const c = new TokenCursor(text);
    const e = parseExpressionAt(c);
    c.expectEnd();
    return e;
  });
}

/** Parses a text that must be exactly one type name. */
export function parseType(text: string): TypeNode {
  return guarded(() => {
    const c = new TokenCursor(text);
    const t = parseTypeAt(c);
    c.expectEnd();
    return t;
  });
}
