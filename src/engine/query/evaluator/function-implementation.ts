/**
 * The shape of one function's implementation. Arguments arrive evaluated, in the order of the
 * typed call (named arguments after positional ones, see `namedArgument`); the call node gives
 * each argument's static type and the result type, which several functions need because values do
 * not carry their type (an INT64 and an ENUM, a STRING and a DATE share a JavaScript shape).
 * Functions that must not evaluate every argument (AND, IF, COALESCE...) are compiled apart, in
 * lazy-calls.ts.
 */

import type { SpannerValue } from '../../../types/spanner-value';
import type { SqlType } from '../analyzer/sql-type';
import type { TypedCall, TypedDatePart, TypedExpression } from '../analyzer/typed-expression';
import type { EvalContext } from './eval-context';

export interface CallInfo {
  readonly call: TypedCall;
  readonly ctx: EvalContext;
}

export type FunctionImpl = (args: readonly SpannerValue[], info: CallInfo) => SpannerValue;

/** Function id (`concat`, `$add`, `net.host`) to implementation. */
export type ImplementationTable = Readonly<Record<string, FunctionImpl>>;

/** Most functions return NULL when any argument is NULL; this wraps one that does. */
export function strict(impl: FunctionImpl): FunctionImpl {
  return (args, info) => {
    for (let i = 0; i < args.length; i++) if (args[i] === null) return null;
    return impl(args, info);
  };
}

/** The static type of argument `i` (positional). */
export function argType(info: CallInfo, i: number): SqlType {
  return info.call.args[i].type;
}

/** A named argument's value (`language_tag => 'en'`), or undefined when not given. */
export function namedArgument(args: readonly SpannerValue[], info: CallInfo, name: string): SpannerValue | undefined {
  const at = info.call.namedArgs.findIndex((a) => a.name === name);
  return at < 0 ? undefined : args[info.call.args.length + at];
}

/** The date part keyword of argument `i` (`MONTH`, `WEEK(MONDAY)` as part `WEEK`, weekday `MONDAY`). */
export function datePartArg(info: CallInfo, i: number): TypedDatePart {
  const arg: TypedExpression = info.call.args[i];
  if (arg.kind !== 'datePart') throw new Error(`argument ${i} of ${info.call.fn} is not a date part`);
  return arg;
}

/** The unit of an `INTERVAL n unit` argument; its count is the evaluated argument itself. */
export function intervalUnit(info: CallInfo, i: number): string {
  const arg: TypedExpression = info.call.args[i];
  if (arg.kind !== 'intervalArg') throw new Error(`argument ${i} of ${info.call.fn} is not an interval`);
  return arg.part;
}
