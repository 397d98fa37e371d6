/**
 * Errors of the string, bytes, regular expression, FORMAT, hashing and NET.* functions while they
 * evaluate, with Spanner's messages. All are OUT_OF_RANGE, so SAFE. calls turn them into NULL.
 * FORMAT's argument type errors are raised here only when the pattern is not a constant: with a
 * literal pattern the analyzer reports them first.
 */

import { evaluationFailed } from './evaluation-errors';
import type { SpannerError } from './spanner-error';

export function substrLengthNegative(): SpannerError {
  return evaluationFailed('Third argument in SUBSTR() cannot be negative');
}

export function padOutputSizeNegative(): SpannerError {
  return evaluationFailed('Second argument (output size) for LPAD/RPAD cannot be negative');
}

export function padPatternEmpty(): SpannerError {
  return evaluationFailed('Third argument (pad pattern) for LPAD/RPAD cannot be empty');
}

export function padOutputTooLarge(): SpannerError {
  return evaluationFailed('Output of LPAD/RPAD exceeds max allowed output size of 1MB');
}

export function repeatCountNegative(): SpannerError {
  return evaluationFailed('Second argument (repeat count) for REPEAT cannot be negative');
}

export function repeatOutputTooLarge(): SpannerError {
  return evaluationFailed('Output of REPEAT exceeds max allowed output size of 1MB');
}

export function replaceOutputTooLarge(): SpannerError {
  return evaluationFailed('Output of REPLACE exceeds max allowed output size of 1MB');
}

/** CONCAT and || of STRING or BYTES; the limit is worded in bytes, unlike REPEAT's. */
export function concatOutputTooLarge(): SpannerError {
  return evaluationFailed('Output of CONCAT exceeds max allowed output size of 1048576 bytes');
}

export function invalidCodePoint(codePoint: bigint): SpannerError {
  return evaluationFailed(`Invalid codepoint ${codePoint}`);
}

export function invalidAsciiValue(value: bigint): SpannerError {
  return evaluationFailed(`Invalid ASCII value ${value}`);
}

export function invalidBase64Text(): SpannerError {
  return evaluationFailed('Failed to decode invalid base64 string');
}

export function invalidBase32Text(): SpannerError {
  return evaluationFailed('Failed to decode invalid base32 string');
}

export function invalidHexText(offset: number, text: string): SpannerError {
  return evaluationFailed(`Failed to decode invalid hexadecimal string due to character at offset ${offset}: ${text}`);
}

export function likePatternEndsWithBackslash(): SpannerError {
  return evaluationFailed('LIKE pattern ends with a backslash');
}

/** RE2's parse error: `missing ): (a`, `invalid escape sequence: \e`. */
export function invalidRegularExpression(detail: string): SpannerError {
  return evaluationFailed(`Cannot parse regular expression: ${detail}`);
}

export function tooManyCaptureGroups(): SpannerError {
  return evaluationFailed(
    'Regular expressions passed into extraction functions must not have more than 1 capturing group',
  );
}

/** REGEXP_REPLACE's rewrite text errors (`\x`, a group the pattern does not have). */
export function invalidRegexpReplacement(detail: string): SpannerError {
  return evaluationFailed(`Invalid REGEXP_REPLACE pattern: ${detail}`);
}

export function formatStringInvalid(pattern: string): SpannerError {
  return evaluationFailed(`Invalid FORMAT string: "${pattern}"`);
}

export function formatSpecifierInvalid(character: string, pattern: string): SpannerError {
  return evaluationFailed(`Invalid format specifier character "${character}" in FORMAT string: "${pattern}"`);
}

/** A `*` width beyond the limit, or a FORMAT result over it. */
export function formatOutputTooLong(limit: number): SpannerError {
  return evaluationFailed(`Output string too long while evaluating FORMAT; limit ${limit}`);
}

export function formatWidthTooLarge(width: number, limit: number): SpannerError {
  return evaluationFailed(`Width ${width} exceeds the maximum supported output width of FORMAT. Limit: ${limit}`);
}

/** GoogleSQL's message runs the limit into the text: `Precision value is too big1074`. */
export function formatPrecisionTooBig(limit: number): SpannerError {
  return evaluationFailed(`Precision value is too big${limit}`);
}

export function formatArgumentType(position: number, expected: string, actual: string): SpannerError {
  return evaluationFailed(`Invalid type for argument ${position} to FORMAT; Expected ${expected}; Got ${actual}`);
}

/** `Too few arguments to FORMAT for pattern "%d"; Expected 2; Got 1` (counts include the pattern). */
export function formatArgumentCount(tooFew: boolean, pattern: string, expected: number, actual: number): SpannerError {
  const which = tooFew ? 'Too few' : 'Too many';
  return evaluationFailed(`${which} arguments to FORMAT for pattern "${pattern}"; Expected ${expected}; Got ${actual}`);
}

export function ipAddressUnparseable(text: string): SpannerError {
  return evaluationFailed(`NET.IP_FROM_STRING() encountered an unparseable IP-address: ${text}`);
}

export function ipAddressLengthInvalid(length: number): SpannerError {
  return evaluationFailed(
    `NET.IP_TO_STRING() encountered an invalid IP address. Expected 4 (for IPv4) or 16 (for IPv6) bytes but got ${length}`,
  );
}

export function netMaskLengthInvalid(length: bigint): SpannerError {
  return evaluationFailed(
    `The first argument of NET.IP_NET_MASK() must be either 4 (for IPv4) or 16 (for IPv6); got ${length}`,
  );
}

export function netMaskPrefixInvalid(prefix: bigint): SpannerError {
  return evaluationFailed(
    `The second argument of NET.IP_NET_MASK() must be between 0 and the first argument * 8; got ${prefix}`,
  );
}

export function ipTruncLengthInvalid(length: number): SpannerError {
  return evaluationFailed(
    `The first argument of NET.IP_TRUNC() must have length 4 (for IPv4) or 16 (for IPv6); got ${length}`,
  );
}

export function ipTruncPrefixInvalid(prefix: bigint): SpannerError {
  return evaluationFailed(
    `The second argument of NET.IP_TRUNC() must be between 0 and 8 * LENGTH(first argument); got ${prefix}`,
  );
}

export function ipv4IntegerOutOfRange(value: bigint): SpannerError {
  return evaluationFailed(
    `NET.IPV4_FROM_INT64() encountered an invalid integer IP. Expected range: [-0x80000000, 0xFFFFFFFF]; got ${value}`,
  );
}

export function ipv4BytesInvalid(length: number): SpannerError {
  return evaluationFailed(`NET.IPV4_TO_INT64() encountered a non-IPv4 address. Expected 4 bytes but got ${length}`);
}
