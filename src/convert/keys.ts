/**
 * google.spanner.v1.KeySet to the engine's key set, given the key columns of the table or index it
 * addresses: keys as SpannerValue arrays, ranges in storage's KeyRange shape (a prefix bound covers
 * every key extending it, as Spanner's KeyRange defines), and `all`. A key may not have more parts
 * than the key has columns; only range bounds may have fewer (a prefix). Key parts are converted by
 * the column types with the official emulator's errors. Does not sort, merge or deduplicate.
 */
import type { KeyRange as WireKeyRange, KeySet } from '../../generated/google/spanner/v1/keys';
import type { KeyRange } from '../engine/storage/key-range';
import type { SqlType } from '../engine/query/analyzer/sql-type';
import { assertNever } from '../errors/assert-never';
import { keyRangeMissingEnd, keyRangeMissingStart, wrongNumberOfKeyParts } from '../errors/mutation-errors';
import type { Key, KeySet as KeySetValue } from '../engine/storage/key-range';
import { valueFromProto } from './values';
import { wireListText } from './wire-value';

export interface KeyPart {
  readonly type: SqlType;
  readonly desc: boolean;
}

/** What a key set addresses: a table's primary key, or an index's key columns (not the base key). */
export interface KeyShape {
  /** The table or index name, for messages. */
  readonly name: string;
  readonly parts: readonly KeyPart[];
}

export type { Key } from '../engine/storage/key-range';
export type ConvertedKeySet = KeySetValue;

/** A missing key set (an absent message field) is the empty one, as protobuf defaults it. */
export function keySetFromProto(keySet: KeySet | undefined, shape: KeyShape): ConvertedKeySet {
  if (keySet === undefined) return { all: false, keys: [], ranges: [] };
  return {
    all: keySet.all,
    keys: keySet.keys.map((key) => keyFromProto(key, shape, false)),
    ranges: keySet.ranges.map((range) => keyRangeFromProto(range, shape)),
  };
}

/** One key; with `allowPrefix` (range bounds) it may have fewer parts than the key. */
export function keyFromProto(list: unknown, shape: KeyShape, allowPrefix: boolean): Key {
  const values: readonly unknown[] = Array.isArray(list) ? list : [];
  const expected = shape.parts.length;
  if (values.length > expected || (!allowPrefix && values.length < expected)) {
    throw wrongNumberOfKeyParts(shape.name, expected, values.length, wireListText(values));
  }
  return values.map((v, i) => valueFromProto(v, shape.parts[i].type));
}

export function keyRangeFromProto(range: WireKeyRange, shape: KeyShape): KeyRange {
  const start = range.startKeyType;
  if (start === undefined) throw keyRangeMissingStart();
  const startKey = keyFromProto(start.value ?? [], shape, true);
  const end = range.endKeyType;
  if (end === undefined) throw keyRangeMissingEnd();
  const endKey = keyFromProto(end.value ?? [], shape, true);
  return { start: startKey, startClosed: isClosedStart(start.$case), end: endKey, endClosed: isClosedEnd(end.$case) };
}

function isClosedStart(bound: 'startClosed' | 'startOpen'): boolean {
  switch (bound) {
    case 'startClosed':
      return true;
    case 'startOpen':
      return false;
    default:
      return assertNever(bound, 'start bound');
  }
}

function isClosedEnd(bound: 'endClosed' | 'endOpen'): boolean {
  switch (bound) {
    case 'endClosed':
      return true;
    case 'endOpen':
      return false;
    default:
      return assertNever(bound, 'end bound');
  }
}
