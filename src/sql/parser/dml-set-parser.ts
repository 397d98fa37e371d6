/**
 * The parts of DML that assign values: SET items (`path = expr | DEFAULT`), nested DML on array
 * fields (`SET (INSERT s.arr VALUES (...))`), VALUES entries that may be DEFAULT, and the
 * INSERT ... ON CONFLICT clause whose DO UPDATE reuses SET items.
 */

import type { ConflictAction, ConflictTarget, OnConflict, UpdateItem, ValueOrDefault } from '../ast/dml';
import { isDmlStart, parseDml } from './dml-parser';
import { parseExpression } from './expression-parser';
import { parseIdentifier, parseIdentifierList, parsePathName } from './identifier-parser';
import { TokenCursor, tokenSpan } from './token-cursor';

/** An expression or the DEFAULT keyword. */
export function parseValueOrDefault(c: TokenCursor): ValueOrDefault {
  const t = c.peek();
  if (c.acceptKeyword('DEFAULT')) return { kind: 'default', loc: tokenSpan(t) };
  return parseExpression(c);
}

/** One or more comma-separated SET items. */
export function parseUpdateItems(c: TokenCursor): UpdateItem[] {
  const items = [parseUpdateItem(c)];
  while (c.acceptSymbol(',')) items.push(parseUpdateItem(c));
  return items;
}

function parseUpdateItem(c: TokenCursor): UpdateItem {
  const start = c.peek();
  if (c.isSymbol('(') && isDmlStart(c, 1)) {
    c.next();
    const statement = parseDml(c, null);
    c.expectSymbol(')');
    return { kind: 'nestedDml', statement, loc: c.span(start) };
  }
  const target = parsePathName(c);
  c.expectSymbol('=');
  const value = parseValueOrDefault(c);
  return { kind: 'setItem', target, value, loc: c.span(start) };
}

/** `ON CONFLICT [(cols) | ON UNIQUE CONSTRAINT name] DO NOTHING | DO UPDATE SET ... [WHERE ...]`. */
export function parseConflictClause(c: TokenCursor): OnConflict {
  const start = c.expectKeyword('ON');
  c.expectKeyword('CONFLICT');
  const target = parseConflictTarget(c);
  const action = parseConflictAction(c);
  return { kind: 'onConflict', target, action, loc: c.span(start) };
}

function parseConflictTarget(c: TokenCursor): ConflictTarget | null {
  const start = c.peek();
  if (c.isSymbol('(')) {
    const columns = parseIdentifierList(c);
    return { kind: 'conflictColumns', columns, loc: c.span(start) };
  }
  if (c.acceptKeyword('ON')) {
    c.expectKeyword('UNIQUE');
    c.expectKeyword('CONSTRAINT');
    const name = parseIdentifier(c);
    return { kind: 'conflictConstraint', name, loc: c.span(start) };
  }
  return null;
}

function parseConflictAction(c: TokenCursor): ConflictAction {
  const start = c.expectKeyword('DO');
  if (c.acceptKeyword('NOTHING')) return { kind: 'doNothing', loc: c.span(start) };
  c.expectKeyword('UPDATE');
  c.expectKeyword('SET');
  const items = parseUpdateItems(c);
  const where = c.acceptKeyword('WHERE') ? parseExpression(c) : null;
  return { kind: 'doUpdate', items, where, loc: c.span(start) };
}
