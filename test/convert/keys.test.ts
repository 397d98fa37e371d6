/**
 * KeySets to the engine's keys and ranges: full keys, ranges with every kind of bound, prefix
 * bounds, `all`, the refusals (too many key parts, too few outside ranges, ranges without an end,
 * key parts of the wrong type), and that the ranges are storage's KeyRange: encoded with the key
 * codec, a prefix end closed over all keys extending it and an open start excluding them.
 */
import { KeyRange as WireKeyRange, KeySet } from '../../generated/google/spanner/v1/keys';
import { KeyShape, keySetFromProto } from '../../src/convert/keys';
import { INT64, STRING, TIMESTAMP } from '../../src/engine/query/analyzer/sql-type';
import { encodeKey, KeyPartType } from '../../src/engine/storage/key-codec';
import { encodeRange } from '../../src/engine/storage/key-range';
import { Code } from '../../src/errors/codes';
import type { SpannerValue } from '../../src/types/spanner-value';
import { refusal } from '../support/refusal';

const THREADS: KeyShape = {
  name: 'Threads',
  parts: [
    { type: INT64, desc: false },
    { type: STRING, desc: true },
  ],
};

const keySet = (partial: Partial<KeySet>): KeySet => KeySet.fromPartial(partial);
const range = (start: WireKeyRange['startKeyType'], end: WireKeyRange['endKeyType']): WireKeyRange => ({
  startKeyType: start,
  endKeyType: end,
});

describe('conversion', () => {
  test('keys, with NULL parts', () => {
    const converted = keySetFromProto(
      keySet({
        keys: [
          ['1', 'a'],
          [null, null],
        ],
      }),
      THREADS,
    );
    expect(converted).toEqual({
      all: false,
      keys: [
        [1n, 'a'],
        [null, null],
      ],
      ranges: [],
    });
  });

  test('ranges with each kind of bound, prefixes included', () => {
    const converted = keySetFromProto(
      keySet({
        ranges: [
          range({ $case: 'startClosed', value: ['1'] }, { $case: 'endOpen', value: ['2', 'b'] }),
          range({ $case: 'startOpen', value: [] }, { $case: 'endClosed', value: ['3'] }),
        ],
      }),
      THREADS,
    );
    expect(converted.ranges).toEqual([
      { start: [1n], startClosed: true, end: [2n, 'b'], endClosed: false },
      { start: [], startClosed: false, end: [3n], endClosed: true },
    ]);
  });

  test('all', () => {
    expect(keySetFromProto(keySet({ all: true }), THREADS)).toEqual({ all: true, keys: [], ranges: [] });
  });

  test('an absent key set is the empty one', () => {
    expect(keySetFromProto(undefined, THREADS)).toEqual({ all: false, keys: [], ranges: [] });
  });
});

describe('refusals', () => {
  const FAILED = Code.FAILED_PRECONDITION;
  const cases: [string, Partial<KeySet>, Code, string][] = [
    [
      'a key with too many parts',
      { keys: [['1', 'a', '2']] },
      FAILED,
      'Wrong number of key parts for Threads. Expected 2 key parts, found 3 key parts. Supplied key: ' +
        'values { string_value: "1" } values { string_value: "a" } values { string_value: "2" }',
    ],
    [
      'a key prefix outside a range',
      { keys: [['1']] },
      FAILED,
      'Wrong number of key parts for Threads. Expected 2 key parts, found 1 key parts. Supplied key: ' +
        'values { string_value: "1" }',
    ],
    [
      'a range bound with too many parts',
      { ranges: [range({ $case: 'startClosed', value: ['1', 'a', null] }, { $case: 'endOpen', value: [] })] },
      FAILED,
      'Wrong number of key parts for Threads. Expected 2 key parts, found 3 key parts. Supplied key: ' +
        'values { string_value: "1" } values { string_value: "a" } values { null_value: NULL_VALUE }',
    ],
    [
      'a range without a start',
      { ranges: [range(undefined, { $case: 'endOpen', value: [] })] },
      Code.INVALID_ARGUMENT,
      'Key range must contain either start_closed or start_open.',
    ],
    [
      'a range without an end',
      { ranges: [range({ $case: 'startOpen', value: [] }, undefined)] },
      Code.INVALID_ARGUMENT,
      'Key range must contain either end_closed or end_open.',
    ],
    ['a key part of the wrong type', { keys: [[1, 'a']] }, FAILED, 'Could not parse number_value: 1 as INT64'],
    ['a key part that does not parse', { keys: [['one', 'a']] }, FAILED, 'Could not parse one as an integer'],
  ];
  test.each(cases)('%s', (_name, partial, code, message) => {
    expect(refusal(() => keySetFromProto(keySet(partial), THREADS))).toEqual({ code, message });
  });

  test('the commit-timestamp placeholder is no key', () => {
    const shape: KeyShape = { name: 'Events', parts: [{ type: TIMESTAMP, desc: false }] };
    const run = () => keySetFromProto(keySet({ keys: [['spanner.commit_timestamp()']] }), shape);
    expect(refusal(run).message).toContain("must end with an uppercase literal 'Z'");
  });
});

describe('the ranges are storage key ranges', () => {
  const parts: KeyPartType[] = [
    { type: 'INT64', desc: false },
    { type: 'STRING', desc: true },
  ];
  const within = (bounds: { lower: Buffer; upper: Buffer }, key: SpannerValue[]): boolean => {
    const encoded = encodeKey(parts, key);
    return Buffer.compare(bounds.lower, encoded) <= 0 && Buffer.compare(encoded, bounds.upper) < 0;
  };

  test('a closed prefix end covers the keys extending it; an open prefix start excludes them', () => {
    const converted = keySetFromProto(
      keySet({ ranges: [range({ $case: 'startOpen', value: ['1'] }, { $case: 'endClosed', value: ['2'] })] }),
      THREADS,
    );
    const bounds = encodeRange(parts, converted.ranges[0]);
    expect(within(bounds, [1n, 'z'])).toBe(false);
    expect(within(bounds, [2n, 'a'])).toBe(true);
    expect(within(bounds, [2n, null])).toBe(true);
    expect(within(bounds, [3n, 'a'])).toBe(false);
  });

  test('bounds on a DESC part follow its order', () => {
    const converted = keySetFromProto(
      keySet({
        ranges: [range({ $case: 'startClosed', value: ['1', 'c'] }, { $case: 'endClosed', value: ['1', 'a'] })],
      }),
      THREADS,
    );
    const bounds = encodeRange(parts, converted.ranges[0]);
    expect(['d', 'c', 'b', 'a', ''].map((s) => within(bounds, [1n, s]))).toEqual([false, true, true, true, false]);
  });
});
