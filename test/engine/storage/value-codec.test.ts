/**
 * The value codec is lossless for every value shape (INT64 extremes, NaN, -0, FLOAT32 values,
 * NUMERIC text, nanosecond timestamps beyond 64 bits, bytes, JSON text, nested arrays with NULLs)
 * and canonical (the same columns in any order encode to the same bytes); positional rows are
 * written by name without their NULLs and read back by position, names matched case-insensitively.
 */
import {
  ColumnSlots,
  decodeColumnValues,
  decodeRowValues,
  encodeColumnValues,
  encodeRowValues,
  storedColumns,
} from '../../../src/engine/storage/value-codec';
import { ScalarTypeName, SpannerValue, timestampValue } from '../../../src/types/spanner-value';
import { Prng, randomValue } from '../../support/random-values';

const TYPES: ScalarTypeName[] = [
  'BOOL',
  'INT64',
  'FLOAT32',
  'FLOAT64',
  'NUMERIC',
  'STRING',
  'BYTES',
  'DATE',
  'TIMESTAMP',
  'JSON',
];

test('edge values round trip exactly', () => {
  const values = new Map<string, SpannerValue>([
    ['min', -(2n ** 63n)],
    ['max', 2n ** 63n - 1n],
    ['past53', 2n ** 53n],
    ['below53', -(2n ** 53n) - 1n],
    ['within53', -(2n ** 53n) + 1n],
    ['nan', NaN],
    ['negZero', -0],
    ['f32', Math.fround(0.1)],
    ['numeric', '-99999999999999999999999999999.999999999'],
    ['ts', timestampValue(253402300799999999999n)],
    ['tsNeg', timestampValue(-62135596800000000000n)],
    ['json', '{"a":[1,2.5,"x"]}'],
    ['bytes', Uint8Array.of(0, 255, 0)],
    ['empty', ''],
    ['nulls', [null, 1n, null]],
    ['nested', [[], ['\u{1f600}']]],
    ['none', null],
  ]);
  const decoded = decodeColumnValues(encodeColumnValues(values));
  expect(decoded).toEqual(values);
  expect(Object.is(decoded.get('negZero'), -0)).toBe(true);
  expect(typeof decoded.get('max')).toBe('bigint');
});

test('random rows of every type round trip, including arrays', () => {
  const r = new Prng(99);
  for (let i = 0; i < 300; i++) {
    const values = new Map<string, SpannerValue>();
    for (const type of TYPES) {
      values.set(type, randomValue(r, type));
      values.set(`${type}_array`, r.int(5) === 0 ? null : [randomValue(r, type), randomValue(r, type)]);
    }
    expect(decodeColumnValues(encodeColumnValues(values))).toEqual(values);
  }
});

test('the encoding does not depend on column order', () => {
  const a = encodeColumnValues(
    new Map<string, SpannerValue>([
      ['x', 1n],
      ['y', 'b'],
    ]),
  );
  const b = encodeColumnValues(
    new Map<string, SpannerValue>([
      ['y', 'b'],
      ['x', 1n],
    ]),
  );
  expect(a.equals(b)).toBe(true);
});

test('positional rows: NULLs are not written, names map to positions whatever their case or order', () => {
  const names = ['Id', 'b', 'A', 'c'];
  const blob = encodeRowValues(storedColumns(names, [1, 2, 3]), [7n, 'x', null, [1n, null]]);
  expect(decodeColumnValues(blob)).toEqual(
    new Map<string, SpannerValue>([
      ['b', 'x'],
      ['c', [1n, null]],
    ]),
  );
  const row: SpannerValue[] = [1n, null, null, null];
  decodeRowValues(blob, new ColumnSlots(names), row);
  expect(row).toEqual([1n, 'x', null, [1n, null]]);
  // Another spelling of a column, and a name the row does not have (a column dropped since).
  const other = encodeColumnValues(
    new Map<string, SpannerValue>([
      ['C', 2n],
      ['gone', 'old'],
      ['a', true],
    ]),
  );
  const read: SpannerValue[] = [null, null, null, null];
  decodeRowValues(other, new ColumnSlots(names), read);
  expect(read).toEqual([null, null, true, 2n]);
});
