/**
 * Spanner values as the engine holds them, one canonical form per type: INT64 a bigint (no
 * precision loss), FLOAT32/FLOAT64 a number, NUMERIC its canonical decimal text, DATE
 * `YYYY-MM-DD`, TIMESTAMP an instant in nanoseconds since the epoch (bigint), JSON its normalized
 * text, ARRAY and STRUCT element lists. The analyzer's constants and the row store share it.
 * Which type a value has is not recorded here: several types share a JavaScript shape.
 */

export type SpannerValue =
  null | boolean | bigint | number | string | Uint8Array | TimestampValue | readonly SpannerValue[];

export interface TimestampValue {
  readonly kind: 'timestamp';
  readonly nanos: bigint;
}

export function timestampValue(nanos: bigint): TimestampValue {
  return { kind: 'timestamp', nanos };
}

export function isTimestampValue(v: SpannerValue): v is TimestampValue {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
}

/** The scalar types a stored value may have (PROTO and ENUM are stored as BYTES and INT64). */
export type ScalarTypeName =
  'BOOL' | 'INT64' | 'FLOAT32' | 'FLOAT64' | 'NUMERIC' | 'STRING' | 'BYTES' | 'DATE' | 'TIMESTAMP' | 'JSON';

/** A value's type as ordering and the key codec need it. */
export type ValueType =
  { readonly kind: 'scalar'; readonly name: ScalarTypeName } | { readonly kind: 'array'; readonly element: ValueType };
