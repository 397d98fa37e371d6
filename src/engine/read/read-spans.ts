/**
 * A read's key set as spans of the scanned key space: encoded [lower, upper) bounds, sorted,
 * merged where they overlap or touch, so a key or range given twice yields its rows once and rows
 * come in key order whatever order the key set lists them. A key of a table's primary key is a
 * point (its span holds that one key; reads look it up and lock it as a point); a key of an index
 * names an index key, which every entry of the rows with that index key value extends, so it is a
 * prefix span. Range bounds may be prefixes (key-range.ts gives their semantics). Also the spans
 * left after a position (resuming a read) and inside a partition's slice of the key space.
 */

import type { SpannerValue } from '../../types/spanner-value';
import { encodeKey, type KeyPartType } from '../storage/key-codec';
import { ALL_KEYS, encodeRange, keySuccessor, prefixBounds, type KeySet } from '../storage/key-range';

export interface ReadSpan {
  readonly lower: Buffer;
  readonly upper: Buffer;
  /** The one key the span holds when it came from one point key alone; null for ranges. */
  readonly point: Buffer | null;
}

/** How the keys of a key set address the key space. */
export type KeyMode = 'point' | 'prefix';

/**
 * The spans of `keySet` over keys encoded with `parts`: `point` for a table's full primary keys,
 * `prefix` for index keys (entries extend them with the base key).
 */
export function keySetSpans(parts: readonly KeyPartType[], keySet: KeySet, mode: KeyMode): ReadSpan[] {
  if (keySet.all) return [{ lower: ALL_KEYS.lower, upper: ALL_KEYS.upper, point: null }];
  const spans: ReadSpan[] = [];
  for (const key of keySet.keys) spans.push(keySpan(parts, key, mode));
  for (const range of keySet.ranges) spans.push({ ...encodeRange(parts, range), point: null });
  return mergeSpans(spans);
}

function keySpan(parts: readonly KeyPartType[], key: readonly SpannerValue[], mode: KeyMode): ReadSpan {
  if (mode === 'prefix') return { ...prefixBounds(parts, key), point: null };
  const encoded = encodeKey(parts, key);
  return { lower: encoded, upper: keySuccessor(encoded), point: encoded };
}

/** Sorted by lower bound, empty spans dropped, overlapping or touching spans merged. */
export function mergeSpans(spans: readonly ReadSpan[]): ReadSpan[] {
  const sorted = spans
    .filter((s) => Buffer.compare(s.lower, s.upper) < 0)
    .sort((a, b) => Buffer.compare(a.lower, b.lower) || Buffer.compare(a.upper, b.upper));
  const merged: ReadSpan[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last === undefined || Buffer.compare(span.lower, last.upper) > 0) {
      merged.push(span);
    } else if (!sameSpan(last, span)) {
      const upper = Buffer.compare(span.upper, last.upper) > 0 ? span.upper : last.upper;
      merged[merged.length - 1] = { lower: last.lower, upper, point: null };
    }
  }
  return merged;
}

function sameSpan(a: ReadSpan, b: ReadSpan): boolean {
  return a.lower.equals(b.lower) && a.upper.equals(b.upper);
}

/** What is left of `spans` after the key `position` (the last key a read gave). */
export function spansAfter(spans: readonly ReadSpan[], position: Buffer): ReadSpan[] {
  return clipSpans(spans, { lower: keySuccessor(position), upper: ALL_KEYS.upper });
}

/** The parts of `spans` inside the slice [lower, upper) of the key space. */
export function clipSpans(
  spans: readonly ReadSpan[],
  slice: { readonly lower: Buffer; readonly upper: Buffer },
): ReadSpan[] {
  const clipped: ReadSpan[] = [];
  for (const span of spans) {
    const lower = Buffer.compare(span.lower, slice.lower) >= 0 ? span.lower : slice.lower;
    const upper = Buffer.compare(span.upper, slice.upper) <= 0 ? span.upper : slice.upper;
    if (Buffer.compare(lower, upper) >= 0) continue;
    const point = span.point !== null && lower === span.lower ? span.point : null;
    clipped.push({ lower, upper, point });
  }
  return clipped;
}
