/**
 * Evaluation errors of casts, arithmetic and math functions, worded as GoogleSQL words them. All
 * are OUT_OF_RANGE (so SAFE_CAST and SAFE. turn them into NULL). Overflow, division by zero and
 * `Bad int64 value` are shared ones (evaluation-errors.ts).
 */

import { Code } from './codes';
import { SpannerError } from './spanner-error';

function outOfRange(message: string): SpannerError {
  return new SpannerError(Code.OUT_OF_RANGE, message);
}

/** CAST(b'\xff' AS STRING). */
export function invalidUtf8InCast(): SpannerError {
  return outOfRange('Invalid cast of bytes to UTF8 string');
}

/** `Invalid NUMERIC value: abc` (text already shortened and escaped for the message). */
export function invalidNumericValue(text: string): SpannerError {
  return outOfRange(`Invalid NUMERIC value: ${text}`);
}

/** `int64 out of range: 1e+19`, `float out of range: 1e+300`, `numeric out of range: ...`. */
export function castOutOfRange(typeName: string, valueText: string): SpannerError {
  return outOfRange(`${typeName} out of range: ${valueText}`);
}

/** CAST of NaN or an infinity to INT64 (`integer`) or NUMERIC (`numeric`). */
export function nonFiniteConversion(target: 'integer' | 'numeric', valueText: string): SpannerError {
  const what = target === 'integer' ? 'an integer' : 'numeric';
  return outOfRange(`Illegal conversion of non-finite floating point number to ${what}: ${valueText}`);
}

/** Text that is not a `YYYY-MM-DD` date. */
export function invalidDateText(text: string): SpannerError {
  return outOfRange(`Invalid date: '${text}'`);
}

export function dateTextOutOfRange(text: string): SpannerError {
  return outOfRange(`Date value out of range: '${text}'`);
}

/** Timestamp text of the right shape whose fields or instant are out of range. */
export function timestampTextOutOfRange(text: string): SpannerError {
  return outOfRange(`Invalid timestamp string "${text}" (scale TIMESTAMP_NANOSECOND)`);
}
