/**
 * LAX_BOOL, LAX_INT64, LAX_FLOAT64 and LAX_STRING: best-effort JSON-to-SQL conversions that give
 * NULL instead of failing. Numbers in strings are read as decimal text (`" 12 "`, `"1.5e1"`),
 * INT64 results round half away from zero, and doubles print as C's `%.15g` (`%.17g` when 15
 * digits do not round-trip), as GoogleSQL prints them.
 */

import type { JsonValue } from '../../../../../types/json/json-value';
import { isInt64 } from '../../../../../types/int64';

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

export function laxBool(v: JsonValue): boolean | null {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') {
    const lower = v.toLowerCase();
    return lower === 'true' ? true : lower === 'false' ? false : null;
  }
  return null;
}

function int64OrNull(n: bigint): bigint | null {
  return isInt64(n) ? n : null;
}

/** Rounds half away from zero, exactly (a double's value is exact in a bigint when integral). */
function roundDouble(x: number): bigint | null {
  if (!Number.isFinite(x)) return null;
  const truncated = Math.trunc(x);
  const away = Math.abs(x - truncated) >= 0.5 ? truncated + Math.sign(x) : truncated;
  return int64OrNull(BigInt(away));
}

/** A decimal text's value rounded half away from zero, or null when it is not a number. */
function roundDecimalText(text: string): bigint | null {
  const m = DECIMAL.exec(text);
  if (m === null || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const [, sign, int, frac = '', exp = '0'] = m;
  const shift = Number(exp) - frac.length;
  if (shift > 40) return /[1-9]/.test(int + frac) ? null : 0n;
  const digits = BigInt(`0${int}${frac}`);
  let value: bigint;
  if (shift >= 0) value = digits * 10n ** BigInt(shift);
  else {
    const divisor = 10n ** BigInt(-shift);
    value = digits / divisor + (2n * (digits % divisor) >= divisor ? 1n : 0n);
  }
  return int64OrNull(sign === '-' ? -value : value);
}

export function laxInt64(v: JsonValue): bigint | null {
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'bigint') return int64OrNull(v);
  if (typeof v === 'number') return roundDouble(v);
  if (typeof v === 'string') return roundDecimalText(v.trim());
  return null;
}

function parseLaxDouble(text: string): number | null {
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(text);
  if (special !== null) {
    if (special[2].toLowerCase() === 'nan') return Number.NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  const hex = /^([+-]?)0x([0-9a-f]+)$/i.exec(text);
  if (hex !== null) return (hex[1] === '-' ? -1 : 1) * Number(`0x${hex[2]}`);
  const m = DECIMAL.exec(text);
  if (m === null || (m[2] === '' && (m[3] ?? '') === '')) return null;
  return Number(text);
}

export function laxFloat64(v: JsonValue): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string') return parseLaxDouble(v.trim());
  return null;
}

/** A double as `%.15g` prints it, or `%.17g` when fifteen digits lose information. */
export function roundTripDoubleText(x: number): string {
  if (x === 0) return '0';
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
  const sign = x < 0 ? '-' : '';
  let precision = 15;
  let [mantissa, exp] = Math.abs(x).toExponential(14).split('e');
  if (Number(`${mantissa}e${exp}`) !== Math.abs(x)) {
    precision = 17;
    [mantissa, exp] = Math.abs(x).toExponential(16).split('e');
  }
  const digits = mantissa.replace('.', '').replace(/0+$/, '');
  const point = Number(exp) + 1;
  const exponent = point - 1;
  if (exponent >= -4 && exponent < precision) {
    if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
    if (digits.length <= point) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
    return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
  }
  const head = digits.length === 1 ? digits : `${digits[0]}.${digits.slice(1)}`;
  const abs = Math.abs(exponent);
  return `${sign}${head}e${exponent < 0 ? '-' : '+'}${abs < 10 ? '0' : ''}${abs}`;
}

export function laxString(v: JsonValue): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return roundTripDoubleText(v);
  return null;
}
