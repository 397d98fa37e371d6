/**
 * FORMAT's numeric conversions: integers (%d %i %o %x %X) and floating point (%f %e %g and
 * upper-case forms) from exact decimal expansions, so digits and rounding are C's for FLOAT64
 * (ties to even on the exact binary value) and half away from zero for NUMERIC, as GoogleSQL
 * rounds decimals. Padding to a width is the caller's; this gives sign, prefix and digits apart.
 */

import type { Decimal } from '../numeric/double-decimal';

/** A formatted number before padding: `sign` + `prefix` + `digits` (zero padding goes between). */
export interface NumberText {
  readonly sign: string;
  readonly prefix: string;
  readonly digits: string;
}

export type Rounding = 'even' | 'away';

function signOf(negative: boolean, flags: string): string {
  return negative ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
}

function group(digits: string, size: number, separator: string): string {
  let out = '';
  for (let end = digits.length; end > 0; end -= size) {
    out = digits.slice(Math.max(0, end - size), end) + (out === '' ? '' : separator + out);
  }
  return out;
}

export function formatInteger(value: bigint, conversion: string, flags: string, precision: number | null): NumberText {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const radix = conversion === 'o' ? 8 : conversion === 'x' || conversion === 'X' ? 16 : 10;
  let digits = magnitude.toString(radix);
  if (conversion === 'X') digits = digits.toUpperCase();
  if (precision !== null) digits = digits.padStart(precision, '0');
  if (flags.includes("'")) digits = radix === 10 ? group(digits, 3, ',') : group(digits, 4, ':');
  let prefix = '';
  if (flags.includes('#') && magnitude !== 0n) {
    if (radix === 16) prefix = conversion === 'X' ? '0X' : '0x';
    else if (radix === 8 && !digits.startsWith('0')) prefix = '0';
  }
  return { sign: signOf(negative, flags), prefix, digits };
}

/** The exact value of NUMERIC text. */
export function numericDecimal(text: string): Decimal {
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace(/^[-+]/, '').split('.');
  return { negative, coefficient: BigInt(whole + fraction), scale: fraction.length };
}

/** `coefficient / 10^drop`, rounded. */
function roundDrop(coefficient: bigint, drop: number, rounding: Rounding): bigint {
  if (drop <= 0) return coefficient * 10n ** BigInt(-drop);
  const divisor = 10n ** BigInt(drop);
  const quotient = coefficient / divisor;
  const twice = (coefficient % divisor) * 2n;
  if (twice > divisor || (twice === divisor && (rounding === 'away' || quotient % 2n === 1n))) return quotient + 1n;
  return quotient;
}

function fixedDigits(d: Decimal, precision: number, rounding: Rounding, flags: string): string {
  const scaled = roundDrop(d.coefficient, d.scale - precision, rounding)
    .toString()
    .padStart(precision + 1, '0');
  let whole = scaled.slice(0, scaled.length - precision);
  if (flags.includes("'")) whole = group(whole, 3, ',');
  const fraction = scaled.slice(scaled.length - precision);
  return precision > 0 || flags.includes('#') ? `${whole}.${fraction}` : whole;
}

/** Digits rounded to `significant` digits and the decimal exponent of the first one. */
function significantDigits(d: Decimal, significant: number, rounding: Rounding): [string, number] {
  if (d.coefficient === 0n) return ['0'.repeat(significant), 0];
  const length = d.coefficient.toString().length;
  let exponent = length - 1 - d.scale;
  let digits = roundDrop(d.coefficient, length - significant, rounding).toString();
  if (digits.length > significant) {
    digits = digits.slice(0, significant);
    exponent++;
  }
  return [digits, exponent];
}

function exponentDigits(d: Decimal, precision: number, rounding: Rounding, flags: string, upper: boolean): string {
  const [digits, exponent] = significantDigits(d, precision + 1, rounding);
  const mantissa = precision > 0 || flags.includes('#') ? `${digits[0]}.${digits.slice(1)}` : digits[0];
  const e = `${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  return `${mantissa}${upper ? 'E' : 'e'}${e}`;
}

function generalDigits(d: Decimal, precision: number, rounding: Rounding, flags: string, upper: boolean): string {
  const p = precision === 0 ? 1 : precision;
  const [, exponent] = significantDigits(d, p, rounding);
  const text =
    exponent >= -4 && exponent < p
      ? fixedDigits(d, p - 1 - exponent, rounding, flags)
      : exponentDigits(d, p - 1, rounding, flags, upper);
  if (flags.includes('#')) return text;
  const [mantissa, exponentPart = ''] = text.split(/(?=[eE])/);
  if (!mantissa.includes('.')) return text;
  return mantissa.replace(/0+$/, '').replace(/\.$/, '') + exponentPart;
}

/** %f %F %e %E %g %G of a finite value. */
export function formatDecimal(
  d: Decimal,
  conversion: string,
  flags: string,
  precision: number | null,
  rounding: Rounding,
): NumberText {
  const p = precision ?? 6;
  const lower = conversion.toLowerCase();
  const upper = conversion !== lower;
  const digits =
    lower === 'f'
      ? fixedDigits(d, p, rounding, flags)
      : lower === 'e'
        ? exponentDigits(d, p, rounding, flags, upper)
        : generalDigits(d, p, rounding, flags, upper);
  const isZero = d.coefficient === 0n;
  return { sign: signOf(d.negative && !isZero, flags), prefix: '', digits };
}

/** inf, -inf, nan (upper case for the upper-case conversions). */
export function formatNonFinite(x: number, conversion: string, flags: string): NumberText {
  const text = Number.isNaN(x) ? 'nan' : 'inf';
  const digits = conversion === conversion.toUpperCase() ? text.toUpperCase() : text;
  return { sign: Number.isNaN(x) ? '' : signOf(x < 0, flags), prefix: '', digits };
}
