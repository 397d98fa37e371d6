/**
 * Number text on the wire, read as Spanner's front end reads it: INT64 as decimal text (ASCII
 * white space around it and a sign allowed, exact, range-checked), FLOAT64/FLOAT32 special values
 * as the exact strings `NaN`, `Infinity` and `-Infinity`, FLOAT32 numbers only within float range,
 * NUMERIC as decimal or scientific text that fits precision 38, scale 9 without rounding. Each
 * returns null on refusal; the caller words the error.
 */
import { parseNumericText } from '../engine/query/analyzer/numeric-text';
import { isInt64 } from '../types/int64';

const INT64_TEXT = /^[ \t\n\v\f\r]*([+-]?)(\d+)[ \t\n\v\f\r]*$/;

/** Longest INT64 magnitude in digits; longer text is out of range without converting it. */
const INT64_DIGITS = 19;

export function int64FromText(text: string): bigint | null {
  const m = INT64_TEXT.exec(text);
  if (m === null) return null;
  const digits = m[2].replace(/^0+(?=\d)/, '');
  if (digits.length > INT64_DIGITS) return null;
  const value = BigInt(`${m[1]}${digits}`);
  return isInt64(value) ? value : null;
}

/** The special float values Spanner writes as strings; anything else is refused. */
export function floatFromText(text: string): number | null {
  switch (text) {
    case 'NaN':
      return NaN;
    case 'Infinity':
      return Infinity;
    case '-Infinity':
      return -Infinity;
    default:
      return null;
  }
}

const FLOAT32_MAX = 3.4028234663852886e38;

/** A wire number as FLOAT32: values beyond float range are refused, the rest rounded to float. */
export function float32FromNumber(x: number): number | null {
  if (Number.isFinite(x) && Math.abs(x) > FLOAT32_MAX) return null;
  return Math.fround(x);
}

const EXPONENT = /[eE]([+-]?\d+)[ \t\n\v\f\r]*$/;

/**
 * NUMERIC text to its canonical form, or null. Exponents far larger than the digits around them
 * decide the outcome alone (zero stays zero, anything else overflows or needs rounding), so they
 * are settled here instead of expanding millions of zeros.
 */
export function numericFromText(text: string): string | null {
  const exponent = EXPONENT.exec(text);
  if (exponent !== null && Math.abs(Number(exponent[1])) > exponent.index + 40) {
    const mantissa = parseNumericText(text.slice(0, exponent.index));
    if (mantissa === null) return null;
    return mantissa === '0' ? '0' : null;
  }
  return parseNumericText(text);
}
