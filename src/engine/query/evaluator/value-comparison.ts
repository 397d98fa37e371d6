/**
 * SQL comparison of two values of one type, with GoogleSQL's three-valued logic: NULL compared to
 * anything is unknown (null); NaN equals nothing and orders nowhere (`NaN < 1` and `NaN = NaN` are
 * FALSE); -0 equals 0; strings compare by code point. This is not ORDER BY's total order (which
 * puts NaN first and NULL before all): that one is src/types/value-order.ts.
 */

import { isTimestampValue, type SpannerValue } from '../../../types/spanner-value';
import { compareValues } from '../../../types/value-order';
import type { SqlType } from '../analyzer/sql-type';
import { valueTypeOf } from '../analyzer/value-type';

/** `a = b`: true, false, or null when unknown. */
export function sqlEquals(type: SqlType, a: SpannerValue, b: SpannerValue): boolean | null {
  if (a === null || b === null) return null;
  if (type.kind === 'struct') return structEquals(type, a as readonly SpannerValue[], b as readonly SpannerValue[]);
  if (type.kind === 'array')
    return arrayEquals(type.element, a as readonly SpannerValue[], b as readonly SpannerValue[]);
  if (typeof a === 'number') return a === b;
  if (isTimestampValue(a) && isTimestampValue(b)) return a.nanos === b.nanos;
  if (a instanceof Uint8Array) return Buffer.compare(a, b as Uint8Array) === 0;
  if (type.name === 'NUMERIC') return compareValues(valueTypeOf(type), a, b) === 0;
  return a === b;
}

/**
 * `a < b` and friends: the sign of the comparison, or null when unknown or when a NaN makes every
 * ordering comparison false (callers treat null from a NaN as FALSE, see `orderingHolds`).
 */
export function sqlCompare(type: SqlType, a: SpannerValue, b: SpannerValue): number | null {
  if (a === null || b === null) return null;
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) || Number.isNaN(b)) return Number.NaN;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  return compareValues(valueTypeOf(type), a, b);
}

/** Applies an ordering test to a comparison result: null stays unknown, NaN makes it false. */
export function orderingHolds(sign: number | null, test: (sign: number) => boolean): boolean | null {
  if (sign === null) return null;
  if (Number.isNaN(sign)) return false;
  return test(sign);
}

function structEquals(
  type: SqlType & { kind: 'struct' },
  a: readonly SpannerValue[],
  b: readonly SpannerValue[],
): boolean | null {
  let unknown = false;
  for (let i = 0; i < type.fields.length; i++) {
    const eq = sqlEquals(type.fields[i].type, a[i], b[i]);
    if (eq === false) return false;
    if (eq === null) unknown = true;
  }
  return unknown ? null : true;
}

function arrayEquals(element: SqlType, a: readonly SpannerValue[], b: readonly SpannerValue[]): boolean | null {
  if (a.length !== b.length) return false;
  let unknown = false;
  for (let i = 0; i < a.length; i++) {
    const eq = sqlEquals(element, a[i], b[i]);
    if (eq === false) return false;
    if (eq === null) unknown = true;
  }
  return unknown ? null : true;
}
