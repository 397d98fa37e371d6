/**
 * google.spanner.v1.KeySet to the engine's key set, given the key columns of the table or index it
 * addresses: keys as SpannerValue arrays, ranges in storage's KeyRange shape (a prefix bound covers
 * every key extending it, as Spanner's KeyRange defines), and `all`. A key may not have more parts
 * than the key has columns; only range bounds may have fewer (a prefix). Key parts are converted by
 * the column types with the official emulator's errors. A delete mutation's key set may also hold
 * `spanner.commit_timestamp()` in TIMESTAMP parts (mutationKeySetFromProto), as a marker the
 * transaction layer replaces. Does not sort, merge or deduplicate.
 */
import type { KeyRange as WireKeyRange, KeySet } from '../../generated/google/spanner/v1/keys';
import type { SqlType } from '../engine/query/analyzer/sql-type';
import { assertNever } from '../errors/assert-never';
import { keyRangeMissingEnd, keyRangeMissingStart, wrongNumberOfKeyParts } from '../errors/mutation-errors';
import type { KeySet as KeySetValue } from '../engine/storage/key-range';
import type { MutationKeySet } from '../engine/mutation/mutation';
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
  return keySetWith(keySet, shape, (v, type) => valueFromProto(v, type));
}

/** A delete mutation's key set: TIMESTAMP parts may be `spanner.commit_timestamp()`. */
export function mutationKeySetFromProto(keySet: KeySet | undefined, shape: KeyShape): MutationKeySet {
  return keySetWith(keySet, shape, (v, type) => valueFromProto(v, type, { allowCommitTimestamp: true }));
}

type PartFromProto<V> = (wire: unknown, type: SqlType) => V;

interface GenericKeySet<V> {
  readonly all: boolean;
  readonly keys: readonly (readonly V[])[];
  readonly ranges: readonly GenericRange<V>[];
}

interface GenericRange<V> {
  readonly start: readonly V[];
  readonly startClosed: boolean;
  readonly end: readonly V[];
  readonly endClosed: boolean;
}

function keySetWith<V>(keySet: KeySet | undefined, shape: KeyShape, part: PartFromProto<V>): GenericKeySet<V> {
  if (keySet === undefined) return { all: false, keys: [], ranges: [] };
  return {
    all: keySet.all,
    keys: keySet.keys.map((key) => partsFromProto(key, shape, false, part)),
    ranges: keySet.ranges.map((range) => rangeFromProto(range, shape, part)),
  };
}

function partsFromProto<V>(list: unknown, shape: KeyShape, allowPrefix: boolean, part: PartFromProto<V>): V[] {
  const values: readonly unknown[] = Array.isArray(list) ? list : [];
  const expected = shape.parts.length;
  if (values.length > expected || (!allowPrefix && values.length < expected)) {
    throw wrongNumberOfKeyParts(shape.name, expected, values.length, wireListText(values));
  }
  return values.map((v, i) => part(v, shape.parts[i].type));
}

function rangeFromProto<V>(range: WireKeyRange, shape: KeyShape, part: PartFromProto<V>): GenericRange<V> {
  const start = range.startKeyType;
  if (start === undefined) throw keyRangeMissingStart();
  const startKey = partsFromProto(start.value ?? [], shape, true, part);
  const end = range.endKeyType;
  if (end === undefined) throw keyRangeMissingEnd();
  const endKey = partsFromProto(end.value ?? [], shape, true, part);
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
