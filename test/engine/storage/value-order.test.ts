/** Spanner's value order: NULL first, NaN before other floats, code-point strings, NUMERIC by value, arrays. */
import { compareValues } from '../../../src/types/value-order';
import { SpannerValue, ValueType } from '../../../src/types/spanner-value';

const scalar = (name: 'FLOAT64' | 'STRING' | 'NUMERIC' | 'BYTES' | 'INT64'): ValueType => ({ kind: 'scalar', name });

function sorted(type: ValueType, values: SpannerValue[]): SpannerValue[] {
  return [...values].sort((a, b) => compareValues(type, a, b));
}

test('orders values as Spanner does', () => {
  expect(sorted(scalar('FLOAT64'), [1, NaN, null, -Infinity])).toEqual([null, NaN, -Infinity, 1]);
  expect(compareValues(scalar('FLOAT64'), -0, 0)).toBe(0);
  expect(sorted(scalar('STRING'), ['\u{10000}', '\uffff', null, ''])).toEqual([null, '', '\uffff', '\u{10000}']);
  expect(sorted(scalar('NUMERIC'), ['10', '9.5', '-1', '0.000000001'])).toEqual(['-1', '0.000000001', '9.5', '10']);
  expect(sorted(scalar('BYTES'), [Uint8Array.of(1, 0), Uint8Array.of(1), Uint8Array.of(0, 255)])).toEqual([
    Uint8Array.of(0, 255),
    Uint8Array.of(1),
    Uint8Array.of(1, 0),
  ]);
  const ints: ValueType = { kind: 'array', element: scalar('INT64') };
  expect(sorted(ints, [[2n], [1n, 5n], [1n], [null]])).toEqual([[null], [1n], [1n, 5n], [2n]]);
});
