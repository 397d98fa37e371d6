/**
 * Key sets to read spans, table-driven: each case's spans are checked by the keys of a fixed key
 * universe they hold (so the expectations read as Spanner's semantics, not as bytes): closed and
 * open bounds, key prefixes, DESC key parts, NULLs, overlaps and duplicates merged, empty and
 * reversed ranges dropped, points kept as points only when alone; then the spans left after a
 * position and inside a slice.
 */
import type { KeyPartType } from '../../../src/engine/storage/key-codec';
import { encodeKey } from '../../../src/engine/storage/key-codec';
import type { KeyRange, KeySet } from '../../../src/engine/storage/key-range';
import { clipSpans, keySetSpans, mergeSpans, ReadSpan, spansAfter } from '../../../src/engine/read/read-spans';
import type { SpannerValue } from '../../../src/types/spanner-value';

const ASC_DESC: KeyPartType[] = [
  { type: 'STRING', desc: false },
  { type: 'INT64', desc: true },
];

/** Every key of a two-part (STRING, INT64 DESC) key over a few values, NULLs included. */
const UNIVERSE: SpannerValue[][] = [null, 'a', 'b', 'c'].flatMap((s) => [null, 1n, 2n, 3n].map((n) => [s, n]));

function held(spans: ReadSpan[], parts = ASC_DESC): string[] {
  const keys = UNIVERSE.map((k) => ({ k, e: encodeKey(parts, k) })).sort((x, y) => Buffer.compare(x.e, y.e));
  return keys
    .filter(({ e }) => spans.some((s) => Buffer.compare(e, s.lower) >= 0 && Buffer.compare(e, s.upper) < 0))
    .map(({ k }) => k.map((v) => (v === null ? 'NULL' : String(v))).join('/'));
}

const set = (over: Partial<KeySet>): KeySet => ({ all: false, keys: [], ranges: [], ...over });
const range = (start: SpannerValue[], startClosed: boolean, end: SpannerValue[], endClosed: boolean): KeyRange => ({
  start,
  startClosed,
  end,
  endClosed,
});

describe('key sets as spans (NULL is the least value: first in an ASC part, last in the DESC INT64 part)', () => {
  test.each<[string, KeySet, string[]]>([
    ['all', set({ all: true }), held([{ lower: Buffer.alloc(0), upper: Buffer.of(0xff), point: null }])],
    ['nothing', set({}), []],
    [
      'keys, in key order whatever their order',
      set({
        keys: [
          ['b', 1n],
          ['a', 3n],
        ],
      }),
      ['a/3', 'b/1'],
    ],
    [
      'a key given twice once',
      set({
        keys: [
          ['b', 1n],
          ['b', 1n],
        ],
      }),
      ['b/1'],
    ],
    ['a missing key', set({ keys: [['z', 1n]] }), []],
    ['NULL key parts', set({ keys: [[null, null]] }), ['NULL/NULL']],
    ['closed..closed over full keys, DESC', set({ ranges: [range(['a', 3n], true, ['a', 2n], true)] }), ['a/3', 'a/2']],
    ['open..open over full keys', set({ ranges: [range(['a', 3n], false, ['a', 1n], false)] }), ['a/2']],
    [
      'a prefix closed at both ends: all its keys',
      set({ ranges: [range(['b'], true, ['b'], true)] }),
      ['b/3', 'b/2', 'b/1', 'b/NULL'],
    ],
    [
      'a prefix open start excludes its keys',
      set({ ranges: [range(['a'], false, ['b'], true)] }),
      ['b/3', 'b/2', 'b/1', 'b/NULL'],
    ],
    [
      'a prefix open end excludes its keys',
      set({ ranges: [range(['a'], true, ['b'], false)] }),
      ['a/3', 'a/2', 'a/1', 'a/NULL'],
    ],
    [
      'an empty start: from the first key',
      set({ ranges: [range([], true, [null], true)] }),
      ['NULL/3', 'NULL/2', 'NULL/1', 'NULL/NULL'],
    ],
    [
      'an empty end, closed: to the last key',
      set({ ranges: [range(['c', 2n], true, [], true)] }),
      ['c/2', 'c/1', 'c/NULL'],
    ],
    ['a reversed range is empty', set({ ranges: [range(['b'], true, ['a'], true)] }), []],
    ['a range open at its own point is empty', set({ ranges: [range(['a', 2n], true, ['a', 2n], false)] }), []],
    [
      'overlapping ranges and keys merge, each key once',
      set({
        keys: [
          ['a', 2n],
          ['c', 1n],
        ],
        ranges: [range(['a', 3n], true, ['a', 1n], true), range(['a', 1n], true, ['b', 3n], true)],
      }),
      ['a/3', 'a/2', 'a/1', 'a/NULL', 'b/3', 'c/1'],
    ],
  ])('%s', (_name, keySet, expected) => {
    const spans = keySetSpans(ASC_DESC, keySet, 'point');
    expect(held(spans)).toEqual(expected);
    for (let i = 1; i < spans.length; i++) expect(Buffer.compare(spans[i - 1].upper, spans[i].lower)).toBeLessThan(0);
  });

  test('a point key alone stays a point; merged with another span it does not', () => {
    const alone = keySetSpans(
      ASC_DESC,
      set({
        keys: [
          ['a', 1n],
          ['a', 1n],
        ],
      }),
      'point',
    );
    expect(alone).toHaveLength(1);
    expect(alone[0].point).toEqual(encodeKey(ASC_DESC, ['a', 1n]));
    const merged = keySetSpans(
      ASC_DESC,
      set({ keys: [['a', 1n]], ranges: [range(['a'], true, ['a'], true)] }),
      'point',
    );
    expect(merged).toHaveLength(1);
    expect(merged[0].point).toBeNull();
  });

  test('index keys are prefixes: every entry extending the key is held', () => {
    const spans = keySetSpans(ASC_DESC, set({ keys: [['b']] }), 'prefix');
    expect(spans[0].point).toBeNull();
    expect(held(spans)).toEqual(['b/3', 'b/2', 'b/1', 'b/NULL']);
  });

  test('touching spans merge into one', () => {
    const a = encodeKey(ASC_DESC, ['a']);
    const b = encodeKey(ASC_DESC, ['b']);
    const c = encodeKey(ASC_DESC, ['c']);
    expect(
      mergeSpans([
        { lower: b, upper: c, point: null },
        { lower: a, upper: b, point: null },
      ]),
    ).toEqual([{ lower: a, upper: c, point: null }]);
  });
});

describe('resuming and slicing', () => {
  const all = keySetSpans(ASC_DESC, set({ all: true }), 'point');

  test('after a position: only later keys', () => {
    expect(held(spansAfter(all, encodeKey(ASC_DESC, ['c', 2n])))).toEqual(['c/1', 'c/NULL']);
    const points = keySetSpans(
      ASC_DESC,
      set({
        keys: [
          ['a', 1n],
          ['b', 1n],
        ],
      }),
      'point',
    );
    const rest = spansAfter(points, encodeKey(ASC_DESC, ['a', 1n]));
    expect(rest).toEqual([points[1]]);
  });

  test('inside a slice; slices that tile the key space hold every key once', () => {
    const cuts = [encodeKey(ASC_DESC, ['a', 2n]), encodeKey(ASC_DESC, ['b'])];
    const bounds = [Buffer.alloc(0), ...cuts, Buffer.of(0xff)];
    const slices = bounds.slice(1).map((upper, i) => ({ lower: bounds[i], upper }));
    const parts = slices.map((slice) => held(clipSpans(all, slice)));
    expect(parts[1]).toEqual(['a/2', 'a/1', 'a/NULL']);
    expect(parts.flat()).toEqual(held(all));
    const points = keySetSpans(
      ASC_DESC,
      set({
        keys: [
          ['a', 1n],
          ['c', 3n],
        ],
      }),
      'point',
    );
    expect(slices.map((slice) => clipSpans(points, slice).map((s) => s.point !== null))).toEqual([[], [true], [true]]);
  });
});
