/**
 * `OPTIONS (name = value, ...)`: values are NULL, TRUE/FALSE, integers, floats, strings and lists
 * of strings. Which names an object accepts is checked by whoever applies the options (change
 * streams check theirs while parsing, as Spanner does).
 */

import type { DdlOption, DdlOptionValue } from '../ast/ddl-common';
import { parseDdlInteger } from './ddl-tokens';
import { parseIdentifier } from './identifier-parser';
import { TokenCursor } from './token-cursor';

/** `OPTIONS (...)` when present, else null. */
export function parseOptionalOptions(c: TokenCursor): DdlOption[] | null {
  return c.isKeyword('OPTIONS') ? parseOptionsClause(c) : null;
}

export function parseOptionsClause(c: TokenCursor): DdlOption[] {
  c.expectKeyword('OPTIONS');
  c.expectSymbol('(');
  const options = [parseOption(c)];
  while (c.acceptSymbol(',')) options.push(parseOption(c));
  c.expectSymbol(')');
  return options;
}

function parseOption(c: TokenCursor): DdlOption {
  const start = c.peek();
  const name = parseIdentifier(c).name;
  c.expectSymbol('=');
  const value = parseOptionValue(c);
  return { name, value, loc: c.span(start) };
}

export function parseOptionValue(c: TokenCursor): DdlOptionValue {
  const t = c.peek();
  if (c.acceptKeyword('NULL')) return { kind: 'null' };
  if (c.acceptKeyword('TRUE')) return { kind: 'bool', value: true };
  if (c.acceptKeyword('FALSE')) return { kind: 'bool', value: false };
  if (t.kind === 'string') {
    c.next();
    return { kind: 'string', value: t.value };
  }
  if (c.isSymbol('[')) return parseStringList(c);
  return parseNumber(c);
}

function parseNumber(c: TokenCursor): DdlOptionValue {
  const negative = c.isSymbol('-');
  const t = c.peek(negative ? 1 : 0);
  if (t.kind === 'float') {
    if (negative) c.next();
    c.next();
    const value = Number(t.value);
    return { kind: 'float', value: negative ? -value : value };
  }
  if (t.kind !== 'integer') throw c.encountered('option_key_val');
  return { kind: 'int', value: parseDdlInteger(c) };
}

function parseStringList(c: TokenCursor): DdlOptionValue {
  c.expectSymbol('[');
  const values: string[] = [];
  while (!c.acceptSymbol(']')) {
    const t = c.peek();
    if (t.kind !== 'string') throw c.encountered('option_key_val');
    c.next();
    values.push(t.value);
    if (!c.acceptSymbol(',')) {
      c.expectSymbol(']');
      break;
    }
  }
  return { kind: 'stringList', values };
}
