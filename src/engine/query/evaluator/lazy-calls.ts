/**
 * Calls that must not evaluate every argument: AND and OR stop at a deciding operand, IF, IFNULL,
 * COALESCE and CASE evaluate only the branch taken, so `IF(x = 0, 0, 1 / x)` or an ERROR() in an
 * untaken branch raises nothing, as in GoogleSQL.
 */

import type { SpannerValue } from '../../../types/spanner-value';
import type { TypedCall } from '../analyzer/typed-expression';
import type { EvalContext } from './eval-context';
import { sqlEquals } from './value-comparison';

export type Row = readonly SpannerValue[];
export type Evaluator = (row: Row, ctx: EvalContext) => SpannerValue;

type LazyCompiler = (args: readonly Evaluator[], call: TypedCall) => Evaluator;

/** Three-valued AND / OR: `decisive` (FALSE for AND) wins over NULL. */
function logical(decisive: boolean): LazyCompiler {
  return (args) => (row, ctx) => {
    let unknown = false;
    for (const arg of args) {
      const v = arg(row, ctx);
      if (v === decisive) return decisive;
      if (v === null) unknown = true;
    }
    return unknown ? null : !decisive;
  };
}

const ifCall: LazyCompiler =
  ([condition, then, otherwise]) =>
  (row, ctx) =>
    condition(row, ctx) === true ? then(row, ctx) : otherwise(row, ctx);

const coalesce: LazyCompiler = (args) => (row, ctx) => {
  for (const arg of args) {
    const v = arg(row, ctx);
    if (v !== null) return v;
  }
  return null;
};

/** `$case_no_value(c1, r1, ..., [else])`. */
const caseNoValue: LazyCompiler = (args) => {
  const hasElse = args.length % 2 === 1;
  const pairs = hasElse ? args.length - 1 : args.length;
  return (row, ctx) => {
    for (let i = 0; i < pairs; i += 2) if (args[i](row, ctx) === true) return args[i + 1](row, ctx);
    return hasElse ? args[args.length - 1](row, ctx) : null;
  };
};

/** `$case_with_value(x, v1, r1, ..., [else])`: the first WHEN value equal to x (NULL never matches). */
const caseWithValue: LazyCompiler = (args, call) => {
  const hasElse = (args.length - 1) % 2 === 1;
  const end = hasElse ? args.length - 1 : args.length;
  const type = call.args[0].type;
  return (row, ctx) => {
    const operand = args[0](row, ctx);
    for (let i = 1; i < end; i += 2) {
      if (sqlEquals(type, operand, args[i](row, ctx)) === true) return args[i + 1](row, ctx);
    }
    return hasElse ? args[args.length - 1](row, ctx) : null;
  };
};

const LAZY: Readonly<Record<string, LazyCompiler>> = {
  $and: logical(false),
  $or: logical(true),
  if: ifCall,
  ifnull: coalesce,
  coalesce,
  $case_no_value: caseNoValue,
  $case_with_value: caseWithValue,
};

/** The compiled call if `call` is one of the lazy ones, else undefined. */
export function compileLazyCall(call: TypedCall, args: readonly Evaluator[]): Evaluator | undefined {
  return LAZY[call.fn]?.(args, call);
}
