/**
 * Array functions (ARRAY_LENGTH ... ARRAY_INCLUDES_ALL), the array constructor `[a, b]` and the
 * positional accessors `a[OFFSET(i)]`, `a[SAFE_ORDINAL(i)]`... Element equality is SQL equality
 * (NULL matches nothing, NaN equals nothing) except in ARRAY_IS_DISTINCT, which groups as
 * SELECT DISTINCT does (NULLs alike, NaNs alike). ARRAY_INCLUDES with a lambda never gets here:
 * the analyzer refuses lambdas.
 */

import { arrayIndexOutOfBounds } from '../../../../errors/evaluation-errors';
import { emptyArrayElement } from '../../../../errors/json-evaluation-errors';
import type { SpannerValue } from '../../../../types/spanner-value';
import type { SqlType } from '../../analyzer/sql-type';
import {
  argType,
  strict,
  type CallInfo,
  type FunctionImpl,
  type ImplementationTable,
} from '../function-implementation';
import { sqlCompare, sqlEquals } from '../value-comparison';

type ArrayValue = readonly SpannerValue[];

function elementType(info: CallInfo): SqlType {
  return (argType(info, 0) as SqlType & { kind: 'array' }).element;
}

/** `a[OFFSET(i)]` and friends: `base` is 0 for offsets, 1 for ordinals. */
function positional(base: 0n | 1n, safe: boolean): FunctionImpl {
  return strict(([array, index]) => {
    const items = array as ArrayValue;
    const at = (index as bigint) - base;
    if (at >= 0n && at < BigInt(items.length)) return items[Number(at)];
    if (safe) return null;
    throw arrayIndexOutOfBounds(index as bigint);
  });
}

function arrayToString(args: readonly SpannerValue[]): SpannerValue {
  if (args.some((a) => a === null)) return null;
  const [items, delimiter, nullText] = args as [ArrayValue, SpannerValue, SpannerValue | undefined];
  const parts = items.flatMap((v) => (v !== null ? [v] : nullText !== undefined ? [nullText] : []));
  if (typeof delimiter === 'string') return parts.join(delimiter);
  const chunks: Uint8Array[] = [];
  parts.forEach((p, i) => {
    if (i > 0) chunks.push(delimiter as Uint8Array);
    chunks.push(p as Uint8Array);
  });
  return Buffer.concat(chunks);
}

function firstOrLast(which: 'first' | 'last'): FunctionImpl {
  const name = which === 'first' ? 'ARRAY_FIRST' : 'ARRAY_LAST';
  return strict(([array]) => {
    const items = array as ArrayValue;
    if (items.length === 0) throw emptyArrayElement(name, which);
    return which === 'first' ? items[0] : items[items.length - 1];
  });
}

/** ARRAY_MIN / ARRAY_MAX: NULLs ignored; a NaN wins either way, as in MIN and MAX. */
function extreme(sign: 1 | -1): FunctionImpl {
  return strict(([array], info) => {
    const type = elementType(info);
    let best: SpannerValue = null;
    for (const v of array as ArrayValue) {
      if (v === null) continue;
      if (typeof v === 'number' && Number.isNaN(v)) return v;
      if (best === null || (sqlCompare(type, v, best) as number) * sign < 0) best = v;
    }
    return best;
  });
}

function arraySlice([array, start, end]: readonly SpannerValue[]): SpannerValue {
  if (array === null || start === null || end === null) return null;
  const items = array as ArrayValue;
  const n = BigInt(items.length);
  const from = (start as bigint) < 0n ? n + (start as bigint) : (start as bigint);
  const to = (end as bigint) < 0n ? n + (end as bigint) : (end as bigint);
  const first = from < 0n ? 0n : from;
  const last = to > n - 1n ? n - 1n : to;
  return first > last ? [] : items.slice(Number(first), Number(last) + 1);
}

/** Equality as GROUP BY and DISTINCT see it: NULL equals NULL, NaN equals NaN. */
function groupEquals(type: SqlType, a: SpannerValue, b: SpannerValue): boolean {
  if (a === null || b === null) return a === b;
  if (typeof a === 'number' && typeof b === 'number') return a === b || (Number.isNaN(a) && Number.isNaN(b));
  if (type.kind === 'struct')
    return type.fields.every((f, i) => groupEquals(f.type, (a as ArrayValue)[i], (b as ArrayValue)[i]));
  if (type.kind === 'array') {
    const x = a as ArrayValue;
    const y = b as ArrayValue;
    return x.length === y.length && x.every((v, i) => groupEquals(type.element, v, y[i]));
  }
  return sqlEquals(type, a, b) === true;
}

function isDistinct([array]: readonly SpannerValue[], info: CallInfo): SpannerValue {
  const type = elementType(info);
  const items = array as ArrayValue;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) if (groupEquals(type, items[i], items[j])) return false;
  }
  return true;
}

function includes(type: SqlType, items: ArrayValue, value: SpannerValue): boolean {
  return items.some((v) => sqlEquals(type, v, value) === true);
}

export const ARRAY_IMPLS: ImplementationTable = {
  $make_array: (args) => [...args],
  $array_at_offset: positional(0n, false),
  $safe_array_at_offset: positional(0n, true),
  $array_at_ordinal: positional(1n, false),
  $safe_array_at_ordinal: positional(1n, true),
  array_length: strict(([array]) => BigInt((array as ArrayValue).length)),
  array_concat: strict((args) => (args as ArrayValue[]).flat()),
  array_to_string: arrayToString,
  array_reverse: strict(([array]) => [...(array as ArrayValue)].reverse()),
  array_first: firstOrLast('first'),
  array_last: firstOrLast('last'),
  array_min: extreme(1),
  array_max: extreme(-1),
  array_slice: arraySlice,
  array_is_distinct: strict(isDistinct),
  array_includes: strict(([array, value], info) => includes(elementType(info), array as ArrayValue, value)),
  array_includes_any: strict(([array, search], info) =>
    (search as ArrayValue).some((v) => includes(elementType(info), array as ArrayValue, v)),
  ),
  array_includes_all: strict(([array, search], info) =>
    (search as ArrayValue).every((v) => includes(elementType(info), array as ArrayValue, v)),
  ),
};
