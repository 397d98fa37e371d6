/**
 * Applies a conversion chosen by signature matching or a supertype: literals are converted to the
 * target type right away (so `1 + 1.5` holds the FLOAT64 constant 1.0), anything else is wrapped
 * in an implicit cast node, so that executors only ever see functions called with the exact types
 * of their signatures.
 */

import { couldNotCastLiteral } from '../../../errors/analyzer-errors';
import type { ErrorSite } from '../../../errors/analyzer-errors';
import { parseDateText, parseTimestampText } from './date-time-text';
import { parseNumericText } from './numeric-text';
import { sameType, type SqlType } from './sql-type';
import type { SqlValue } from './sql-value';
import type { TypedExpression, TypedLiteral } from './typed-expression';

export function coerceExpression(e: TypedExpression, target: SqlType, site: ErrorSite): TypedExpression {
  if (sameType(e.type, target)) return e.type === target || e.kind !== 'literal' ? e : { ...e, type: target };
  if (e.kind === 'literal') return convertLiteral(e, target, site);
  if (e.kind === 'parameter' && e.coercibility === 'untyped') return { ...e, type: target };
  return { kind: 'cast', type: target, coercibility: e.coercibility, safe: false, expr: e, format: null };
}

/**
 * A literal's value converted at analysis, as GoogleSQL converts literals from their written
 * text (a FLOAT64 literal to NUMERIC keeps its digits, not the double's binary value); null when
 * the value does not fit, leaving the failure to evaluation.
 */
export function convertedLiteral(e: TypedLiteral, target: SqlType): TypedLiteral | null {
  const value = convertValue(e.value, e.type, target);
  return value === undefined ? null : { kind: 'literal', type: target, value, coercibility: 'expression' };
}

function convertLiteral(e: TypedLiteral, target: SqlType, site: ErrorSite): TypedLiteral {
  const value = convertValue(e.value, e.type, target);
  if (value === undefined) throw couldNotCastLiteral(literalText(e.value), typeText(target), site);
  return { kind: 'literal', type: target, value, coercibility: e.coercibility };
}

function typeText(t: SqlType): string {
  return t.kind === 'scalar' ? t.name : t.kind.toUpperCase();
}

function literalText(value: SqlValue): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint' || typeof value === 'number') return String(value);
  return '';
}

/** The value converted, or undefined when it does not fit the target type. */
function convertValue(value: SqlValue, from: SqlType, to: SqlType): SqlValue | undefined {
  if (value === null) return null;
  if (from.kind === 'array' && to.kind === 'array' && Array.isArray(value)) {
    const out = value.map((v) => convertValue(v, from.element, to.element));
    return out.some((v) => v === undefined) ? undefined : (out as SqlValue[]);
  }
  if (from.kind === 'struct' && to.kind === 'struct' && Array.isArray(value)) {
    const out = value.map((v, i) => convertValue(v, from.fields[i].type, to.fields[i].type));
    return out.some((v) => v === undefined) ? undefined : (out as SqlValue[]);
  }
  if (from.kind !== 'scalar' || to.kind !== 'scalar') return undefined;
  return convertScalar(value, from.name, to.name);
}

function convertScalar(value: SqlValue, from: string, to: string): SqlValue | undefined {
  switch (`${from}->${to}`) {
    case 'INT64->FLOAT64':
      return Number(value);
    case 'INT64->FLOAT32':
    case 'FLOAT64->FLOAT32':
      return Math.fround(Number(value));
    case 'INT64->NUMERIC':
      return parseNumericText(String(value)) ?? undefined;
    case 'FLOAT64->NUMERIC':
      return Number.isFinite(value) ? (parseNumericText(String(value), true) ?? undefined) : undefined;
    case 'NUMERIC->FLOAT64':
      return Number(value);
    case 'FLOAT32->FLOAT64':
      return value;
    case 'STRING->DATE':
      return parseDateText(value as string) ?? undefined;
    case 'STRING->TIMESTAMP': {
      const nanos = parseTimestampText(value as string);
      return nanos === null ? undefined : { kind: 'timestamp', nanos };
    }
    default:
      return undefined;
  }
}
