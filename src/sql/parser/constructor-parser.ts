/**
 * Constructors: arrays (`[..]`, `ARRAY[..]`, `ARRAY<T>[..]`), `ARRAY(subquery)`, structs
 * (`STRUCT(..)`, `STRUCT<..>(..)`), `EXISTS(subquery)`, and proto constructors (`NEW T(..)`,
 * `NEW T {..}`). Tuples `(a, b)` are parsed with parenthesised expressions.
 */

import type { ArrayType, StructType } from '../ast/type';
import type { BracedConstructor, BracedField, Expression, StructField } from '../ast/expression';
import type { PathName } from '../ast/node';
import type { Token } from '../token';
import { parseExpression } from './expression-parser';
import { parseIdentifier, parsePathName, pathOf } from './identifier-parser';
import { parseQuery } from './query-parser';
import { TokenCursor } from './token-cursor';
import { parseStructType, parseType } from './type-parser';

/** `[a, b]` with the cursor on `[`; `start` is where the constructor began (ARRAY or `[`). */
export function parseBracketArray(c: TokenCursor, start: Token, type: ArrayType | null): Expression {
  c.expectSymbol('[');
  const elements: Expression[] = [];
  if (!c.isSymbol(']')) {
    do elements.push(c.isSymbol('{') ? parseBraced(c, c.peek(), null) : parseExpression(c));
    while (c.acceptSymbol(','));
  }
  c.expectSymbol(']');
  return { kind: 'arrayLiteral', type, elements, loc: c.span(start) };
}

export function parseArrayConstructor(c: TokenCursor): Expression {
  const start = c.peek();
  if (c.isSymbol('<', 1)) {
    const type = parseType(c) as ArrayType;
    return parseBracketArray(c, start, type);
  }
  c.expectKeyword('ARRAY');
  if (c.isSymbol('[')) return parseBracketArray(c, start, null);
  c.expectSymbol('(');
  const query = parseQuery(c);
  c.expectSymbol(')');
  return { kind: 'arraySubquery', query, loc: c.span(start) };
}

export function parseExists(c: TokenCursor): Expression {
  const start = c.expectKeyword('EXISTS');
  c.expectSymbol('(');
  const query = parseQuery(c);
  c.expectSymbol(')');
  return { kind: 'exists', query, loc: c.span(start) };
}

/** `expr [AS alias], ...` up to and including the closing `)`; the `(` is already consumed. */
function parseFieldList(c: TokenCursor): StructField[] {
  const fields: StructField[] = [];
  if (!c.isSymbol(')')) {
    do {
      const start = c.peek();
      const expr = parseExpression(c);
      const alias = c.acceptKeyword('AS') ? parseIdentifier(c) : null;
      fields.push({ kind: 'structField', expr, alias, loc: c.span(start) });
    } while (c.acceptSymbol(','));
  }
  c.expectSymbol(')');
  return fields;
}

export function parseStructConstructor(c: TokenCursor): Expression {
  const start = c.peek();
  let type: StructType | null = null;
  if (c.isSymbol('<', 1) || c.isSymbol('<>', 1)) type = parseStructType(c);
  else c.expectKeyword('STRUCT');
  c.expectSymbol('(');
  const fields = parseFieldList(c);
  return { kind: 'structLiteral', type, fields, loc: c.span(start) };
}

/** `NEW path(args)` or `NEW path { fields }`. */
export function parseNewConstructor(c: TokenCursor): Expression {
  const start = c.expectKeyword('NEW');
  const type = parsePathName(c);
  if (c.isSymbol('{')) return parseBraced(c, start, type);
  c.expectSymbol('(');
  const args = parseFieldList(c);
  return { kind: 'newConstructor', type, args, loc: c.span(start) };
}

/** `{ name: value, (ext.path): value, sub { ... } }`; commas between fields are optional. */
function parseBraced(c: TokenCursor, start: Token, type: PathName | null): BracedConstructor {
  c.enter();
  c.expectSymbol('{');
  const fields: BracedField[] = [];
  while (!c.isSymbol('}')) {
    fields.push(parseBracedField(c));
    if (!c.acceptSymbol(',') && !c.isSymbol('}') && !c.isWord() && !c.isSymbol('(')) throw c.expected('"}"');
  }
  c.expectSymbol('}');
  c.leave();
  return { kind: 'bracedConstructor', type, fields, loc: c.span(start) };
}

function parseBracedField(c: TokenCursor): BracedField {
  const start = c.peek();
  let name: PathName;
  const extension = c.acceptSymbol('(');
  if (extension) {
    name = parsePathName(c);
    c.expectSymbol(')');
  } else {
    name = pathOf(parseIdentifier(c));
  }
  let value: Expression;
  if (c.acceptSymbol(':')) {
    value = c.isSymbol('{') ? parseBraced(c, c.peek(), null) : parseExpression(c);
  } else {
    value = parseBraced(c, c.peek(), null);
  }
  return { kind: 'bracedField', name, extension, value, loc: c.span(start) };
}
