/**
 * Key ranges over (prefixes of) primary keys, as Spanner's KeyRange has them, and their bounds in
 * encoded-key space: [lower, upper) of BLOBs. A closed end includes every key extending it (a
 * prefix end closes over all its children), an open start excludes them. Does not validate that
 * bound values match the key types; the caller converted them.
 */

import type { SpannerValue } from '../../types/spanner-value';
import { encodeKey, KeyPartType, prefixUpperBound } from './key-codec';

export interface KeyRange {
  readonly start: readonly SpannerValue[];
  readonly startClosed: boolean;
  readonly end: readonly SpannerValue[];
  readonly endClosed: boolean;
}

export type Key = readonly SpannerValue[];

/**
 * The keys a read or a delete addresses, as the API's KeySet has them: full keys, ranges (bounds
 * may be key prefixes) and `all`. Plain data: callers turn it into encoded bounds.
 */
export interface KeySet {
  readonly all: boolean;
  readonly keys: readonly Key[];
  readonly ranges: readonly KeyRange[];
}

export interface EncodedBounds {
  readonly lower: Buffer;
  readonly upper: Buffer;
}

/** Every key: no encoded key starts with 0xFF. */
export const ALL_KEYS: EncodedBounds = { lower: Buffer.alloc(0), upper: Buffer.of(0xff) };

export function encodeRange(parts: readonly KeyPartType[], range: KeyRange): EncodedBounds {
  const start = encodeKey(parts, range.start);
  const end = encodeKey(parts, range.end);
  return {
    lower: range.startClosed ? start : prefixUpperBound(start),
    upper: range.endClosed ? prefixUpperBound(end) : end,
  };
}

/** The least key after `key`: keys are byte strings, so it is `key` followed by one zero byte. */
export function keySuccessor(key: Buffer): Buffer {
  const next = Buffer.alloc(key.length + 1);
  key.copy(next);
  return next;
}

/** The keys that start with `prefix` (an interleaved parent's key, for child scans). */
export function prefixBounds(parts: readonly KeyPartType[], prefix: readonly SpannerValue[]): EncodedBounds {
  const lower = encodeKey(parts, prefix);
  return { lower, upper: prefixUpperBound(lower) };
}
