/**
 * The strict JSON-to-SQL converters BOOL(json), INT64(json), FLOAT64(json), FLOAT32(json),
 * STRING(json) and their _ARRAY forms: the JSON value must already have the matching JSON type
 * (`The provided JSON input is not an integer`); numbers convert only when they fit. The lenient
 * LAX_* converters are json-lax.ts.
 */

import {
  invalidWideNumberMode,
  jsonInputNotOfType,
  jsonNumberNotInt64,
  jsonNumberOutOfRange,
  jsonNumberPrecisionLoss,
} from '../../../../../errors/json-evaluation-errors';
import type { SpannerValue } from '../../../../../types/spanner-value';
import { jsonNumberText, type JsonValue } from '../../../../../types/json/json-value';
import { INT64_MAX, INT64_MIN } from '../../../../../types/int64';

const FLOAT32_MAX = 3.4028234663852886e38;

export type NumberMode = 'exact' | 'round';

/** The `wide_number_mode` argument of FLOAT64(json) and friends; `round` when omitted. */
export function numberModeOf(mode: SpannerValue | undefined): NumberMode {
  if (mode === undefined) return 'round';
  if (mode === 'exact' || mode === 'round') return mode;
  throw invalidWideNumberMode(String(mode), null);
}

export function jsonToBool(v: JsonValue): boolean {
  if (typeof v !== 'boolean') throw jsonInputNotOfType('a', 'boolean');
  return v;
}

export function jsonToString(v: JsonValue): string {
  if (typeof v !== 'string') throw jsonInputNotOfType('a', 'string');
  return v;
}

export function jsonToInt64(v: JsonValue): bigint {
  if (typeof v === 'bigint') {
    if (v > INT64_MAX) throw jsonInputNotOfType('an', 'integer');
    return v;
  }
  if (typeof v !== 'number') throw jsonInputNotOfType('an', 'integer');
  if (!Number.isInteger(v)) throw jsonNumberNotInt64(jsonNumberText(v));
  const n = BigInt(v);
  if (n < INT64_MIN || n > INT64_MAX) throw jsonNumberNotInt64(jsonNumberText(v));
  return n;
}

export function jsonToFloat64(v: JsonValue, mode: NumberMode): number {
  if (typeof v === 'number') return v;
  if (typeof v !== 'bigint') throw jsonInputNotOfType('a', 'number');
  const x = Number(v);
  if (mode === 'exact' && BigInt(x) !== v) throw jsonNumberPrecisionLoss(v.toString(), 'FLOAT64');
  return x;
}

export function jsonToFloat32(v: JsonValue, mode: NumberMode): number {
  const x = jsonToFloat64(v, 'round');
  const text = jsonNumberText(v as bigint | number);
  if (Math.abs(x) > FLOAT32_MAX) throw jsonNumberOutOfRange(text, 'FLOAT');
  const f = Math.fround(x);
  const exact = typeof v === 'bigint' ? Number.isFinite(f) && BigInt(f) === v : f === x;
  if (mode === 'exact' && !exact) throw jsonNumberPrecisionLoss(text, 'FLOAT');
  return f;
}

/** BOOL_ARRAY(json) and friends: a JSON array whose every element converts. */
export function jsonToArray<T extends SpannerValue>(v: JsonValue, element: (e: JsonValue) => T): T[] {
  if (!Array.isArray(v)) throw jsonInputNotOfType('an', 'array');
  return v.map(element);
}
