/**
 * Values as the analyzer knows them: the constants of literals, in one canonical form per type so
 * that an executor and the printer agree. INT64 is a bigint (no precision loss), FLOAT32/FLOAT64
 * a number, NUMERIC its canonical decimal text, DATE `YYYY-MM-DD`, TIMESTAMP an instant in
 * nanoseconds since the epoch (bigint), JSON its normalized text, ARRAY and STRUCT element lists.
 * Evaluation of values belongs to the executor, not here.
 */

export type SqlValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | Uint8Array
  | { readonly kind: 'timestamp'; readonly nanos: bigint }
  | readonly SqlValue[];
