/**
 * Column types as DDL writes them: `STRING(MAX)`, `BYTES(0x100)`, `ARRAY<T>(vector_length=>n)`,
 * `STRUCT<name T, ...>` and proto/enum names. Table columns must give STRING and BYTES a length;
 * function signatures may omit it. Whether a named type exists is not checked here.
 */

import { ddlStatementError } from '../../errors/sql-errors';
import {
  DDL_SCALAR_TYPE_NAMES,
  type DdlColumnType,
  type DdlScalarTypeName,
  type DdlStructField,
} from '../ast/ddl-common';
import { isDdlIntegerStart, parseDdlInteger, parseDdlName } from './ddl-tokens';
import { parseIdentifier } from './identifier-parser';
import { TokenCursor } from './token-cursor';

/** Spanner refuses ARRAY and STRUCT nested deeper than this while parsing. */
const MAX_COMPLEX_TYPE_NESTING = 5;

const SCALAR_NAMES: ReadonlySet<string> = new Set(DDL_SCALAR_TYPE_NAMES);

export interface ColumnTypeRules {
  /** STRING and BYTES must carry `(length)`, as in table and model columns. */
  lengthRequired: boolean;
  /** The name of this grammar production in Spanner's syntax errors. */
  production: 'column_type' | 'function_data_type';
}

/** Types of table and model columns. */
export const TABLE_COLUMN_TYPES: ColumnTypeRules = { lengthRequired: true, production: 'column_type' };

/** Types in function signatures. */
export const FUNCTION_TYPES: ColumnTypeRules = { lengthRequired: false, production: 'function_data_type' };

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
  if (!c.isIdentifier()) throw c.encountered(rules.production);
  return { kind: 'named', path: parseDdlName(c).name };
}

function parseLength(c: TokenCursor, rules: ColumnTypeRules): number | 'MAX' | null {
  if (!rules.lengthRequired && !c.isSymbol('(')) return null;
  c.expectSymbol('(');
  let length: number | 'MAX';
  if (c.acceptKeyword('MAX')) length = 'MAX';
  else if (isDdlIntegerStart(c)) length = Number(parseDdlInteger(c));
  else throw c.encountered('column_length');
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
  if (!c.acceptSymbol('<')) throw c.encountered(rules.production);
  const fields: DdlStructField[] = [];
  do {
    // Names are required here; Spanner's grammar makes them optional and so reports a field
    // without one where the type fails to parse.
    if (!c.isIdentifier()) throw c.encountered(rules.production);
    const name = parseIdentifier(c).name;
    fields.push({ name, type: parseDdlColumnType(c, rules, depth) });
  } while (c.acceptSymbol(','));
  c.expectSymbol('>');
  return { kind: 'struct', fields };
}
