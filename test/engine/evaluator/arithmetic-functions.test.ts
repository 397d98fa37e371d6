/**
 * Arithmetic and bitwise operators: INT64 overflow, FLOAT64 overflow and division by zero, exact
 * NUMERIC arithmetic, BYTES bitwise operations. Expected values and messages were taken from
 * Spanner's emulator.
 */

import { scalar } from '../../../src/engine/query/analyzer/index';
import { evaluateSql, evaluationErrorOf } from '../../support/evaluate';

const FLOAT64 = scalar('FLOAT64');

describe('values', () => {
  test.each([
    ['1 + 2', 3n],
    ['7 - 10', -3n],
    ['-3 * 4', -12n],
    ['5 / 2', 2.5],
    ['1 + 2.5', 3.5],
    ["CAST('inf' AS FLOAT64) + 1", Infinity],
    ["CAST('inf' AS FLOAT64) - CAST('inf' AS FLOAT64)", Number.NaN],
    ['1e-320 / 1e10', 0],
    ['1.5e308 * 1.1', 1.65e308],
    ["NUMERIC '1' / 3", '0.333333333'],
    ["NUMERIC '2' / 3", '0.666666667'],
    ["NUMERIC '-2' / 3", '-0.666666667'],
    ["NUMERIC '0.000000001' * NUMERIC '0.5'", '0.000000001'],
    ["NUMERIC '-0.000000001' * NUMERIC '0.5'", '-0.000000001'],
    ["NUMERIC '0.1' + NUMERIC '0.2'", '0.3'],
    ["NUMERIC '1.5' - 2", '-0.5'],
    ["-NUMERIC '99999999999999999999999999999.999999999'", '-99999999999999999999999999999.999999999'],
    ['-(CAST(1.5 AS FLOAT32))', -1.5],
    ['-(-9223372036854775807)', 9223372036854775807n],
    ['5 & 3', 1n],
    ['5 | 3', 7n],
    ['-1 ^ 5', -6n],
    ['~5', -6n],
    ['1 << 63', -9223372036854775808n],
    ['1 << 64', 0n],
    ['-8 >> 1', 9223372036854775804n],
    ['-8 >> 64', 0n],
    ["b'\\x01\\x02' << 1", Buffer.from([2, 4])],
    ["b'\\x01\\x02' << 9", Buffer.from([4, 0])],
    ["b'\\x81\\x02' >> 1", Buffer.from([0x40, 0x81])],
    ["b'\\x01\\x02' >> 20", Buffer.from([0, 0])],
    ["~b'\\x01\\x02'", Buffer.from([0xfe, 0xfd])],
    ["b'\\x01\\x03' & b'\\x03\\x01'", Buffer.from([1, 1])],
    ["b'\\x01\\x03' ^ b'\\x03\\x01'", Buffer.from([2, 2])],
    ['1 + CAST(NULL AS INT64)', null],
  ])('%s is %p', (text, expected) => {
    expect(evaluateSql(text)).toEqual(expected);
  });

  test('NaN and infinities flow through columns', () => {
    expect(evaluateSql('x * 2', { row: { X: [FLOAT64, Number.NaN] } })).toBeNaN();
  });
});

describe('errors', () => {
  test.each([
    ['9223372036854775807 + 1', 'int64 overflow: 9223372036854775807 + 1'],
    ['-9223372036854775808 - 1', 'int64 overflow: -9223372036854775808 - 1'],
    ['9223372036854775807 * 2', 'int64 overflow: 9223372036854775807 * 2'],
    ['-(-9223372036854775808)', 'int64 overflow: --9223372036854775808'],
    ['1 / 0', 'division by zero: 1 / 0'],
    ['1.5 / 0', 'division by zero: 1.5 / 0'],
    ['0 / 0', 'division by zero: 0 / 0'],
    ['1e308 * 10', 'double overflow: 1e+308 * 10'],
    ['-1e308 - 1e308', 'double overflow: -1e+308 - 1e+308'],
    ['1.7976931348623157e308 + 1.2345678901234e300', 'double overflow: 1.79769e+308 + 1.23457e+300'],
    ['1e308 / 1e-10', 'double overflow: 1e+308 / 1e-10'],
    ["NUMERIC '99999999999999999999999999999' + 1", 'numeric overflow: 99999999999999999999999999999 + 1'],
    [
      "NUMERIC '99999999999999999999999999999.5' + NUMERIC '0.75'",
      'numeric overflow: 99999999999999999999999999999.5 + 0.75',
    ],
    ["NUMERIC '1e20' * NUMERIC '-1e20'", 'numeric overflow: 100000000000000000000 * -100000000000000000000'],
    ["NUMERIC '1e28' / NUMERIC '0.0001'", 'numeric overflow: 10000000000000000000000000000 / 0.0001'],
    ["NUMERIC '-1.5' / 0", 'division by zero: -1.5 / 0'],
    ['1 << -1', 'Bitwise shift by negative offset.'],
    ["b'\\x01' >> -1", 'Bitwise shift by negative offset.'],
    [
      "b'\\x01\\x02' & b'\\x01'",
      'Bitwise binary operator for BYTES requires equal length of the inputs. Got 2 bytes on the left hand side and 1 bytes on the right hand side.',
    ],
  ])('%s fails: %s', (text, message) => {
    expect(evaluationErrorOf(text)).toBe(`OUT_OF_RANGE: ${message}`);
  });
});
