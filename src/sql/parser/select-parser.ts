/**
 * SELECT: ALL/DISTINCT, AS STRUCT / AS VALUE / AS type, the select list (`*`, `t.*`, `expr.*`
 * with EXCEPT / REPLACE, aliases with or without AS, a trailing comma), FROM, WHERE, GROUP BY
 * (with hint and ROLLUP) and HAVING. Also exports the select-list parser THEN RETURN reuses.
 */

import type { Expression } from '../ast/expression';
import type { Identifier } from '../ast/node';
import type { GroupBy, Rollup, Select, SelectAs, SelectItem, StarReplacement } from '../ast/query';
import { parseExpression } from './expression-parser';
import { parseFromClause } from './from-clause-parser';
import { parseOptionalHint } from './hint-parser';
import { parseIdentifier, parseIdentifierList, parseOptionalAlias, parsePathName } from './identifier-parser';
import { TokenCursor } from './token-cursor';

/** Keywords after which a trailing comma may end the select list. */
const LIST_ENDERS: ReadonlySet<string> = new Set([
  'FROM',
  'WHERE',
  'GROUP',
  'HAVING',
  'ORDER',
  'LIMIT',
  'UNION',
  'INTERSECT',
  'EXCEPT',
  'FOR',
  'QUALIFY',
  'WINDOW',
]);

export function parseSelect(c: TokenCursor): Select {
  const start = c.expectKeyword('SELECT');
  let distinct = false;
  if (c.acceptKeyword('DISTINCT')) distinct = true;
  else c.acceptKeyword('ALL');
  const selectAs = parseSelectAs(c);
  const columns = parseSelectList(c);
  const from = c.acceptKeyword('FROM') ? parseFromClause(c) : null;
  const where = c.acceptKeyword('WHERE') ? parseExpression(c) : null;
  const groupBy = c.isKeyword('GROUP') ? parseGroupBy(c) : null;
  const having = c.acceptKeyword('HAVING') ? parseExpression(c) : null;
  return { kind: 'select', distinct, selectAs, columns, from, where, groupBy, having, loc: c.span(start) };
}

function parseSelectAs(c: TokenCursor): SelectAs | null {
  const start = c.peek();
  if (!c.acceptKeyword('AS')) return null;
  if (c.acceptKeyword('STRUCT')) return { kind: 'asStruct', loc: c.span(start) };
  if (c.isKeyword('VALUE')) {
    c.next();
    return { kind: 'asValue', loc: c.span(start) };
  }
  const path = parsePathName(c);
  return { kind: 'asTypeName', path, loc: c.span(start) };
}

function endsSelectList(c: TokenCursor): boolean {
  const t = c.peek();
  if (t.kind === 'eof') return true;
  if (t.kind === 'symbol') return t.value === ')' || t.value === ';';
  return t.kind === 'keyword' && LIST_ENDERS.has(t.keyword);
}

/** A non-empty select list; a trailing comma before the end of the list is allowed. */
export function parseSelectList(c: TokenCursor): SelectItem[] {
  const items = [parseSelectItem(c)];
  while (c.acceptSymbol(',')) {
    if (endsSelectList(c)) break;
    items.push(parseSelectItem(c));
  }
  return items;
}

function parseSelectItem(c: TokenCursor): SelectItem {
  const start = c.peek();
  if (c.acceptSymbol('*')) {
    const { except, replace } = parseStarModifiers(c);
    return { kind: 'selectStar', except, replace, loc: c.span(start) };
  }
  const expr = parseExpression(c);
  if (c.isSymbol('.') && c.isSymbol('*', 1)) {
    c.next();
    c.next();
    const { except, replace } = parseStarModifiers(c);
    return { kind: 'selectDotStar', expr, except, replace, loc: c.span(start) };
  }
  const alias = parseOptionalAlias(c);
  return { kind: 'selectColumn', expr, alias, loc: c.span(start) };
}

/** `EXCEPT (a, b)` and/or `REPLACE (expr AS a, ...)` after a star. */
function parseStarModifiers(c: TokenCursor): { except: Identifier[] | null; replace: StarReplacement[] | null } {
  let except: Identifier[] | null = null;
  let replace: StarReplacement[] | null = null;
  if (c.isKeyword('EXCEPT') && c.isSymbol('(', 1)) {
    c.next();
    except = parseIdentifierList(c);
  }
  if (c.isKeyword('REPLACE') && c.isSymbol('(', 1)) {
    c.next();
    c.expectSymbol('(');
    replace = [];
    do {
      const start = c.peek();
      const expr = parseExpression(c);
      c.expectKeyword('AS');
      const alias = parseIdentifier(c);
      replace.push({ kind: 'starReplacement', expr, alias, loc: c.span(start) });
    } while (c.acceptSymbol(','));
    c.expectSymbol(')');
  }
  return { except, replace };
}

function parseGroupBy(c: TokenCursor): GroupBy {
  const start = c.expectKeyword('GROUP');
  const hint = parseOptionalHint(c);
  c.expectKeyword('BY');
  const items: (Expression | Rollup)[] = [];
  do items.push(c.isKeyword('ROLLUP') ? parseRollup(c) : parseExpression(c));
  while (c.acceptSymbol(','));
  return { kind: 'groupBy', hint, items, loc: c.span(start) };
}

function parseRollup(c: TokenCursor): Rollup {
  const start = c.expectKeyword('ROLLUP');
  c.expectSymbol('(');
  const items = [parseExpression(c)];
  while (c.acceptSymbol(',')) items.push(parseExpression(c));
  c.expectSymbol(')');
  return { kind: 'rollup', items, loc: c.span(start) };
}
