/**
 * Column types as DDL writes them: `STRING(MAX)`, `BYTES(0x100)`, `ARRAY<T>(vector_length=>n)`,
 * `STRUCT<name T, ...>` and proto/enum names. Table columns must give STRING and BYTES a length;
 * function signatures may omit it. Whether a named type exists is not checked here.
 */

import { ddlStatementError } from '../../errors/sql-errors';
import { DDL_SCALAR_TYPE_NAMES, type DdlColumnType, type DdlScalarTypeName, type DdlStructField } from '../ast/ddl-common';
import { parseDdlInteger, parseDdlName } from './ddl-tokens';
import { parseIdentifier } from './identifier-parser';
import { TokenCursor } from './token-cursor';

/** Spanner refuses ARRAY and STRUCT nested deeper than this while parsing. */
const MAX_COMPLEX_TYPE_NESTING = 5;

const SCALAR_NAMES: ReadonlySet<string> = new Set(DDL_SCALAR_TYPE_NAMES);

export interface ColumnTypeRules {
  /** STRING and BYTES must carry `(length)`, as in table and model columns. */
  lengthRequired: boolean;
}

export function parseDdlColumnType(c: TokenCursor, rules: ColumnTypeRules, depth = 0): DdlColumnType {
  const t = c.peek();
  if (t.keyword === 'ARRAY') return parseArrayType(c, rules, depth + 1);
  if (t.keyword === 'STRUCT') return parseStructType(c, rules, depth + 1);
  if (t.keyword === 'STRING' || t.keyword === 'BYTES') {
    c.next();
    return { kind: 'sized', name: t.keyword, length: parseLength(c, rules) };
  }
  if (SCALAR_NAMES.has(t.keyword) && t.kind !== 'symbol') {
    c.next();
    return { kind: 'scalar', name: t.keyword as DdlScalarTypeName };
  }
  if (!c.isIdentifier()) throw c.unexpected();
  return { kind: 'named', path: parseDdlName(c).name };
}

function parseLength(c: TokenCursor, rules: ColumnTypeRules): number | 'MAX' | null {
  if (!c.isSymbol('(')) {
    if (rules.lengthRequired) throw c.expected('"("');
    return null;
  }
  c.next();
  const length = c.acceptKeyword('MAX') ? 'MAX' : Number(parseDdlInteger(c));
  c.expectSymbol(')');
  return length;
}

function checkNesting(depth: number): void {
  if (depth > MAX_COMPLEX_TYPE_NESTING) {
    throw ddlStatementError(`DDL parser exceeded complex type nesting limit of ${MAX_COMPLEX_TYPE_NESTING}`);
  }
}

function parseArrayType(c: TokenCursor, rules: ColumnTypeRules, depth: number): DdlColumnType {
  checkNesting(depth);
  c.next();
  c.expectSymbol('<');
  const element = parseDdlColumnType(c, rules, depth);
  c.expectSymbol('>');
  let vectorLength: number | null = null;
  if (c.isSymbol('(') && c.isKeyword('VECTOR_LENGTH', 1)) {
    c.next();
    c.next();
    c.expectSymbol('=>');
    vectorLength = Number(parseDdlInteger(c));
    c.expectSymbol(')');
  }
  return { kind: 'array', element, vectorLength };
}

function parseStructType(c: TokenCursor, rules: ColumnTypeRules, depth: number): DdlColumnType {
  checkNesting(depth);
  c.next();
  if (c.acceptSymbol('<>')) return { kind: 'struct', fields: [] };
  c.expectSymbol('<');
  const fields: DdlStructField[] = [];
  do {
    const name = parseIdentifier(c).name;
    fields.push({ name, type: parseDdlColumnType(c, rules, depth) });
  } while (c.acceptSymbol(','));
  c.expectSymbol('>');
  return { kind: 'struct', fields };
}
