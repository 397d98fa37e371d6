/**
 * Primary expressions: literals, parameters, names and dotted paths, function calls (including
 * `SAFE.` and keyword-named calls such as IF), parenthesised expressions, tuples and subqueries.
 * Special forms and constructors are delegated to special-form-parser and constructor-parser.
 * Operators and postfix access are expression-parser's.
 */

import type { Expression, TypedLiteralType } from '../ast/expression';
import type { Identifier, PathName } from '../ast/node';
import { assertNever } from '../../errors/assert-never';
import { Token } from '../token';
import { isKeywordFunctionName } from '../token-keywords';
import {
  parseArrayConstructor,
  parseBracketArray,
  parseExists,
  parseNewConstructor,
  parseStructConstructor,
} from './constructor-parser';
import { parseExpression } from './expression-parser';
import { parseFunctionCall } from './function-call-parser';
import { parseIdentifier, parseWordAfterDot } from './identifier-parser';
import { continueQueryAfter, isQueryContinuation, isQueryStart, parseQuery } from './query-parser';
import { parseCase, parseCast, parseExtract, parseInterval, parseWithExpression } from './special-form-parser';
import { TokenCursor, tokenSpan } from './token-cursor';

const TYPED_LITERALS: ReadonlySet<string> = new Set(['DATE', 'TIMESTAMP', 'NUMERIC', 'BIGNUMERIC', 'JSON']);

export function parsePrimary(c: TokenCursor): Expression {
  const t = c.peek();
  switch (t.kind) {
    case 'integer':
      c.next();
      return { kind: 'intLiteral', text: t.value, loc: tokenSpan(t) };
    case 'float':
      c.next();
      return { kind: 'floatLiteral', text: t.value, loc: tokenSpan(t) };
    case 'string':
      return parseStringLiteral(c, t);
    case 'bytes':
      return parseBytesLiteral(c, t);
    case 'parameter':
      c.next();
      return { kind: 'parameter', name: t.value, loc: tokenSpan(t) };
    case 'systemVariable':
      c.next();
      return { kind: 'systemVariable', name: t.value, loc: tokenSpan(t) };
    case 'keyword':
      return parseKeywordPrimary(c, t);
    case 'identifier':
      return parseNamePrimary(c, t);
    case 'symbol':
      if (t.value === '(') return parseParenthesized(c);
      if (t.value === '[') return parseBracketArray(c, t, null);
      throw c.unexpected();
    case 'invalid':
    case 'eof':
      throw c.unexpected();
    default:
      return assertNever(t.kind, 'token kind');
  }
}

/** Adjacent string literals (`'a' 'b'`) form one literal, as in ZetaSQL. */
function parseStringLiteral(c: TokenCursor, t: Token): Expression {
  let value = c.next().value;
  while (c.peek().kind === 'string') value += c.next().value;
  return { kind: 'stringLiteral', value, loc: c.span(t) };
}

function parseBytesLiteral(c: TokenCursor, t: Token): Expression {
  const parts: Uint8Array[] = [];
  while (c.peek().kind === 'bytes') parts.push(c.next().bytes ?? new Uint8Array(0));
  if (parts.length === 1) return { kind: 'bytesLiteral', value: parts[0], loc: c.span(t) };
  const value = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    value.set(p, offset);
    offset += p.length;
  }
  return { kind: 'bytesLiteral', value, loc: c.span(t) };
}

function parseKeywordPrimary(c: TokenCursor, t: Token): Expression {
  switch (t.keyword) {
    case 'NULL':
      c.next();
      return { kind: 'nullLiteral', loc: tokenSpan(t) };
    case 'TRUE':
    case 'FALSE':
      c.next();
      return { kind: 'boolLiteral', value: t.keyword === 'TRUE', loc: tokenSpan(t) };
    case 'CASE':
      return parseCase(c);
    case 'CAST':
      return parseCast(c, false);
    case 'EXTRACT':
      return parseExtract(c);
    case 'INTERVAL':
      return parseInterval(c);
    case 'ARRAY':
      return parseArrayConstructor(c);
    case 'STRUCT':
      return parseStructConstructor(c);
    case 'EXISTS':
      return parseExists(c);
    case 'NEW':
      return parseNewConstructor(c);
  }
  if (t.keyword === 'WITH' && c.isSymbol('(', 1)) return parseWithExpression(c);
  if (isKeywordFunctionName(t.keyword) && c.isSymbol('(', 1)) {
    c.next();
    const id: Identifier = { kind: 'identifier', name: t.value, loc: tokenSpan(t) };
    return parseFunctionCall(c, { kind: 'pathName', parts: [id], loc: id.loc }, false, t);
  }
  throw c.unexpected();
}

function parseNamePrimary(c: TokenCursor, t: Token): Expression {
  if (t.keyword === 'SAFE_CAST' && c.isSymbol('(', 1)) return parseCast(c, true);
  if (TYPED_LITERALS.has(t.keyword) && c.peek(1).kind === 'string') {
    c.next();
    const value = c.next().value;
    return { kind: 'typedLiteral', type: t.keyword as TypedLiteralType, value, loc: c.span(t) };
  }
  const parts = [parseIdentifier(c)];
  while (c.isSymbol('.') && c.isWord(1)) {
    c.next();
    parts.push(parseWordAfterDot(c));
  }
  if (!c.isSymbol('(')) return { kind: 'path', parts, loc: c.span(t) };
  const safe = parts.length > 1 && t.keyword === 'SAFE';
  const nameParts = safe ? parts.slice(1) : parts;
  const first = nameParts[0].loc;
  const name: PathName = {
    kind: 'pathName',
    parts: nameParts,
    loc: { ...first, end: nameParts[nameParts.length - 1].loc.end },
  };
  return parseFunctionCall(c, name, safe, t);
}

/**
 * `(expr)`, a tuple `(a, b)` (an anonymous STRUCT), or a subquery `(SELECT ...)`, including
 * `((SELECT 1) UNION ALL (SELECT 2))` where the first parenthesised item turns out to be a query
 * operand.
 */
function parseParenthesized(c: TokenCursor): Expression {
  const open = c.expectSymbol('(');
  if (isQueryStart(c)) {
    const query = parseQuery(c);
    c.expectSymbol(')');
    return { kind: 'subquery', query, loc: c.span(open) };
  }
  const first = parseExpression(c);
  if (c.acceptSymbol(')')) return first;
  if (c.isSymbol(',')) {
    const fields = [{ kind: 'structField' as const, expr: first, alias: null, loc: first.loc }];
    while (c.acceptSymbol(',')) {
      const expr = parseExpression(c);
      fields.push({ kind: 'structField', expr, alias: null, loc: expr.loc });
    }
    c.expectSymbol(')');
    return { kind: 'structLiteral', type: null, fields, loc: c.span(open) };
  }
  if (first.kind === 'subquery' && isQueryContinuation(c)) {
    const query = continueQueryAfter(c, first.query, open);
    c.expectSymbol(')');
    return { kind: 'subquery', query, loc: c.span(open) };
  }
  throw c.expected('")"');
}
