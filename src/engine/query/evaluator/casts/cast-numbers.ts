/**
 * Casts among BOOL, INT64, FLOAT32, FLOAT64 and NUMERIC. Floats and NUMERIC round half away from
 * zero on the way to INT64; NUMERIC takes floats exactly, rounded to 9 decimals; out-of-range and
 * non-finite values are errors that print the float as C's `%g` does (`int64 out of range: 1e+19`).
 */

import type { SpannerValue } from '../../../../types/spanner-value';
import type { ScalarKind } from '../../analyzer/sql-type';
import { castOutOfRange, nonFiniteConversion } from '../../../../errors/numeric-evaluation-errors';
import { float64Text, formatG } from '../../../../types/float-text';
import {
  divideRounded,
  floatToScaled,
  fromScaled,
  inNumericRange,
  SCALE,
  toScaled,
} from '../functions/numeric/numeric-math';
import { INT64_MAX, INT64_MIN } from '../../../../types/int64';

const TWO_63 = 2 ** 63;

/** A float as out-of-range messages print it (`%g`: six significant digits). */
export function floatMessageText(x: number): string {
  if (!Number.isFinite(x) || x === 0) return float64Text(x);
  return formatG(x, 6);
}

export function floatToInt64(x: number): bigint {
  if (!Number.isFinite(x)) throw nonFiniteConversion('integer', floatMessageText(x));
  const rounded = Math.sign(x) * Math.round(Math.abs(x));
  if (rounded >= TWO_63 || rounded < -TWO_63) throw castOutOfRange('int64', floatMessageText(x));
  return BigInt(rounded);
}

export function floatToNumeric(x: number): string {
  if (!Number.isFinite(x)) throw nonFiniteConversion('numeric', floatMessageText(x));
  const scaled = floatToScaled(x);
  if (scaled === null || !inNumericRange(scaled)) throw castOutOfRange('numeric', floatMessageText(x));
  return fromScaled(scaled);
}

/** The largest finite FLOAT32. */
const FLOAT32_MAX = 3.4028234663852886e38;

export function float64ToFloat32(x: number): number {
  // Checked before narrowing: Math.fround rounds values just above the maximum down to it, but
  // GoogleSQL rejects any finite double beyond it.
  if (Number.isFinite(x) && Math.abs(x) > FLOAT32_MAX) throw castOutOfRange('float', floatMessageText(x));
  return Math.fround(x);
}

export function numericToInt64(text: string): bigint {
  const value = divideRounded(toScaled(text), SCALE);
  if (value < INT64_MIN || value > INT64_MAX) throw castOutOfRange('int64', fromScaled(value * SCALE));
  return value;
}

export function int64ToNumeric(value: bigint): string {
  return fromScaled(value * SCALE);
}

function fromInt64(v: bigint, to: ScalarKind): SpannerValue | undefined {
  switch (to) {
    case 'BOOL':
      return v !== 0n;
    case 'FLOAT64':
      return Number(v);
    case 'FLOAT32':
      return Math.fround(Number(v));
    case 'NUMERIC':
      return int64ToNumeric(v);
    default:
      return undefined;
  }
}

function fromFloat(v: number, to: ScalarKind): SpannerValue | undefined {
  switch (to) {
    case 'INT64':
      return floatToInt64(v);
    case 'FLOAT64':
      return v;
    case 'FLOAT32':
      return float64ToFloat32(v);
    case 'NUMERIC':
      return floatToNumeric(v);
    default:
      return undefined;
  }
}

function fromNumeric(v: string, to: ScalarKind): SpannerValue | undefined {
  switch (to) {
    case 'INT64':
      return numericToInt64(v);
    case 'FLOAT64':
      return Number(v);
    case 'FLOAT32':
      return float64ToFloat32(Number(v));
    default:
      return undefined;
  }
}

/** A cast between BOOL and the number types, or undefined when `from`/`to` are not such a pair. */
export function castNumber(value: SpannerValue, from: ScalarKind, to: ScalarKind): SpannerValue | undefined {
  switch (from) {
    case 'BOOL':
      return to === 'INT64' ? (value ? 1n : 0n) : undefined;
    case 'INT64':
      return fromInt64(value as bigint, to);
    case 'FLOAT32':
    case 'FLOAT64':
      return fromFloat(value as number, to);
    case 'NUMERIC':
      return fromNumeric(value as string, to);
    default:
      return undefined;
  }
}
