/**
 * Mathematical functions (MATH_FUNCTIONS of the analyzer's catalog): the table that picks the
 * FLOAT64 or NUMERIC implementation by argument type, plus the small ones (IS_INF, IS_NAN,
 * IEEE_DIVIDE, MOD, DIV, SAFE_ arithmetic, GREATEST, LEAST, BIT_COUNT). The larger families live
 * in math-float-functions.ts, math-numeric-functions.ts, math-rounding.ts and
 * math-vector-functions.ts.
 */

import { Code } from '../../../../../errors/codes';
import { arithmeticOverflow, divisionByZero } from '../../../../../errors/evaluation-errors';
import { SpannerError } from '../../../../../errors/spanner-error';
import type { SpannerValue } from '../../../../../types/spanner-value';
import {
  argType,
  strict,
  type CallInfo,
  type FunctionImpl,
  type ImplementationTable,
} from '../../function-implementation';
import { toScaled, fromScaled, inNumericRange, SCALE } from './numeric-math';
import { sqlCompare } from '../../value-comparison';
import { arithmetic, negate, resultKind } from './arithmetic-impls';
import type { ArithmeticOp } from './arithmetic-ops';
import { abs, FLOAT_FUNCTIONS, sign } from './math-float-functions';
import { NUMERIC_FUNCTIONS } from './math-numeric-functions';
import { rounding } from './math-rounding';
import { cosineDistance, dotProduct, euclideanDistance, generateArray } from './math-vector-functions';
import { INT64_MIN } from '../../../../../types/int64';

/** The FLOAT64 or the NUMERIC implementation, by the first argument's type. */
function byArgumentType(name: string): FunctionImpl {
  const float = FLOAT_FUNCTIONS[name];
  const numeric = NUMERIC_FUNCTIONS[name];
  return (args, info) => (isNumericArg(info) ? numeric : float)(args, info);
}

function isNumericArg(info: CallInfo): boolean {
  const type = argType(info, 0);
  return type.kind === 'scalar' && type.name === 'NUMERIC';
}

/** SAFE_ADD and friends: the operator, with evaluation errors turned into NULL. */
function safe(impl: FunctionImpl): FunctionImpl {
  return (args, info) => {
    try {
      return impl(args, info);
    } catch (e) {
      if (e instanceof SpannerError && e.code === Code.OUT_OF_RANGE) return null;
      throw e;
    }
  };
}

function safeOperator(op: ArithmeticOp): FunctionImpl {
  return safe(strict(([a, b], info) => arithmetic(op, a, b, resultKind(info))));
}

/** MOD and DIV truncate toward zero, as C does; the remainder has the dividend's sign. */
function modOrDiv(mod: boolean): FunctionImpl {
  return strict(([a, b], info): SpannerValue => {
    if (resultKind(info) === 'INT64') {
      const [x, y] = [a as bigint, b as bigint];
      if (y === 0n) throw divisionByZero(mod ? `MOD(${x}, ${y})` : `${x} / ${y}`);
      if (mod) return x % y;
      if (x === INT64_MIN && y === -1n) throw arithmeticOverflow('int64', `-${x}`);
      return x / y;
    }
    const name = mod ? 'MOD' : 'DIV';
    const [x, y] = [toScaled(a as string), toScaled(b as string)];
    if (y === 0n) throw divisionByZero(`${name}(${a}, ${b})`);
    const result = mod ? x % y : (x / y) * SCALE;
    if (!inNumericRange(result)) throw arithmeticOverflow('numeric', `${name}(${a}, ${b})`);
    return fromScaled(result);
  });
}

/** GREATEST / LEAST: NULL if any argument is NULL, NaN if any is NaN. */
function extreme(greatest: boolean): FunctionImpl {
  return (args, info) => {
    if (args.some((a) => a === null)) return null;
    if (args.some((a) => typeof a === 'number' && Number.isNaN(a))) return Number.NaN;
    const type = argType(info, 0);
    return args.reduce((best, a) => {
      const sign = sqlCompare(type, a, best) ?? 0;
      return greatest ? (sign > 0 ? a : best) : sign < 0 ? a : best;
    });
  };
}

function bitCount(value: bigint | Uint8Array): bigint {
  let count = 0;
  if (value instanceof Uint8Array) {
    for (const byte of value) for (let b = byte; b !== 0; b &= b - 1) count++;
    return BigInt(count);
  }
  for (let v = BigInt.asUintN(64, value); v !== 0n; v &= v - 1n) count++;
  return BigInt(count);
}

/** The APPROX_ distances ignore their `options`. */
function ignoringOptions(impl: FunctionImpl): FunctionImpl {
  return (args, info) => impl(args.slice(0, 2), info);
}

export const MATH_IMPLS: ImplementationTable = {
  abs,
  sign,
  is_inf: strict(([x]) => x === Infinity || x === -Infinity),
  is_nan: strict(([x]) => Number.isNaN(x)),
  ieee_divide: strict(([a, b]) => (a as number) / (b as number)),
  ...Object.fromEntries(['sqrt', 'exp', 'ln', 'log10', 'log', 'pow'].map((name) => [name, byArgumentType(name)])),
  round: rounding('round'),
  trunc: rounding('trunc'),
  ceil: rounding('ceil'),
  floor: rounding('floor'),
  mod: modOrDiv(true),
  div: modOrDiv(false),
  safe_divide: safeOperator('/'),
  safe_add: safeOperator('+'),
  safe_subtract: safeOperator('-'),
  safe_multiply: safeOperator('*'),
  safe_negate: safe(strict(([a], info) => negate(a, resultKind(info)))),
  greatest: extreme(true),
  least: extreme(false),
  ...Object.fromEntries(
    ['cos', 'cosh', 'acos', 'acosh', 'sin', 'sinh', 'asin', 'asinh', 'tan', 'tanh', 'atan', 'atanh', 'atan2'].map(
      (n) => [n, FLOAT_FUNCTIONS[n]],
    ),
  ),
  bit_count: strict(([v]) => bitCount(v as bigint | Uint8Array)),
  generate_array: generateArray,
  cosine_distance: cosineDistance,
  euclidean_distance: euclideanDistance,
  dot_product: dotProduct,
  approx_cosine_distance: ignoringOptions(cosineDistance),
  approx_euclidean_distance: ignoringOptions(euclideanDistance),
  approx_dot_product: ignoringOptions(dotProduct),
};
