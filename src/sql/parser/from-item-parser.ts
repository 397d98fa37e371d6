/**
 * One FROM item with its suffixes: a table or array path, `(subquery)`, `UNNEST(expr)`, a
 * table-valued function call, or a parenthesised join; then hint, alias, WITH OFFSET and
 * TABLESAMPLE as each allows. Join chains are from-clause-parser's.
 */

import type { Expression } from '../ast/expression';
import type { FromItem, TableSample, WithOffset } from '../ast/from';
import type { Hint, Identifier } from '../ast/node';
import type { Query } from '../ast/query';
import type { Token } from '../token';
import { parseExpression } from './expression-parser';
import { parseFromClause } from './from-clause-parser';
import { parseArgumentList } from './function-call-parser';
import { parseOptionalHint } from './hint-parser';
import { parseOptionalAlias, parsePathName } from './identifier-parser';
import { continueQueryAfter, isQueryContinuation, isQueryStart, parseQuery } from './query-parser';
import { TokenCursor } from './token-cursor';

export function parseFromItem(c: TokenCursor): FromItem {
  c.enter();
  const start = c.peek();
  let item: FromItem;
  if (c.isSymbol('(')) item = parseParenthesizedItem(c);
  else if (c.isKeyword('UNNEST')) item = parseUnnest(c);
  else if (c.isIdentifier()) item = parsePathItem(c);
  else throw c.unexpected(start);
  c.leave();
  return item;
}

function parseUnnest(c: TokenCursor): FromItem {
  const start = c.expectKeyword('UNNEST');
  c.expectSymbol('(');
  const array = parseExpression(c);
  c.expectSymbol(')');
  const hint = parseOptionalHint(c);
  const alias = parseOptionalAlias(c);
  const withOffset = parseWithOffset(c);
  const sample = parseTableSample(c);
  return { kind: 'unnestRef', array, hint, alias, withOffset, sample, loc: c.span(start) };
}

/** A table or array path, or a table-valued function call when `(` follows the path. */
function parsePathItem(c: TokenCursor): FromItem {
  const start = c.peek();
  const path = parsePathName(c);
  if (c.acceptSymbol('(')) {
    const safe = path.parts.length > 1 && start.keyword === 'SAFE';
    const name = safe ? { ...path, parts: path.parts.slice(1) } : path;
    const args = c.isSymbol(')') ? [] : parseArgumentList(c, false);
    c.expectSymbol(')');
    const hint = parseOptionalHint(c);
    const alias = parseOptionalAlias(c);
    const sample = parseTableSample(c);
    return { kind: 'tvfRef', name, safe, args, hint, alias, sample, loc: c.span(start) };
  }
  const hint = parseOptionalHint(c);
  const alias = parseOptionalAlias(c);
  const withOffset = parseWithOffset(c);
  const sample = parseTableSample(c);
  return { kind: 'tableRef', path, hint, alias, withOffset, sample, loc: c.span(start) };
}

/**
 * `(query)` or `(join)`. A `(` followed by another `(` may open either, so the inner item is
 * parsed first; a bare subquery followed by a set operator, ORDER BY or LIMIT turns out to be the
 * first operand of a longer query.
 */
function parseParenthesizedItem(c: TokenCursor): FromItem {
  const open = c.expectSymbol('(');
  if (isQueryStart(c)) {
    const query = parseQuery(c);
    c.expectSymbol(')');
    return subqueryWithSuffixes(c, open, query);
  }
  const inner = parseFromClause(c);
  if (inner.kind === 'subqueryRef' && isBare(inner) && isQueryContinuation(c)) {
    const query = continueQueryAfter(c, inner.query, open);
    c.expectSymbol(')');
    return subqueryWithSuffixes(c, open, query);
  }
  c.expectSymbol(')');
  if (inner.kind === 'subqueryRef' && isBare(inner)) return subqueryWithSuffixes(c, open, inner.query);
  return inner;
}

function isBare(item: { hint: Hint | null; alias: Identifier | null; sample: TableSample | null }): boolean {
  return item.hint === null && item.alias === null && item.sample === null;
}

function subqueryWithSuffixes(c: TokenCursor, start: Token, query: Query): FromItem {
  const hint = parseOptionalHint(c);
  const alias = parseOptionalAlias(c);
  const sample = parseTableSample(c);
  return { kind: 'subqueryRef', query, hint, alias, sample, loc: c.span(start) };
}

function parseWithOffset(c: TokenCursor): WithOffset | null {
  const start = c.peek();
  if (!(c.isKeyword('WITH') && c.isKeyword('OFFSET', 1))) return null;
  c.next();
  c.next();
  const alias = parseOptionalAlias(c);
  return { kind: 'withOffset', alias, loc: c.span(start) };
}

function parseTableSample(c: TokenCursor): TableSample | null {
  const start = c.peek();
  if (!c.acceptKeyword('TABLESAMPLE')) return null;
  const methodToken = c.peek();
  if (methodToken.keyword !== 'BERNOULLI' && methodToken.keyword !== 'RESERVOIR')
    throw c.expected('BERNOULLI or RESERVOIR');
  c.next();
  c.expectSymbol('(');
  const size = parseExpression(c);
  const unitToken = c.peek();
  if (unitToken.keyword !== 'PERCENT' && unitToken.keyword !== 'ROWS') throw c.expected('PERCENT or ROWS');
  c.next();
  c.expectSymbol(')');
  let repeatable: Expression | null = null;
  if (c.isKeyword('REPEATABLE') && c.isSymbol('(', 1)) {
    c.next();
    c.next();
    repeatable = parseExpression(c);
    c.expectSymbol(')');
  }
  return {
    kind: 'tableSample',
    method: methodToken.keyword,
    size,
    unit: unitToken.keyword,
    repeatable,
    loc: c.span(start),
  };
}
