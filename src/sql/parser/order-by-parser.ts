/**
 * ORDER BY items, shared by queries and aggregate calls: `expr [COLLATE 'name'] [ASC|DESC]
 * [NULLS FIRST|LAST]`. The caller consumes ORDER BY itself.
 */

import type { OrderByItem } from '../ast/query';
import { parseExpression } from './expression-parser';
import { TokenCursor } from './token-cursor';

export function parseOrderByList(c: TokenCursor): OrderByItem[] {
  const items = [parseOrderByItem(c)];
  while (c.acceptSymbol(',')) items.push(parseOrderByItem(c));
  return items;
}

function parseOrderByItem(c: TokenCursor): OrderByItem {
  const start = c.peek();
  const expr = parseExpression(c);
  let collate: string | null = null;
  if (c.acceptKeyword('COLLATE')) {
    const t = c.peek();
    if (t.kind !== 'string') throw c.expected('string literal');
    collate = c.next().value;
  }
  let direction: 'ASC' | 'DESC' | null = null;
  if (c.acceptKeyword('ASC')) direction = 'ASC';
  else if (c.acceptKeyword('DESC')) direction = 'DESC';
  let nulls: 'FIRST' | 'LAST' | null = null;
  if (c.acceptKeyword('NULLS')) {
    if (c.acceptKeyword('FIRST')) nulls = 'FIRST';
    else if (c.acceptKeyword('LAST')) nulls = 'LAST';
    else throw c.expected('keyword FIRST or keyword LAST');
  }
  return { kind: 'orderByItem', expr, collate, direction, nulls, loc: c.span(start) };
}
