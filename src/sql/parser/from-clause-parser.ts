/**
 * FROM clauses: comma and JOIN chains (left-associative) over items, with join hints (`HASH JOIN`,
 * `JOIN @{...}`) and ON / USING. Items (tables, subqueries, UNNEST, table-valued functions,
 * parenthesised joins) and their suffixes are from-item-parser's.
 */

import type { Expression } from '../ast/expression';
import type { FromItem, JoinType } from '../ast/from';
import type { Identifier } from '../ast/node';
import { parseExpression } from './expression-parser';
import { parseFromItem } from './from-item-parser';
import { parseOptionalHint } from './hint-parser';
import { parseIdentifierList } from './identifier-parser';
import { TokenCursor } from './token-cursor';

const JOIN_STARTERS: ReadonlySet<string> = new Set([
  'JOIN',
  'INNER',
  'CROSS',
  'LEFT',
  'RIGHT',
  'FULL',
  'HASH',
  'LOOKUP',
]);

/** Parses a whole FROM clause (after the FROM keyword). */
export function parseFromClause(c: TokenCursor): FromItem {
  let left = parseFromItem(c);
  for (;;) {
    if (c.acceptSymbol(',')) {
      const right = parseFromItem(c);
      left = {
        kind: 'join',
        joinType: 'COMMA',
        method: null,
        hint: null,
        left,
        right,
        on: null,
        using: null,
        loc: spanOver(c, left),
      };
    } else if (c.peek().kind === 'keyword' && JOIN_STARTERS.has(c.peek().keyword)) {
      left = parseJoin(c, left);
    } else {
      return left;
    }
  }
}

function spanOver(c: TokenCursor, left: FromItem): FromItem['loc'] {
  return { start: left.loc.start, end: c.lastEnd, line: left.loc.line, column: left.loc.column };
}

function parseJoinType(c: TokenCursor): JoinType {
  if (c.acceptKeyword('INNER')) return 'INNER';
  if (c.acceptKeyword('CROSS')) return 'CROSS';
  for (const side of ['LEFT', 'RIGHT', 'FULL'] as const) {
    if (c.acceptKeyword(side)) {
      c.acceptKeyword('OUTER');
      return side;
    }
  }
  return 'INNER';
}

function parseJoin(c: TokenCursor, left: FromItem): FromItem {
  const joinType = parseJoinType(c);
  let method: 'HASH' | 'LOOKUP' | null = null;
  if (c.acceptKeyword('HASH')) method = 'HASH';
  else if (c.acceptKeyword('LOOKUP')) method = 'LOOKUP';
  c.expectKeyword('JOIN');
  const hint = parseOptionalHint(c);
  const right = parseFromItem(c);
  let on: Expression | null = null;
  let using: Identifier[] | null = null;
  if (joinType !== 'CROSS') {
    if (c.acceptKeyword('ON')) on = parseExpression(c);
    else if (c.acceptKeyword('USING')) using = parseIdentifierList(c);
  }
  return { kind: 'join', joinType, method, hint, left, right, on, using, loc: spanOver(c, left) };
}
