/**
 * Spanner's ordering of values of one type, as ORDER BY and keys use it: NULL before everything,
 * NaN before every other float, -0 equal to 0, strings by Unicode code point (JavaScript's `<`
 * compares UTF-16 units, which misorders characters above U+FFFF against U+E000..U+FFFF), bytes
 * lexicographically, NUMERIC by value, arrays element by element. JSON has no Spanner order; it is
 * compared by its text only so that the function is total. Equality for grouping is not here.
 */

import { assertNever } from '../errors/assert-never';
import { numericToScaled } from './numeric-scaled';
import { isTimestampValue, SpannerValue, ValueType } from './spanner-value';

/** Negative, zero or positive as `a` sorts before, with, or after `b`. */
export function compareValues(type: ValueType, a: SpannerValue, b: SpannerValue): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  if (type.kind === 'array') return compareArrays(type.element, a as SpannerValue[], b as SpannerValue[]);
  switch (type.name) {
    case 'BOOL':
      return Number(a) - Number(b);
    case 'INT64':
      return compareBigints(a as bigint, b as bigint);
    case 'FLOAT32':
    case 'FLOAT64':
      return compareFloats(a as number, b as number);
    case 'NUMERIC':
      return compareBigints(numericToScaled(a as string), numericToScaled(b as string));
    case 'STRING':
    case 'JSON':
    case 'DATE':
      return compareCodePoints(a as string, b as string);
    case 'BYTES':
      return Buffer.compare(a as Uint8Array, b as Uint8Array);
    case 'TIMESTAMP':
      if (!isTimestampValue(a) || !isTimestampValue(b)) throw new Error('TIMESTAMP values expected');
      return compareBigints(a.nanos, b.nanos);
    default:
      return assertNever(type.name, 'value type');
  }
}

function compareBigints(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareFloats(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : -1) : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Code point order: a surrogate pair compares as the one character it encodes. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

function compareArrays(element: ValueType, a: readonly SpannerValue[], b: readonly SpannerValue[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareValues(element, a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}
