/**
 * Small DDL productions over the shared TokenCursor: names, name lists, IF [NOT] EXISTS, integer
 * literals and key parts. DDL keywords are contextual words (STORED, INTERLEAVE...) and are
 * matched with `isKeyword`, which never matches a quoted identifier. Like Spanner's DDL parser,
 * an optional clause is entered on its first word, so a wrong second word is reported there.
 */

import type { DdlIdent, DdlKeyPart, DdlName, SortDirection } from '../ast/ddl-common';
import { parseIdentifier, parseWordAfterDot } from './identifier-parser';
import { TokenCursor } from './token-cursor';

export function parseDdlIdent(c: TokenCursor): DdlIdent {
  const id = parseIdentifier(c);
  return { name: id.name, loc: id.loc };
}

/** `name` or `schema.name`; parts after a dot may be any word, as elsewhere in GoogleSQL. */
export function parseDdlName(c: TokenCursor): DdlName {
  const start = c.peek();
  const parts = [parseIdentifier(c).name];
  while (c.acceptSymbol('.')) parts.push(parseWordAfterDot(c).name);
  return { name: parts.join('.'), parts, loc: c.span(start) };
}

/** `a, b, c`: one or more names, no parentheses. */
export function parseDdlIdentSequence(c: TokenCursor): DdlIdent[] {
  const names = [parseDdlIdent(c)];
  while (c.acceptSymbol(',')) names.push(parseDdlIdent(c));
  return names;
}

export function parseDdlNameSequence(c: TokenCursor): DdlName[] {
  const names = [parseDdlName(c)];
  while (c.acceptSymbol(',')) names.push(parseDdlName(c));
  return names;
}

/** `(a, b)`, non-empty. */
export function parseParenthesizedIdents(c: TokenCursor): DdlIdent[] {
  c.expectSymbol('(');
  const names = parseDdlIdentSequence(c);
  c.expectSymbol(')');
  return names;
}

/** Consumes `IF NOT EXISTS` when present. */
export function parseIfNotExists(c: TokenCursor): boolean {
  if (!c.acceptKeyword('IF')) return false;
  expectKeywords(c, 'NOT', 'EXISTS');
  return true;
}

/** Consumes `IF EXISTS` when present. */
export function parseIfExists(c: TokenCursor): boolean {
  if (!c.acceptKeyword('IF')) return false;
  c.expectKeyword('EXISTS');
  return true;
}

/** Consumes the keywords in order, or fails at the first that is missing. */
export function expectKeywords(c: TokenCursor, ...keywords: string[]): void {
  for (const k of keywords) c.expectKeyword(k);
}

/** True when the next tokens are exactly these words. */
export function isKeywordSequence(c: TokenCursor, ...keywords: string[]): boolean {
  return keywords.every((k, i) => c.isKeyword(k, i));
}

/** True when an integer literal, maybe negative, comes next. */
export function isDdlIntegerStart(c: TokenCursor): boolean {
  return c.peek().kind === 'integer' || (c.isSymbol('-') && c.peek(1).kind === 'integer');
}

/** An INT64 literal, optionally negative, as a decimal string (hex is converted). */
export function parseDdlInteger(c: TokenCursor): string {
  const negative = c.isSymbol('-') && c.peek(1).kind === 'integer';
  if (negative) c.next();
  const t = c.peek();
  if (t.kind !== 'integer') throw c.missing('integer literal', 'INTEGER_LITERAL');
  c.next();
  const value = BigInt(t.value.toLowerCase());
  return (negative ? -value : value).toString();
}

/** `col [ASC|DESC]`. */
export function parseKeyPart(c: TokenCursor): DdlKeyPart {
  const column = parseDdlIdent(c);
  let direction: SortDirection | null = null;
  if (c.acceptKeyword('ASC')) direction = 'ASC';
  else if (c.acceptKeyword('DESC')) direction = 'DESC';
  return { column, direction };
}

/**
 * `(k1 [ASC|DESC], ...)`, possibly empty (a key-less table; an index without keys is rejected later
 * with a better message), a trailing comma tolerated.
 */
export function parseKeyPartList(c: TokenCursor): DdlKeyPart[] {
  c.expectSymbol('(');
  const parts: DdlKeyPart[] = [];
  while (c.isIdentifier()) {
    parts.push(parseKeyPart(c));
    if (!c.acceptSymbol(',')) break;
  }
  c.expectSymbol(')');
  return parts;
}
