/**
 * Engine values in the form Spanner's REST API returns them (INT64 as decimal text, BYTES as
 * base64), so expected results can be written as the official emulator prints them.
 */

import type { SpannerValue } from '../../../src/types/spanner-value';

export function asJson(value: SpannerValue): unknown {
  if (value === null) return null;
  if (typeof value === 'bigint') return String(value);
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map(asJson);
  return value;
}
