/**
 * Literals: NULL, booleans, integers (decimal and hex, range-checked; `-9223372036854775808` is
 * read with its minus sign), floats, strings, bytes and the typed literals DATE, TIMESTAMP,
 * NUMERIC and JSON, whose text is validated here as GoogleSQL does at analysis time.
 */

import { assertNever } from '../../../errors/assert-never';
import {
  invalidFloatLiteral,
  invalidIntegerLiteral,
  invalidJsonLiteral,
  invalidNumericLiteral,
  invalidTypedLiteral,
  typeNotFound,
} from '../../../errors/analyzer-errors';
import type {
  Expression,
  FloatLiteral,
  IntLiteral,
  TypedLiteral as TypedLiteralAst,
} from '../../../sql/ast/expression';
import { canonicalJsonText, JsonParseFailure } from '../../../types/json/json-parser';
import type { AnalyzerContext } from './analyzer-context';
import { parseDateText, parseTimestampText } from './date-time-text';
import { parseNumericText } from './numeric-text';
import { BOOL, BYTES, DATE, FLOAT64, INT64, JSON_TYPE, NUMERIC, STRING, TIMESTAMP, type SqlType } from './sql-type';
import type { SqlValue } from './sql-value';
import type { Coercibility, TypedLiteral } from './typed-expression';
import { INT64_MAX, INT64_MIN } from '../../../types/int64';

export function literal(type: SqlType, value: SqlValue, coercibility: Coercibility = 'literal'): TypedLiteral {
  return { kind: 'literal', type, value, coercibility };
}

/** The typed literal of a literal node, or null when `e` is not a literal. */
export function analyzeLiteral(e: Expression, ctx: AnalyzerContext): TypedLiteral | null {
  switch (e.kind) {
    case 'nullLiteral':
      return literal(INT64, null, 'untyped');
    case 'boolLiteral':
      return literal(BOOL, e.value);
    case 'intLiteral':
      return intLiteral(e, false, ctx);
    case 'floatLiteral':
      return floatLiteral(e, ctx);
    case 'stringLiteral':
      return literal(STRING, e.value);
    case 'bytesLiteral':
      return literal(BYTES, e.value);
    case 'typedLiteral':
      return typedLiteral(e, ctx);
    default:
      return null;
  }
}

/** An integer literal, negated when written after a unary minus. */
export function intLiteral(e: IntLiteral, negated: boolean, ctx: AnalyzerContext): TypedLiteral {
  const text = e.text;
  let value: bigint;
  try {
    value = BigInt(text);
  } catch {
    throw invalidIntegerLiteral(text, ctx.site(e.loc));
  }
  if (negated) value = -value;
  if (value > INT64_MAX || value < INT64_MIN) throw invalidIntegerLiteral(negated ? `-${text}` : text, ctx.site(e.loc));
  return literal(INT64, value);
}

function floatLiteral(e: FloatLiteral, ctx: AnalyzerContext): TypedLiteral {
  const value = Number(e.text);
  if (!Number.isFinite(value)) throw invalidFloatLiteral(e.text, ctx.site(e.loc));
  return literal(FLOAT64, value);
}

function typedLiteral(e: TypedLiteralAst, ctx: AnalyzerContext): TypedLiteral {
  const site = ctx.site(e.loc);
  switch (e.type) {
    case 'DATE': {
      const date = parseDateText(e.value);
      if (date === null) throw invalidTypedLiteral('DATE', site);
      return literal(DATE, date);
    }
    case 'TIMESTAMP': {
      const nanos = parseTimestampText(e.value);
      if (nanos === null) throw invalidTypedLiteral('TIMESTAMP', site);
      return literal(TIMESTAMP, { kind: 'timestamp', nanos });
    }
    case 'NUMERIC': {
      const numeric = parseNumericText(e.value);
      if (numeric === null) throw invalidNumericLiteral('NUMERIC', e.value, site);
      return literal(NUMERIC, numeric);
    }
    case 'BIGNUMERIC':
      throw typeNotFound('BIGNUMERIC', site);
    case 'JSON':
      return literal(JSON_TYPE, normalizedJson(e.value, site));
    default:
      return assertNever(e.type, 'typed literal');
  }
}

/** JSON literals hold Spanner's canonical text: sorted keys, first of duplicates, exact integers. */
function normalizedJson(text: string, site: ReturnType<AnalyzerContext['site']>): string {
  try {
    return canonicalJsonText(text);
  } catch (err) {
    if (err instanceof JsonParseFailure) throw invalidJsonLiteral(err.message, site);
    throw err;
  }
}
