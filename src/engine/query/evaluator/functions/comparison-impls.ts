/**
 * Comparison and predicate operators: =, !=, <, <=, >, >=, BETWEEN, IN, IS [NOT] NULL/TRUE/FALSE
 * and NOT, with GoogleSQL's three-valued logic. AND and OR short-circuit, so they are in
 * ../lazy-calls.ts; LIKE is a string function.
 */

import type { SpannerValue } from '../../../../types/spanner-value';
import {
  argType,
  strict,
  type CallInfo,
  type FunctionImpl,
  type ImplementationTable,
} from '../function-implementation';
import { orderingHolds, sqlCompare, sqlEquals } from '../value-comparison';

function ordering(test: (sign: number) => boolean): FunctionImpl {
  return ([a, b], info) => orderingHolds(sqlCompare(argType(info, 0), a, b), test);
}

function notEqual([a, b]: readonly SpannerValue[], info: CallInfo): SpannerValue {
  const eq = sqlEquals(argType(info, 0), a, b);
  return eq === null ? null : !eq;
}

function between([x, low, high]: readonly SpannerValue[], info: CallInfo): SpannerValue {
  const type = argType(info, 0);
  const above = orderingHolds(sqlCompare(type, x, low), (s) => s >= 0);
  const below = orderingHolds(sqlCompare(type, x, high), (s) => s <= 0);
  if (above === false || below === false) return false;
  return above === null || below === null ? null : true;
}

/** `x IN (a, b...)`: TRUE on any match; otherwise NULL if x or any candidate is NULL. */
function inList(args: readonly SpannerValue[], info: CallInfo): SpannerValue {
  const type = argType(info, 0);
  let unknown = false;
  for (let i = 1; i < args.length; i++) {
    const eq = sqlEquals(type, args[0], args[i]);
    if (eq === true) return true;
    if (eq === null) unknown = true;
  }
  return unknown ? null : false;
}

export const COMPARISON_IMPLS: ImplementationTable = {
  $equal: ([a, b], info) => sqlEquals(argType(info, 0), a, b),
  $not_equal: notEqual,
  $less: ordering((s) => s < 0),
  $less_or_equal: ordering((s) => s <= 0),
  $greater: ordering((s) => s > 0),
  $greater_or_equal: ordering((s) => s >= 0),
  $between: between,
  $in: inList,
  $is_null: ([a]) => a === null,
  $is_true: ([a]) => a === true,
  $is_false: ([a]) => a === false,
  $not: strict(([a]) => !a),
};
