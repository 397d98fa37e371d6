/**
 * FLOAT64 math functions (and ABS/SIGN for every number type) with GoogleSQL's error rule: a
 * result that is NaN or infinite while every argument is finite is an error, `Floating point
 * error in function: LN(0)` (COSH and SINH say `overflow`); non-finite arguments pass through.
 * Arguments in messages print as `%g`.
 */

import { evaluationFailed } from '../../../../../errors/evaluation-errors';
import type { SpannerValue } from '../../../../../types/spanner-value';
import { floatMessageText } from '../../casts/cast-numbers';
import { strict, type FunctionImpl } from '../../function-implementation';
import { negate, resultKind } from './arithmetic-impls';

export function callText(name: string, args: readonly number[]): string {
  return `${name}(${args.map(floatMessageText).join(', ')})`;
}

export function floatFunctionError(name: string, args: readonly number[], overflow = false): Error {
  return evaluationFailed(`Floating point ${overflow ? 'overflow' : 'error'} in function: ${callText(name, args)}`);
}

/** A FLOAT64 function of `compute`, with the finite-in, non-finite-out error check. */
export function floatFunction(name: string, compute: (...xs: number[]) => number, overflow = false): FunctionImpl {
  return strict((args) => {
    const xs = args as number[];
    const result = compute(...xs);
    if (!Number.isFinite(result) && xs.every(Number.isFinite)) throw floatFunctionError(name, xs, overflow);
    return result;
  });
}

function sqrt(x: number): number {
  if (x < 0) throw evaluationFailed(`Argument to SQRT cannot be negative: ${floatMessageText(x)}`);
  return Math.sqrt(x);
}

/** C's pow: 1 to any power and -1 to an infinite power are 1, where JavaScript says NaN. */
function pow(x: number, y: number): number {
  if (x === 1 || (x === -1 && (y === Infinity || y === -Infinity))) return 1;
  return x ** y;
}

function log(x: number, base?: number): number {
  return base === undefined ? Math.log(x) : Math.log(x) / Math.log(base);
}

/** ABS over INT64 (overflow at the minimum), FLOAT32, FLOAT64 and NUMERIC. */
export const abs: FunctionImpl = strict(([a], info) => {
  const kind = resultKind(info);
  if (kind === 'INT64') return (a as bigint) < 0n ? negate(a, kind) : a;
  if (kind === 'NUMERIC') return (a as string).startsWith('-') ? (a as string).slice(1) : a;
  return Math.abs(a as number);
});

export const sign: FunctionImpl = strict(([a], info): SpannerValue => {
  switch (resultKind(info)) {
    case 'INT64':
      return (a as bigint) > 0n ? 1n : (a as bigint) < 0n ? -1n : 0n;
    case 'NUMERIC':
      return a === '0' ? '0' : (a as string).startsWith('-') ? '-1' : '1';
    default: {
      const x = a as number;
      return Number.isNaN(x) ? x : x > 0 ? 1 : x < 0 ? -1 : 0;
    }
  }
});

export const FLOAT_FUNCTIONS: Readonly<Record<string, FunctionImpl>> = {
  sqrt: floatFunction('SQRT', sqrt),
  exp: floatFunction('EXP', Math.exp),
  ln: floatFunction('LN', (x) => log(x)),
  log10: floatFunction('LOG10', Math.log10),
  log: floatFunction('LOG', log),
  pow: floatFunction('POW', pow),
  cos: floatFunction('COS', Math.cos),
  cosh: floatFunction('COSH', Math.cosh, true),
  acos: floatFunction('ACOS', Math.acos),
  acosh: floatFunction('ACOSH', Math.acosh),
  sin: floatFunction('SIN', Math.sin),
  sinh: floatFunction('SINH', Math.sinh, true),
  asin: floatFunction('ASIN', Math.asin),
  asinh: floatFunction('ASINH', Math.asinh),
  tan: floatFunction('TAN', Math.tan),
  tanh: floatFunction('TANH', Math.tanh),
  atan: floatFunction('ATAN', Math.atan),
  atanh: floatFunction('ATANH', Math.atanh),
  atan2: floatFunction('ATAN2', Math.atan2),
};
