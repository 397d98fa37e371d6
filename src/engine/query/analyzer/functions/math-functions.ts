/**
 * Mathematical functions: rounding, logarithms, trigonometry, safe arithmetic, bit counts and
 * vector distances. FLOAT64 signatures come before NUMERIC ones so that an INT64 argument picks
 * FLOAT64, as GoogleSQL does (`SQRT(1)` is a FLOAT64).
 */

import { defineFunction as fn, type FunctionDef } from './function-signature';

const FLOAT_OR_NUMERIC_1 = ['FLOAT64 -> FLOAT64', 'NUMERIC -> NUMERIC'];
const FLOAT_ONLY_1 = ['FLOAT64 -> FLOAT64'];
const INT_FLOAT_NUMERIC_2 = ['INT64, INT64 -> INT64', 'FLOAT64, FLOAT64 -> FLOAT64', 'NUMERIC, NUMERIC -> NUMERIC'];
const DISTANCE = ['ARRAY<FLOAT64>, ARRAY<FLOAT64> -> FLOAT64', 'ARRAY<FLOAT32>, ARRAY<FLOAT32> -> FLOAT64'];

export const MATH_FUNCTIONS: readonly FunctionDef[] = [
  fn('ABS', ['INT64 -> INT64', 'FLOAT32 -> FLOAT32', 'FLOAT64 -> FLOAT64', 'NUMERIC -> NUMERIC']),
  fn('SIGN', ['INT64 -> INT64', 'FLOAT32 -> FLOAT32', 'FLOAT64 -> FLOAT64', 'NUMERIC -> NUMERIC']),
  fn('IS_INF', ['FLOAT64 -> BOOL']),
  fn('IS_NAN', ['FLOAT64 -> BOOL']),
  fn('IEEE_DIVIDE', ['FLOAT64, FLOAT64 -> FLOAT64']),
  fn('SQRT', FLOAT_OR_NUMERIC_1),
  fn('EXP', FLOAT_OR_NUMERIC_1),
  fn('LN', FLOAT_OR_NUMERIC_1),
  fn('LOG10', FLOAT_OR_NUMERIC_1),
  fn('LOG', ['FLOAT64, [FLOAT64] -> FLOAT64', 'NUMERIC, [NUMERIC] -> NUMERIC']),
  fn('POW', ['FLOAT64, FLOAT64 -> FLOAT64', 'NUMERIC, NUMERIC -> NUMERIC'], { aliases: ['POWER'] }),
  fn('ROUND', ['FLOAT64, [INT64] -> FLOAT64', 'NUMERIC, [INT64] -> NUMERIC']),
  fn('TRUNC', ['FLOAT64, [INT64] -> FLOAT64', 'NUMERIC, [INT64] -> NUMERIC']),
  fn('CEIL', FLOAT_OR_NUMERIC_1, { aliases: ['CEILING'] }),
  fn('FLOOR', FLOAT_OR_NUMERIC_1),
  fn('MOD', ['INT64, INT64 -> INT64', 'NUMERIC, NUMERIC -> NUMERIC']),
  fn('DIV', ['INT64, INT64 -> INT64', 'NUMERIC, NUMERIC -> NUMERIC']),
  fn('SAFE_DIVIDE', ['FLOAT64, FLOAT64 -> FLOAT64', 'NUMERIC, NUMERIC -> NUMERIC']),
  fn('SAFE_ADD', INT_FLOAT_NUMERIC_2),
  fn('SAFE_SUBTRACT', INT_FLOAT_NUMERIC_2),
  fn('SAFE_MULTIPLY', INT_FLOAT_NUMERIC_2),
  fn('SAFE_NEGATE', ['INT64 -> INT64', 'FLOAT64 -> FLOAT64', 'NUMERIC -> NUMERIC']),
  fn('GREATEST', ['T1... -> T1']),
  fn('LEAST', ['T1... -> T1']),
  ...['COS', 'COSH', 'ACOS', 'ACOSH', 'SIN', 'SINH', 'ASIN', 'ASINH', 'TAN', 'TANH', 'ATAN', 'ATANH'].map((name) =>
    fn(name, FLOAT_ONLY_1),
  ),
  fn('ATAN2', ['FLOAT64, FLOAT64 -> FLOAT64']),
  fn('BIT_COUNT', ['INT64 -> INT64', 'BYTES -> INT64']),
  fn('GENERATE_ARRAY', [
    'INT64, INT64, [INT64] -> ARRAY<INT64>',
    'FLOAT64, FLOAT64, [FLOAT64] -> ARRAY<FLOAT64>',
    'NUMERIC, NUMERIC, [NUMERIC] -> ARRAY<NUMERIC>',
  ]),
  fn('COSINE_DISTANCE', DISTANCE),
  fn('EUCLIDEAN_DISTANCE', DISTANCE),
  fn('DOT_PRODUCT', [...DISTANCE, 'ARRAY<INT64>, ARRAY<INT64> -> FLOAT64']),
  fn('APPROX_COSINE_DISTANCE', DISTANCE, { namedArguments: ['options'] }),
  fn('APPROX_EUCLIDEAN_DISTANCE', DISTANCE, { namedArguments: ['options'] }),
  fn('APPROX_DOT_PRODUCT', [...DISTANCE, 'ARRAY<INT64>, ARRAY<INT64> -> FLOAT64'], { namedArguments: ['options'] }),
  // GoogleSQL math functions Spanner does not offer.
  fn('RAND', ['-> FLOAT64'], { supported: false, volatility: 'volatile' }),
  ...['CBRT', 'COT', 'COTH', 'CSC', 'CSCH', 'SEC', 'SECH'].map((name) => fn(name, FLOAT_ONLY_1, { supported: false })),
  fn('RANGE_BUCKET', ['T1, ARRAY<T1> -> INT64'], { supported: false }),
];
