/** Array functions. `ARRAY<T1>` parameters bind T1 to the element type of the argument. */

import { defineFunction as fn, type FunctionDef } from './function-signature';

export const ARRAY_FUNCTIONS: readonly FunctionDef[] = [
  fn('ARRAY_LENGTH', ['ARRAY<T1> -> INT64']),
  fn('ARRAY_CONCAT', ['ARRAY<T1>, ARRAY<T1>... -> ARRAY<T1>']),
  fn('ARRAY_TO_STRING', ['ARRAY<STRING>, STRING, [STRING] -> STRING', 'ARRAY<BYTES>, BYTES, [BYTES] -> BYTES']),
  fn('ARRAY_REVERSE', ['ARRAY<T1> -> ARRAY<T1>']),
  fn('ARRAY_FIRST', ['ARRAY<T1> -> T1']),
  fn('ARRAY_LAST', ['ARRAY<T1> -> T1']),
  fn('ARRAY_MIN', ['ARRAY<T1> -> T1']),
  fn('ARRAY_MAX', ['ARRAY<T1> -> T1']),
  fn('ARRAY_SLICE', ['ARRAY<T1>, INT64, INT64 -> ARRAY<T1>']),
  fn('ARRAY_IS_DISTINCT', ['ARRAY<T1> -> BOOL']),
  fn('ARRAY_INCLUDES', ['ARRAY<T1>, T1 -> BOOL', 'ARRAY<T1>, LAMBDA -> BOOL']),
  fn('ARRAY_INCLUDES_ANY', ['ARRAY<T1>, ARRAY<T1> -> BOOL']),
  fn('ARRAY_INCLUDES_ALL', ['ARRAY<T1>, ARRAY<T1> -> BOOL']),
  // GoogleSQL array functions Spanner does not offer.
  fn('ARRAY_FILTER', ['ARRAY<T1>, LAMBDA -> ARRAY<T1>'], { supported: false }),
  fn('ARRAY_TRANSFORM', ['ARRAY<T1>, LAMBDA -> ARRAY<T2>'], { supported: false }),
  fn('ARRAY_SUM', ['ARRAY<T1> -> T1'], { supported: false }),
  fn('ARRAY_AVG', ['ARRAY<T1> -> FLOAT64'], { supported: false }),
  fn('ARRAY_OFFSET', ['ARRAY<T1>, T1 -> INT64'], { supported: false }),
  fn('ARRAY_OFFSETS', ['ARRAY<T1>, T1 -> ARRAY<INT64>'], { supported: false }),
  fn('ARRAY_FIND', ['ARRAY<T1>, T1 -> T1'], { supported: false }),
  fn('FLATTEN', ['ARRAY<T1> -> ARRAY<T1>'], { supported: false }),
];
