/**
 * Function calls: the argument list (plain, `name => value`, lambdas `x -> ...` and
 * `(x, y) -> ...`, `SEQUENCE s` / `MODEL m` / `TABLE t` object arguments, `expr AS path` in
 * REPLACE_FIELDS), `COUNT(*)`, and the aggregate modifiers DISTINCT, IGNORE/RESPECT NULLS,
 * HAVING MAX/MIN, ORDER BY and LIMIT. Whether a function exists or takes such modifiers is the
 * analyzer's business. Table-valued functions in FROM reuse parseArgumentList.
 */

import type { AggregateHaving, Expression, FunctionArgument, FunctionCall } from '../ast/expression';
import type { Identifier, PathName } from '../ast/node';
import type { OrderByItem } from '../ast/query';
import type { Token } from '../token';
import { parseExpression } from './expression-parser';
import { parseIdentifier, parsePathName } from './identifier-parser';
import { parseOrderByList } from './order-by-parser';
import { TokenCursor } from './token-cursor';

const OBJECT_ARGUMENTS: ReadonlySet<string> = new Set(['SEQUENCE', 'MODEL', 'TABLE']);

/** Parses `(args...)` after the function name; `start` is the first token of the call. */
export function parseFunctionCall(c: TokenCursor, name: PathName, safe: boolean, start: Token): FunctionCall {
  c.expectSymbol('(');
  let star = false;
  let distinct = false;
  let args: FunctionArgument[] = [];
  if (c.isSymbol('*') && c.isSymbol(')', 1)) {
    c.next();
    star = true;
  } else if (!c.isSymbol(')')) {
    distinct = c.acceptKeyword('DISTINCT');
    const allowAlias = name.parts.length === 1 && name.parts[0].name.toUpperCase() === 'REPLACE_FIELDS';
    args = parseArgumentList(c, allowAlias);
  }
  const nullHandling = parseNullHandling(c);
  const having = parseAggregateHaving(c);
  let orderBy: OrderByItem[] | null = null;
  if (c.isKeyword('ORDER')) {
    c.next();
    c.expectKeyword('BY');
    orderBy = parseOrderByList(c);
  }
  const limit = c.acceptKeyword('LIMIT') ? parseExpression(c) : null;
  c.expectSymbol(')');
  return {
    kind: 'functionCall',
    name,
    safe,
    args,
    star,
    distinct,
    nullHandling,
    having,
    orderBy,
    limit,
    hint: null,
    loc: c.span(start),
  };
}

/** One or more comma-separated arguments (the cursor is past the `(`). */
export function parseArgumentList(c: TokenCursor, allowAlias: boolean): FunctionArgument[] {
  const args = [parseArgument(c, allowAlias)];
  while (c.acceptSymbol(',')) args.push(parseArgument(c, allowAlias));
  return args;
}

function parseArgument(c: TokenCursor, allowAlias: boolean): FunctionArgument {
  const start = c.peek();
  if (c.isWord() && c.isSymbol('=>', 1)) {
    const name = parseIdentifier(c);
    c.next();
    const value = parseExpression(c);
    return { kind: 'namedArgument', name, value, loc: c.span(start) };
  }
  if (c.isIdentifier() && c.isSymbol('->', 1)) return parseLambda(c, [parseIdentifier(c)], start);
  if (c.isSymbol('(') && isParenLambda(c)) return parseLambda(c, parseLambdaParams(c), start);
  if (OBJECT_ARGUMENTS.has(start.keyword) && c.isIdentifier(1)) {
    c.next();
    const name = parsePathName(c);
    return {
      kind: 'objectArgument',
      objectKind: start.keyword as 'SEQUENCE' | 'MODEL' | 'TABLE',
      name,
      loc: c.span(start),
    };
  }
  const expr = parseExpression(c);
  if (allowAlias && c.acceptKeyword('AS')) {
    const alias = parsePathName(c);
    return { kind: 'aliasedArgument', expr, alias, loc: c.span(start) };
  }
  return expr;
}

/** Looks ahead for `( [name {, name}] ) ->` without consuming. */
function isParenLambda(c: TokenCursor): boolean {
  let i = 1;
  if (!c.isSymbol(')', i)) {
    for (;;) {
      if (!c.isIdentifier(i)) return false;
      i++;
      if (c.isSymbol(')', i)) break;
      if (!c.isSymbol(',', i)) return false;
      i++;
    }
  }
  return c.isSymbol('->', i + 1);
}

function parseLambdaParams(c: TokenCursor): Identifier[] {
  c.expectSymbol('(');
  const params: Identifier[] = [];
  if (!c.isSymbol(')')) {
    do params.push(parseIdentifier(c));
    while (c.acceptSymbol(','));
  }
  c.expectSymbol(')');
  return params;
}

function parseLambda(c: TokenCursor, params: Identifier[], start: Token): FunctionArgument {
  c.expectSymbol('->');
  const body: Expression = parseExpression(c);
  return { kind: 'lambda', params, body, loc: c.span(start) };
}

function parseNullHandling(c: TokenCursor): 'IGNORE' | 'RESPECT' | null {
  const t = c.peek();
  if ((t.keyword === 'IGNORE' || t.keyword === 'RESPECT') && c.isKeyword('NULLS', 1)) {
    c.next();
    c.next();
    return t.keyword;
  }
  return null;
}

function parseAggregateHaving(c: TokenCursor): AggregateHaving | null {
  const start = c.peek();
  if (!c.acceptKeyword('HAVING')) return null;
  const t = c.peek();
  if (t.keyword !== 'MAX' && t.keyword !== 'MIN') throw c.expected('MAX or MIN');
  c.next();
  const expr = parseExpression(c);
  return { kind: 'aggregateHaving', extremum: t.keyword, expr, loc: c.span(start) };
}
