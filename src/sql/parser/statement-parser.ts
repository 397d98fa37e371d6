/**
 * Statements: an optional `@{...}` statement hint, then a query, DML or DDL statement chosen by
 * the requested kind (or by the first word for 'any'); and `;`-separated statement lists. Does
 * not cache (statement-cache does) and knows nothing of DDL beyond handing the cursor over.
 */

import type { Hint } from '../ast/node';
import type { Statement } from '../ast/statement';
import { endDdlStatement, parseDdlStatement } from './ddl-parser';
import { isDmlStart, parseDml } from './dml-parser';
import { parseOptionalHint } from './hint-parser';
import { isQueryStart, parseQuery } from './query-parser';
import { TokenCursor } from './token-cursor';

export type StatementKind = 'query' | 'dml' | 'ddl' | 'any';

function isQueryLike(c: TokenCursor): boolean {
  return isQueryStart(c) || c.isSymbol('(');
}

/** Parses one statement at the cursor, without any `;` after it. */
export function parseStatementAt(c: TokenCursor, kind: StatementKind): Statement {
  if (c.atEnd()) throw c.unexpected();
  if (kind === 'ddl') return parseDdlStatement(c);
  if (kind === 'any' && !c.isSymbol('@') && !isQueryLike(c) && !isDmlStart(c)) return parseDdlStatement(c);
  const hint = parseOptionalHint(c);
  if (kind === 'query' || (kind === 'any' && isQueryLike(c))) return parseQueryStatement(c, hint);
  if (!isDmlStart(c)) throw c.unexpected();
  return parseDml(c, hint);
}

function parseQueryStatement(c: TokenCursor, hint: Hint | null): Statement {
  const start = c.peek();
  const query = parseQuery(c);
  const loc = hint
    ? { ...c.span(start), start: hint.loc.start, line: hint.loc.line, column: hint.loc.column }
    : c.span(start);
  return { kind: 'queryStatement', hint, query, loc };
}

/** Exactly one statement, optionally followed by `;`, then the end of the text. */
export function parseSingleStatement(c: TokenCursor, kind: StatementKind): Statement {
  const stmt = parseStatementAt(c, kind);
  if (c.wording === 'ddl') {
    endDdlStatement(c);
  } else {
    c.acceptSymbol(';');
    c.expectEnd();
  }
  return stmt;
}

/** One or more statements separated by `;`, a trailing `;` allowed. */
export function parseStatementList(c: TokenCursor, kind: StatementKind): Statement[] {
  const statements = [parseStatementAt(c, kind)];
  while (c.acceptSymbol(';')) {
    if (c.atEnd()) break;
    statements.push(parseStatementAt(c, kind));
  }
  c.expectEnd();
  return statements;
}
