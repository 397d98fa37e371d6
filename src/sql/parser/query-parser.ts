/**
 * Queries: WITH, set operations (UNION / INTERSECT / EXCEPT with ALL or DISTINCT, same operator
 * chains n-ary), parenthesised queries, then ORDER BY, LIMIT/OFFSET and FOR UPDATE. SELECT itself
 * is select-parser's, FROM items from-clause-parser's. Parentheses leave no node unless the inner
 * query has its own WITH/ORDER BY/LIMIT/FOR UPDATE.
 */

import type { Cte, LimitClause, OrderByItem, Query, QueryExpression, WithClause } from '../ast/query';
import type { SourceSpan } from '../ast/node';
import type { Token } from '../token';
import { parseExpression } from './expression-parser';
import { parseFromClause } from './from-clause-parser';
import { parseIdentifier } from './identifier-parser';
import { parseOrderByList } from './order-by-parser';
import { parseSelect } from './select-parser';
import { TokenCursor } from './token-cursor';

const SET_OPERATORS: ReadonlySet<string> = new Set(['UNION', 'INTERSECT', 'EXCEPT']);

/** True when the tokens at `ahead` start a query: SELECT, FROM, or WITH not followed by `(`. */
export function isQueryStart(c: TokenCursor, ahead = 0): boolean {
  const k = c.peek(ahead).keyword;
  if (k === 'SELECT' || k === 'FROM') return c.peek(ahead).kind === 'keyword';
  return k === 'WITH' && !c.isSymbol('(', ahead + 1);
}

/** True when the cursor is on something that can only continue a query (set operator, ORDER BY, LIMIT). */
export function isQueryContinuation(c: TokenCursor): boolean {
  const t = c.peek();
  return t.kind === 'keyword' && (SET_OPERATORS.has(t.keyword) || t.keyword === 'ORDER' || t.keyword === 'LIMIT');
}

/** Parses a query at the cursor. */
export function parseQuery(c: TokenCursor): Query {
  c.enter();
  const start = c.peek();
  const withClause = c.isKeyword('WITH') ? parseWith(c) : null;
  const body = parseSetOperations(c, parseQueryPrimary(c));
  const query = finishQuery(c, start, withClause, body);
  c.leave();
  return query;
}

/**
 * Continues a query whose first operand, `first`, was already parsed as a parenthesised
 * subquery expression; `start` is the token where the whole query began.
 */
export function continueQueryAfter(c: TokenCursor, first: Query, start: Token): Query {
  const body = parseSetOperations(c, unwrap(first));
  return finishQuery(c, start, null, body);
}

/** A parenthesised query with nothing of its own is just its body. */
function unwrap(q: Query): QueryExpression {
  const trivial = q.with === null && q.orderBy === null && q.limit === null && !q.forUpdate;
  return trivial ? q.body : q;
}

function parseQueryPrimary(c: TokenCursor): QueryExpression {
  const t = c.peek();
  if (t.keyword === 'SELECT' && t.kind === 'keyword') return parseSelect(c);
  if (t.keyword === 'FROM' && t.kind === 'keyword') {
    c.next();
    const from = parseFromClause(c);
    return { kind: 'fromQuery', from, loc: c.span(t) };
  }
  if (c.acceptSymbol('(')) {
    const inner = parseQuery(c);
    c.expectSymbol(')');
    return unwrap(inner);
  }
  throw c.unexpected();
}

function parseSetOperations(c: TokenCursor, first: QueryExpression): QueryExpression {
  const opToken = c.peek();
  if (opToken.kind !== 'keyword' || !SET_OPERATORS.has(opToken.keyword)) return first;
  const op = opToken.keyword as 'UNION' | 'INTERSECT' | 'EXCEPT';
  const distinct = parseSetQuantifier(c);
  const inputs = [first, parseQueryPrimary(c)];
  for (;;) {
    const t = c.peek();
    if (t.kind !== 'keyword' || !SET_OPERATORS.has(t.keyword)) break;
    if (t.keyword !== op) {
      throw c.errorAt(
        t,
        'Different set operations cannot be used in the same query without using parentheses for grouping',
      );
    }
    if (parseSetQuantifier(c) !== distinct) {
      throw c.errorAt(
        t,
        'Different set operations cannot be used in the same query without using parentheses for grouping',
      );
    }
    inputs.push(parseQueryPrimary(c));
  }
  return { kind: 'setOperation', op, distinct, inputs, loc: spanOver(c, first.loc) };
}

/** Consumes the operator and ALL/DISTINCT; returns true for DISTINCT. */
function parseSetQuantifier(c: TokenCursor): boolean {
  c.next();
  if (c.acceptKeyword('ALL')) return false;
  if (c.acceptKeyword('DISTINCT')) return true;
  throw c.expected('keyword ALL or keyword DISTINCT');
}

function spanOver(c: TokenCursor, from: SourceSpan): SourceSpan {
  return { start: from.start, end: c.lastEnd, line: from.line, column: from.column };
}

function finishQuery(c: TokenCursor, start: Token, withClause: WithClause | null, body: QueryExpression): Query {
  let orderBy: OrderByItem[] | null = null;
  if (c.isKeyword('ORDER')) {
    c.next();
    c.expectKeyword('BY');
    orderBy = parseOrderByList(c);
  }
  const limit = parseLimit(c);
  let forUpdate = false;
  if (c.isKeyword('FOR') && c.isKeyword('UPDATE', 1)) {
    c.next();
    c.next();
    forUpdate = true;
  }
  return { kind: 'query', with: withClause, body, orderBy, limit, forUpdate, loc: c.span(start) };
}

function parseLimit(c: TokenCursor): LimitClause | null {
  const start = c.peek();
  if (!c.acceptKeyword('LIMIT')) return null;
  const count = parseExpression(c);
  const offset = c.acceptKeyword('OFFSET') ? parseExpression(c) : null;
  return { kind: 'limit', count, offset, loc: c.span(start) };
}

function parseWith(c: TokenCursor): WithClause {
  const start = c.expectKeyword('WITH');
  const recursive = c.acceptKeyword('RECURSIVE');
  const ctes: Cte[] = [];
  do {
    const cteStart = c.peek();
    const name = parseIdentifier(c);
    c.expectKeyword('AS');
    c.expectSymbol('(');
    const query = parseQuery(c);
    c.expectSymbol(')');
    ctes.push({ kind: 'cte', name, query, loc: c.span(cteStart) });
  } while (c.acceptSymbol(','));
  return { kind: 'with', recursive, ctes, loc: c.span(start) };
}
