/**
 * Names: identifiers (non-reserved words and backtick-quoted names), dotted paths where any word
 * may follow a dot (`t.select`, `a.ALL`), and optional aliases. Does not decide what a name refers
 * to.
 */

import type { Identifier, PathName } from '../ast/node';
import type { Token } from '../token';
import { TokenCursor } from './token-cursor';

function identifierFrom(t: Token): Identifier {
  return { kind: 'identifier', name: t.value, loc: { start: t.start, end: t.end, line: t.line, column: t.column } };
}

/** A name; a reserved keyword here is an "Unexpected keyword" error. */
export function parseIdentifier(c: TokenCursor): Identifier {
  if (!c.isIdentifier()) throw c.encountered('identifier');
  return identifierFrom(c.next());
}

/** Any word, reserved or not: what may follow a dot. */
export function parseWordAfterDot(c: TokenCursor): Identifier {
  if (!c.isWord()) throw c.encountered('identifier');
  return identifierFrom(c.next());
}

/** `a.b.c`: the first part must be a name, later parts may be any word. */
export function parsePathName(c: TokenCursor): PathName {
  const start = c.peek();
  const parts = [parseIdentifier(c)];
  while (c.isSymbol('.') && c.isWord(1)) {
    c.next();
    parts.push(parseWordAfterDot(c));
  }
  return { kind: 'pathName', parts, loc: c.span(start) };
}

/** Wraps one identifier as a path. */
export function pathOf(id: Identifier): PathName {
  return { kind: 'pathName', parts: [id], loc: id.loc };
}

/** `AS name` or a bare name; null when neither follows. */
export function parseOptionalAlias(c: TokenCursor): Identifier | null {
  if (c.acceptKeyword('AS')) return parseIdentifier(c);
  return c.isIdentifier() ? parseIdentifier(c) : null;
}

/** `(a, b, c)`: a parenthesised, non-empty list of names. */
export function parseIdentifierList(c: TokenCursor): Identifier[] {
  c.expectSymbol('(');
  const names = [parseIdentifier(c)];
  while (c.acceptSymbol(',')) names.push(parseIdentifier(c));
  c.expectSymbol(')');
  return names;
}
