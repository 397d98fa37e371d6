/**
 * Type names: BOOL, INT64, FLOAT32, FLOAT64, NUMERIC, STRING(n|MAX), BYTES(n|MAX), DATE,
 * TIMESTAMP, JSON, INTERVAL, TOKENLIST, ARRAY<T>, STRUCT<[name] T, ...> and named proto/enum
 * types. Scalar names are case-insensitive. Does not parse DDL column options (vector_length,
 * NOT NULL...): the DDL parser reads those after the type.
 */

import type { PathName } from '../ast/node';
import { SCALAR_TYPE_NAMES, ScalarTypeName, StructType, StructTypeField, TypeNode } from '../ast/type';
import { parseIdentifier, parsePathName } from './identifier-parser';
import { TokenCursor } from './token-cursor';

const SCALARS: ReadonlySet<string> = new Set(SCALAR_TYPE_NAMES);

/** Parses one type at the cursor. */
export function parseType(c: TokenCursor): TypeNode {
  c.enter();
  const start = c.peek();
  let type: TypeNode;
  if (c.acceptKeyword('ARRAY')) {
    c.expectSymbol('<');
    const element = parseType(c);
    c.expectSymbol('>');
    type = { kind: 'arrayType', element, loc: c.span(start) };
  } else if (c.isKeyword('STRUCT')) {
    type = parseStructType(c);
  } else if (c.acceptKeyword('INTERVAL')) {
    type = { kind: 'scalarType', name: 'INTERVAL', length: null, loc: c.span(start) };
  } else if (c.isIdentifier()) {
    type = namedOrScalar(c, parsePathName(c));
  } else {
    throw c.unexpected();
  }
  c.leave();
  return type;
}

/** `STRUCT<...>`, with the cursor on STRUCT. Also used by typed struct constructors. */
export function parseStructType(c: TokenCursor): StructType {
  const start = c.expectKeyword('STRUCT');
  // The lexer reads `STRUCT<>` as STRUCT followed by the `<>` operator.
  if (c.acceptSymbol('<>')) return { kind: 'structType', fields: [], loc: c.span(start) };
  c.expectSymbol('<');
  const fields: StructTypeField[] = [];
  if (!c.isSymbol('>')) {
    do fields.push(parseStructTypeField(c));
    while (c.acceptSymbol(','));
  }
  c.expectSymbol('>');
  return { kind: 'structType', fields, loc: c.span(start) };
}

/** `name TYPE` or an anonymous `TYPE`: a word followed by another word starts a named field. */
function parseStructTypeField(c: TokenCursor): StructTypeField {
  const start = c.peek();
  const name = c.isIdentifier() && c.isWord(1) ? parseIdentifier(c) : null;
  const type = parseType(c);
  return { kind: 'structTypeField', name, type, loc: c.span(start) };
}

function namedOrScalar(c: TokenCursor, path: PathName): TypeNode {
  const first = path.parts[0];
  const upper = first.name.toUpperCase();
  const startToken = { start: path.loc.start, line: path.loc.line, column: path.loc.column, end: path.loc.end };
  const quoted = c.text.charCodeAt(first.loc.start) === 96;
  if (path.parts.length !== 1 || quoted || !SCALARS.has(upper)) {
    return { kind: 'namedType', path, loc: path.loc };
  }
  const name = upper as ScalarTypeName;
  let length: number | 'MAX' | null = null;
  if ((name === 'STRING' || name === 'BYTES') && c.acceptSymbol('(')) {
    length = parseTypeLength(c);
    c.expectSymbol(')');
  }
  return { kind: 'scalarType', name, length, loc: c.span(startToken) };
}

function parseTypeLength(c: TokenCursor): number | 'MAX' {
  if (c.acceptKeyword('MAX')) return 'MAX';
  const t = c.peek();
  if (t.kind !== 'integer') throw c.expected('integer literal or MAX');
  c.next();
  return Number(t.value);
}
