/**
 * Exact NUMERIC arithmetic on scaled integers (value * 10^9, see src/types/numeric-scaled.ts):
 * division that rounds half away from zero, range checks against NUMERIC's 29 integer digits,
 * and conversions from floats. Errors are the callers' (each words its own).
 */

import { numericToScaled, scaledToNumeric } from '../../../../../types/numeric-scaled';
import { doubleDecimal } from './double-decimal';

export const SCALE = 1_000_000_000n;
/** The largest scaled magnitude: 99999999999999999999999999999.999999999. */
export const MAX_SCALED = 10n ** 38n - 1n;

export function toScaled(text: string): bigint {
  return numericToScaled(text);
}

export function fromScaled(scaled: bigint): string {
  return scaledToNumeric(scaled);
}

export function inNumericRange(scaled: bigint): boolean {
  return scaled <= MAX_SCALED && scaled >= -MAX_SCALED;
}

/** `a / b` rounded half away from zero (b non-zero). */
export function divideRounded(a: bigint, b: bigint): bigint {
  const negative = a < 0n !== b < 0n;
  const n = a < 0n ? -a : a;
  const d = b < 0n ? -b : b;
  let q = n / d;
  if ((n % d) * 2n >= d) q += 1n;
  return negative ? -q : q;
}

/**
 * The scaled NUMERIC of a float, or null when it is not finite or out of range. GoogleSQL rounds
 * the double's exact binary value (not its shortest round-trip text) half away from zero, so
 * 0.1234567895, stored just below that decimal, becomes 0.123456789.
 */
export function floatToScaled(x: number): bigint | null {
  // Anything this large is out of range; skipping it avoids expanding a 300-digit coefficient.
  if (!Number.isFinite(x) || Math.abs(x) >= 1e30) return null;
  const { negative, coefficient, scale } = doubleDecimal(x);
  const magnitude = divideRounded(coefficient * SCALE, 10n ** BigInt(scale));
  if (magnitude > MAX_SCALED) return null;
  return negative ? -magnitude : magnitude;
}

/** A scaled NUMERIC as the nearest float. */
export function scaledToFloat(scaled: bigint): number {
  return Number(fromScaled(scaled));
}
