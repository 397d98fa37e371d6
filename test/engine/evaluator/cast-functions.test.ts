/**
 * CAST and SAFE_CAST: text forms of every type, numbers among themselves, text to numbers, BOOL,
 * DATE and TIMESTAMP, arrays and structs. Expected values and messages were taken from Spanner's
 * emulator.
 */

import { scalar } from '../../../src/engine/query/analyzer/index';
import { evaluateSql, evaluationErrorOf } from '../../support/evaluate';

const FLOAT64 = scalar('FLOAT64');
const TS = (nanos: bigint) => ({ kind: 'timestamp', nanos });

describe('CAST to STRING', () => {
  test.each([
    ['1.5', '1.5'],
    ['1e300', '1e+300'],
    ["CAST('inf' AS FLOAT64)", 'inf'],
    ["CAST('-inf' AS FLOAT64)", '-inf'],
    ["CAST('nan' AS FLOAT64)", 'nan'],
    ["CAST('-0' AS FLOAT64)", '0'],
    ['1e21', '1e+21'],
    ['1e-7', '1e-07'],
    ['123456789012345678.0', '1.2345678901234568e+17'],
    ['0.1', '0.1'],
    ['1/3', '0.33333333333333331'],
    ['1e15', '1e+15'],
    ['1e14', '100000000000000'],
    ['1e-4', '0.0001'],
    ['5e-324', '4.94065645841247e-324'],
    ['CAST(0.1 AS FLOAT32)', '0.1'],
    ['CAST(1/3 AS FLOAT32)', '0.33333334'],
    ['CAST(123456789 AS FLOAT32)', '1.2345679e+08'],
    ['CAST(1e-45 AS FLOAT32)', '1.4013e-45'],
    ['CAST(1.0000001 AS FLOAT32)', '1.0000001'],
    ['CAST(10.015202522277832 AS FLOAT32)', '10.015203'],
    ['CAST(1.0000040531158447 AS FLOAT32)', '1.0000041'],
    ['-9223372036854775808', '-9223372036854775808'],
    ['TRUE', 'true'],
    ["NUMERIC '-1.50'", '-1.5'],
    ["DATE '2026-1-2'", '2026-01-02'],
    ["b'abc'", 'abc'],
    ["TIMESTAMP '2026-01-02 03:04:05.123456+00'", '2026-01-01 19:04:05.123456-08'],
    ["TIMESTAMP '2026-07-02 03:04:05+00'", '2026-07-01 20:04:05-07'],
    ["TIMESTAMP '2026-07-02 03:04:05.1+00'", '2026-07-01 20:04:05.100-07'],
    ["TIMESTAMP '2026-01-02 03:04:05.123456789+05:30'", '2026-01-01 13:34:05.123456789-08'],
    ["TIMESTAMP '0001-01-01 00:00:00+00'", '0000-12-31 16:08:00-07:52'],
    ["TIMESTAMP '9999-12-31 23:59:59.999999+00'", '9999-12-31 15:59:59.999999-08'],
  ])('CAST(%s AS STRING) is %p', (text, expected) => {
    expect(evaluateSql(`CAST(${text} AS STRING)`)).toBe(expected);
  });

  test('BYTES must be valid UTF-8', () => {
    expect(evaluationErrorOf("CAST(b'ab\\xff' AS STRING)")).toBe('OUT_OF_RANGE: Invalid cast of bytes to UTF8 string');
    expect(evaluateSql("SAFE_CAST(b'ab\\xff' AS STRING)")).toBeNull();
  });
});

describe('CAST between numbers', () => {
  test.each([
    ['CAST(2.5 AS INT64)', 3n],
    ['CAST(-2.5 AS INT64)', -3n],
    ['CAST(-9223372036854775808.0 AS INT64)', -9223372036854775808n],
    ['CAST(CAST(1.5 AS FLOAT32) AS INT64)', 2n],
    ['CAST(TRUE AS INT64)', 1n],
    ['CAST(2 AS BOOL)', true],
    ['CAST(0 AS BOOL)', false],
    ["CAST(NUMERIC '2.5' AS INT64)", 3n],
    ["CAST(NUMERIC '-2.5' AS INT64)", -3n],
    ['CAST(1.0000000005 AS NUMERIC)', '1.000000001'],
    ['CAST(0.1 AS NUMERIC)', '0.1'],
    ['CAST(1e28 AS NUMERIC)', '10000000000000000000000000000'],
    ['CAST(12 AS NUMERIC)', '12'],
    ['CAST(0.0000000015 AS NUMERIC)', '0.000000002'],
    ['CAST(1.2345678901234567e20 AS NUMERIC)', '123456789012345670000'],
    ['CAST(CAST(0.1 AS FLOAT32) AS NUMERIC)', '0.100000001'],
    ["CAST(CAST('0.1234567895' AS FLOAT64) AS NUMERIC)", '0.123456789'],
    ["CAST(CAST('-0.1234567895' AS FLOAT64) AS NUMERIC)", '-0.123456789'],
    ["CAST(CAST('1e28' AS FLOAT64) AS NUMERIC)", '9999999999999999583119736832'],
    ["CAST(CAST('123456789.123456789' AS FLOAT64) AS NUMERIC)", '123456789.123456791'],
    ["CAST(CAST('1.5e-9' AS FLOAT64) AS NUMERIC)", '0.000000001'],
    ["CAST(CAST('2.5e-9' AS FLOAT64) AS NUMERIC)", '0.000000003'],
    ['SAFE_CAST(0.0000000015 AS NUMERIC)', '0.000000002'],
    ['CAST(-0.0000000015 AS NUMERIC)', '-0.000000002'],
    ['CAST(3.4028234663852886e38 AS FLOAT32)', 3.4028234663852886e38],
    ['CAST(-3.4028234663852886e38 AS FLOAT32)', -3.4028234663852886e38],
    ["CAST(NUMERIC '1.000000001' AS FLOAT64)", 1.000000001],
    ['CAST(9223372036854775807 AS FLOAT64)', 2 ** 63],
    ['CAST(1e-300 AS FLOAT32)', 0],
    ['CAST(0.1 AS FLOAT32)', Math.fround(0.1)],
  ])('%s is %p', (text, expected) => {
    expect(evaluateSql(text)).toEqual(expected);
  });

  test.each([
    ['CAST(1e19 AS INT64)', 'int64 out of range: 1e+19'],
    ['CAST(-1e19 AS INT64)', 'int64 out of range: -1e+19'],
    ['CAST(9223372036854775807.0 AS INT64)', 'int64 out of range: 9.22337e+18'],
    [
      "CAST(CAST('nan' AS FLOAT64) AS INT64)",
      'Illegal conversion of non-finite floating point number to an integer: nan',
    ],
    [
      "CAST(CAST('inf' AS FLOAT64) AS INT64)",
      'Illegal conversion of non-finite floating point number to an integer: inf',
    ],
    ['CAST(1e300 AS FLOAT32)', 'float out of range: 1e+300'],
    ['CAST(3.4028235e38 AS FLOAT32)', 'float out of range: 3.40282e+38'],
    ['CAST(-3.4028235e38 AS FLOAT32)', 'float out of range: -3.40282e+38'],
    ["CAST(CAST('3.4028235e38' AS FLOAT64) AS FLOAT32)", 'float out of range: 3.40282e+38'],
    ['CAST(1e30 AS NUMERIC)', 'numeric out of range: 1e+30'],
    [
      "CAST(CAST('-inf' AS FLOAT64) AS NUMERIC)",
      'Illegal conversion of non-finite floating point number to numeric: -inf',
    ],
    ["CAST(NUMERIC '1e20' AS INT64)", 'int64 out of range: 100000000000000000000'],
  ])('%s fails: %s', (text, message) => {
    expect(evaluationErrorOf(text)).toBe(`OUT_OF_RANGE: ${message}`);
    expect(evaluateSql(`SAFE_${text}`)).toBeNull();
  });

  test('infinities stay infinite in FLOAT32', () => {
    expect(evaluateSql("CAST(CAST('inf' AS FLOAT64) AS FLOAT32)")).toBe(Infinity);
  });
});

describe('CAST from STRING', () => {
  test.each([
    ["' 12 '", 'INT64', 12n],
    ["'+12'", 'INT64', 12n],
    ["'0x1F'", 'INT64', 31n],
    ["'-0x1F'", 'INT64', -31n],
    ["'00012'", 'INT64', 12n],
    ["'\\t5\\n'", 'INT64', 5n],
    ["'-9223372036854775808'", 'INT64', -9223372036854775808n],
    ["'-0x8000000000000000'", 'INT64', -9223372036854775808n],
    ["' 1.5 '", 'FLOAT64', 1.5],
    ["'1e400'", 'FLOAT64', Infinity],
    ["'-INF'", 'FLOAT64', -Infinity],
    ["'-infinity'", 'FLOAT64', -Infinity],
    ["'nan(123)'", 'FLOAT64', Number.NaN],
    ["'0x10'", 'FLOAT64', 16],
    ["'0x1p3'", 'FLOAT64', 8],
    ["'0x1.8'", 'FLOAT64', 1.5],
    ["'.5'", 'FLOAT64', 0.5],
    ["'5.'", 'FLOAT64', 5],
    ["'1e39'", 'FLOAT32', Infinity],
    ["' 1.5 '", 'NUMERIC', '1.5'],
    ["'1E+2'", 'NUMERIC', '100'],
    ["'1.0000000005'", 'NUMERIC', '1.000000001'],
    ["'-1.0000000005'", 'NUMERIC', '-1.000000001'],
    ["'1.00000000049'", 'NUMERIC', '1'],
    ["'-0.0000000001'", 'NUMERIC', '0'],
    ["'1e-1000000'", 'NUMERIC', '0'],
    ["'-99999999999999999999999999999.9999999994'", 'NUMERIC', '-99999999999999999999999999999.999999999'],
    ["'TRUE'", 'BOOL', true],
    ["'False'", 'BOOL', false],
    ["'abc'", 'BYTES', Buffer.from('abc')],
    ["'2026-1-2'", 'DATE', '2026-01-02'],
    ["'2026-01-02'", 'TIMESTAMP', TS(1767340800000000000n)],
    ["'2026-01-02 03:04:05.123456789'", 'TIMESTAMP', TS(1767351845123456789n)],
    ["'2026-01-02t03:04:05z'", 'TIMESTAMP', TS(1767323045000000000n)],
    ["'2026-01-02 03:04:05 UTC'", 'TIMESTAMP', TS(1767323045000000000n)],
    ["'2026-01-02 03:04:05+0530'", 'TIMESTAMP', TS(1767303245000000000n)],
    ["'2026-01-02 03:04:05 UTC+3'", 'TIMESTAMP', TS(1767312245000000000n)],
    ["'2026-01-02 23:59:60'", 'TIMESTAMP', TS(1767427200000000000n)],
    ["'02026-01-02'", 'TIMESTAMP', TS(1767340800000000000n)],
    ["'0001-01-01 00:00:00'", 'TIMESTAMP', TS(-62135596800000000000n + 28378000000000n)],
  ])('CAST(%s AS %s)', (text, type, expected) => {
    expect(evaluateSql(`CAST(${text} AS ${type})`)).toEqual(expected);
  });

  test.each([
    ["'abc'", 'INT64', 'Bad int64 value: abc'],
    ["' x '", 'INT64', 'Bad int64 value: x '],
    ["'1e3'", 'INT64', 'Bad int64 value: 1e3'],
    ["'9223372036854775808'", 'INT64', 'Bad int64 value: 9223372036854775808'],
    ["'0x8000000000000000'", 'INT64', 'Bad int64 value: 0x8000000000000000'],
    ["''", 'INT64', 'Bad int64 value: '],
    ["'abcdefghijabcdefghijabcdefghij1234567'", 'INT64', 'Bad int64 value: abcdefghijabcdefghijabcdefghij12...'],
    ["'ééééééééééééééééé'", 'INT64', `Bad int64 value: ${'\\303\\251'.repeat(16)}...`],
    ["'  x'", 'FLOAT64', 'Bad double value:   x'],
    ["'1_0'", 'FLOAT64', 'Bad double value: 1_0'],
    ["'infinit'", 'FLOAT64', 'Bad double value: infinit'],
    ["'abc'", 'FLOAT32', 'Bad float value: abc'],
    ["'0x10'", 'NUMERIC', 'Invalid NUMERIC value: 0x10'],
    ["'1e29'", 'NUMERIC', 'Invalid NUMERIC value: 1e29'],
    [
      "'99999999999999999999999999999.9999999995'",
      'NUMERIC',
      'Invalid NUMERIC value: 99999999999999999999999999999.99...',
    ],
    ["' true'", 'BOOL', 'Bad bool value:  true'],
    ["'1'", 'BOOL', 'Bad bool value: 1'],
    ["' 2026-01-02 '", 'DATE', "Invalid date: ' 2026-01-02 '"],
    ["'2026-02-30'", 'DATE', "Invalid date: '2026-02-30'"],
    ["'02026-01-02'", 'DATE', "Invalid date: '02026-01-02'"],
    ["'0000-01-02'", 'DATE', "Date value out of range: '0000-01-02'"],
    ["'bad'", 'TIMESTAMP', "Invalid timestamp: 'bad'"],
    ["'2026-01-02 03:04'", 'TIMESTAMP', "Invalid timestamp: '2026-01-02 03:04'"],
    ["'2026-01-02 UTC'", 'TIMESTAMP', "Invalid timestamp: '2026-01-02 UTC'"],
    ["'2026-01-02 03:04:05 +05'", 'TIMESTAMP', "Invalid timestamp: '2026-01-02 03:04:05 +05'"],
    ["'2026-01-02 03:04:05.1234567891'", 'TIMESTAMP', "Invalid timestamp: '2026-01-02 03:04:05.1234567891'"],
    [
      "'2026-01-02 25:00:00'",
      'TIMESTAMP',
      'Invalid timestamp string "2026-01-02 25:00:00" (scale TIMESTAMP_NANOSECOND)',
    ],
    ["'2026-02-30'", 'TIMESTAMP', 'Invalid timestamp string "2026-02-30" (scale TIMESTAMP_NANOSECOND)'],
    [
      "'9999-12-31 23:59:59-08'",
      'TIMESTAMP',
      'Invalid timestamp string "9999-12-31 23:59:59-08" (scale TIMESTAMP_NANOSECOND)',
    ],
    ["'2026-01-02 03:04:05 Foo/Bar'", 'TIMESTAMP', 'Invalid time zone: Foo/Bar'],
    ["'2026-01-02 03:04:05 utc'", 'TIMESTAMP', 'Invalid time zone: utc'],
    ["'2026-01-02 03:04:05+14:01'", 'TIMESTAMP', 'Invalid time zone: +14:01'],
    ["'2026-01-02 03:04:05 UTC+15'", 'TIMESTAMP', 'Invalid time zone: +15'],
  ])('CAST(%s AS %s) fails: %s', (text, type, message) => {
    expect(evaluationErrorOf(`CAST(${text} AS ${type})`)).toBe(`OUT_OF_RANGE: ${message}`);
    expect(evaluateSql(`SAFE_CAST(${text} AS ${type})`)).toBeNull();
  });
});

describe('DATE and TIMESTAMP', () => {
  test('a date is its midnight in the default zone, and back', () => {
    expect(evaluateSql("CAST(DATE '2026-01-02' AS TIMESTAMP)")).toEqual(TS(1767340800000000000n));
    expect(evaluateSql("CAST(TIMESTAMP '2026-01-02 03:04:05+00' AS DATE)")).toBe('2026-01-01');
  });
});

describe('arrays and structs', () => {
  test('structs convert field by field', () => {
    expect(evaluateSql("CAST((1, '2') AS STRUCT<a FLOAT64, b INT64>)")).toEqual([1, 2n]);
    expect(evaluationErrorOf("CAST(STRUCT('x' AS a) AS STRUCT<a INT64>)")).toBe('OUT_OF_RANGE: Bad int64 value: x');
  });

  test('NULL casts to NULL; a column keeps its value through a same-type cast', () => {
    expect(evaluateSql('CAST(NULL AS INT64)')).toBeNull();
    expect(evaluateSql('CAST(x AS FLOAT64)', { row: { X: [FLOAT64, 2.5] } })).toBe(2.5);
  });
});
