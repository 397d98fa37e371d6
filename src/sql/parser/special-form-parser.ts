/**
 * Special forms with their own syntax: CASE (both forms), CAST / SAFE_CAST, EXTRACT(part FROM
 * expr [AT TIME ZONE tz]), INTERVAL value part [TO part], and the WITH(name AS expr, ..., result)
 * expression. Date parts are not validated here (the analyzer knows which apply to which type).
 */

import type { CaseWhen, Expression, WithBinding } from '../ast/expression';
import type { Token } from '../token';
import { parseExpression } from './expression-parser';
import { parseIdentifier } from './identifier-parser';
import { TokenCursor } from './token-cursor';
import { parseType } from './type-parser';

export function parseCase(c: TokenCursor): Expression {
  const start = c.expectKeyword('CASE');
  const operand = c.isKeyword('WHEN') ? null : parseExpression(c);
  const whens: CaseWhen[] = [];
  while (c.isKeyword('WHEN')) {
    const whenStart = c.next();
    const condition = parseExpression(c);
    c.expectKeyword('THEN');
    const result = parseExpression(c);
    whens.push({ kind: 'caseWhen', condition, result, loc: c.span(whenStart) });
  }
  if (whens.length === 0) throw c.expected('keyword WHEN');
  const otherwise = c.acceptKeyword('ELSE') ? parseExpression(c) : null;
  c.expectKeyword('END');
  return { kind: 'case', operand, whens, else: otherwise, loc: c.span(start) };
}

/** CAST(expr AS type), or SAFE_CAST when `safe`; the cursor is on CAST / SAFE_CAST. */
export function parseCast(c: TokenCursor, safe: boolean): Expression {
  const start = c.next();
  c.expectSymbol('(');
  const expr = parseExpression(c);
  c.expectKeyword('AS');
  const type = parseType(c);
  const format = c.acceptKeyword('FORMAT') ? parseExpression(c) : null;
  c.expectSymbol(')');
  return { kind: 'cast', safe, expr, type, format, loc: c.span(start) };
}

/** A date/time part name such as DAY, DAYOFWEEK or DATE, upper-cased. */
function parseDatePart(c: TokenCursor): string {
  const t: Token = c.peek();
  if (t.kind !== 'identifier' || t.quoted) throw c.unexpected();
  c.next();
  return t.keyword;
}

export function parseExtract(c: TokenCursor): Expression {
  const start = c.expectKeyword('EXTRACT');
  c.expectSymbol('(');
  const part = parseDatePart(c);
  let weekday: string | null = null;
  if (c.acceptSymbol('(')) {
    weekday = parseDatePart(c);
    c.expectSymbol(')');
  }
  c.expectKeyword('FROM');
  const expr = parseExpression(c);
  let timeZone: Expression | null = null;
  if (c.acceptKeyword('AT')) {
    c.expectKeyword('TIME');
    c.expectKeyword('ZONE');
    timeZone = parseExpression(c);
  }
  c.expectSymbol(')');
  return { kind: 'extract', part, weekday, expr, timeZone, loc: c.span(start) };
}

export function parseInterval(c: TokenCursor): Expression {
  const start = c.expectKeyword('INTERVAL');
  const value = parseExpression(c);
  const part = parseDatePart(c);
  const toPart = c.acceptKeyword('TO') ? parseDatePart(c) : null;
  return { kind: 'interval', value, part, toPart, loc: c.span(start) };
}

/** WITH(a AS expr, b AS expr, result): bindings are `name AS`, the last item is the result. */
export function parseWithExpression(c: TokenCursor): Expression {
  const start = c.expectKeyword('WITH');
  c.expectSymbol('(');
  const bindings: WithBinding[] = [];
  while (c.isIdentifier() && c.isKeyword('AS', 1)) {
    const bindingStart = c.peek();
    const name = parseIdentifier(c);
    c.expectKeyword('AS');
    const expr = parseExpression(c);
    bindings.push({ kind: 'withBinding', name, expr, loc: c.span(bindingStart) });
    c.expectSymbol(',');
  }
  const result = parseExpression(c);
  c.expectSymbol(')');
  return { kind: 'withExpression', bindings, result, loc: c.span(start) };
}
