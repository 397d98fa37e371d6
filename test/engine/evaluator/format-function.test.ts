/**
 * FORMAT: flags, width, precision and '*', integer and float conversions, %s, %t and %T texts of every type.
 * Expected values and messages were taken from Spanner's emulator; values are compared in the
 * REST JSON form (INT64 as text, BYTES as base64).
 */

import { scalar } from '../../../src/engine/query/analyzer/index';
import { evaluateSql, evaluationErrorOf } from '../../support/evaluate';
import { asJson } from './rest-json-form';

const STRING = scalar('STRING');

const VALUES: readonly (readonly [string, unknown])[] = [
  ["FORMAT('%d', 10)", '10'],
  ["FORMAT('%i', -10)", '-10'],
  ["FORMAT('%5d|%-5d|%05d|%+d|% d', 42, 42, 42, 42, 42)", '   42|42   |00042|+42| 42'],
  ['FORMAT("%\'d", 1234567)', '1,234,567'],
  ['FORMAT("%\'d", -1234567)', '-1,234,567'],
  ["FORMAT('%x %X %o', 255, 255, 8)", 'ff FF 10'],
  ["FORMAT('%#x %#X %#o', 255, 255, 8)", '0xff 0XFF 010'],
  ["FORMAT('%x', -255)", '-ff'],
  ["FORMAT('%o', -8)", '-10'],
  ["FORMAT('%f', 1.5)", '1.500000'],
  ["FORMAT('%.2f', 3.14159)", '3.14'],
  ["FORMAT('%10.3f|', 3.14159)", '     3.142|'],
  ["FORMAT('%-10.3f|', 3.14159)", '3.142     |'],
  ["FORMAT('%e', 1234.5)", '1.234500e+03'],
  ["FORMAT('%E', 1234.5)", '1.234500E+03'],
  ["FORMAT('%g', 1234.5)", '1234.5'],
  ["FORMAT('%g', 0.0000123)", '1.23e-05'],
  ["FORMAT('%G', 1e20)", '1E+20'],
  ["FORMAT('%#g', 1.5)", '1.50000'],
  ["FORMAT('%f', CAST('inf' AS FLOAT64))", 'inf'],
  ["FORMAT('%f', CAST('-inf' AS FLOAT64))", '-inf'],
  ["FORMAT('%F', CAST('nan' AS FLOAT64))", 'NAN'],
  ["FORMAT('%5.1f', CAST('nan' AS FLOAT64))", '  nan'],
  ["FORMAT('%e', CAST('inf' AS FLOAT64))", 'inf'],
  ["FORMAT('%s', 'abc')", 'abc'],
  ["FORMAT('%10s|%-10s|', 'abc', 'abc')", '       abc|abc       |'],
  ["FORMAT('%.2s', 'abcdef')", 'ab'],
  ["FORMAT('%*d', 5, 42)", '   42'],
  ["FORMAT('%-*d|', 5, 42)", '42   |'],
  ["FORMAT('%.*f', 2, 3.14159)", '3.14'],
  ["FORMAT('%*.*f|', 8, 2, 3.14159)", '    3.14|'],
  ["FORMAT('%*d', -5, 42)", '42   '],
  ["FORMAT('%%')", '%'],
  ["FORMAT('%d', NULL)", null],
  ["FORMAT('%t', NULL)", 'NULL'],
  ["FORMAT('%T', NULL)", 'NULL'],
  ['FORMAT(NULL, 1)', null],
  ["FORMAT('%t', b'abc')", 'abc'],
  ["FORMAT('%T', b'a\\x00\\xffb')", 'b"a\\x00\\xffb"'],
  ["FORMAT('%t', 'abc')", 'abc'],
  ["FORMAT('%T', 'a\\'b\"c\\n')", '"a\'b\\"c\\n"'],
  ["FORMAT('%T', 1.5)", '1.5'],
  ["FORMAT('%T', CAST(1.5 AS FLOAT32))", '1.5'],
  ["FORMAT('%T', 1e20)", '1e+20'],
  ["FORMAT('%T', CAST('nan' AS FLOAT64))", 'CAST("nan" AS FLOAT64)'],
  ["FORMAT('%T', CAST('inf' AS FLOAT64))", 'CAST("inf" AS FLOAT64)'],
  ["FORMAT('%t', CAST('inf' AS FLOAT64))", 'inf'],
  ["FORMAT('%T', NUMERIC '1.50')", 'NUMERIC "1.5"'],
  ["FORMAT('%t', NUMERIC '1.50')", '1.5'],
  ["FORMAT('%T', DATE '2020-01-02')", 'DATE "2020-01-02"'],
  ["FORMAT('%t', DATE '2020-01-02')", '2020-01-02'],
  ["FORMAT('%T', TIMESTAMP '2020-01-02 03:04:05.123+00')", 'TIMESTAMP "2020-01-02 03:04:05.123+00"'],
  ["FORMAT('%t', TIMESTAMP '2020-01-02 03:04:05.123+00')", '2020-01-02 03:04:05.123+00'],
  ["FORMAT('%T', [1, 2])", '[1, 2]'],
  ["FORMAT('%t', [1, NULL])", '[1, NULL]'],
  ["FORMAT('%T', ['a', NULL])", '["a", NULL]'],
  ["FORMAT('%T', STRUCT(1 AS a, 'x' AS b))", '(1, "x")'],
  ["FORMAT('%t', STRUCT(1, 'x'))", '(1, x)'],
  ["FORMAT('%T', true)", 'true'],
  ["FORMAT('%t', CAST(NULL AS ARRAY<INT64>))", 'NULL'],
  ["FORMAT('%T', CAST(NULL AS ARRAY<INT64>))", 'NULL'],
  ["FORMAT('%T', [STRUCT(1 AS a)])", '[STRUCT(1)]'],
  ["FORMAT('%T', CAST([] AS ARRAY<INT64>))", '[]'],
  ["FORMAT('%10T|', 'ab')", '      "ab"|'],
  ["FORMAT('%.3t|', 'abcdef')", 'abc|'],
  ["FORMAT('%5t|', [1])", '  [1]|'],
  ["FORMAT('%d', 9223372036854775807)", '9223372036854775807'],
  ['FORMAT("%\'x", 1234567)', '12:d687'],
  ["FORMAT('%+x', 255)", '+ff'],
  ["FORMAT('%+s', 'abc')", 'abc'],
  ["FORMAT('%05s', 'abc')", '  abc'],
  ["FORMAT('%#d', 5)", '5'],
  ["FORMAT('%-05d|', 5)", '5    |'],
  ["FORMAT('%+ d', 5)", '+5'],
  ["FORMAT('%.3d', 5)", '005'],
  ["FORMAT('%.0f', 2.5)", '2'],
  ["FORMAT('%.0f', 3.5)", '4'],
  ["FORMAT('%.0e', 12345.0)", '1e+04'],
  ["FORMAT('%#.0f', 2.0)", '2.'],
  ["FORMAT('%.3g', 1234.5)", '1.23e+03'],
  ["FORMAT('%.0g', 1234.5)", '1e+03'],
  ["FORMAT('%g', 0.0001)", '0.0001'],
  ["FORMAT('%g', 123456789.0)", '1.23457e+08'],
  ["FORMAT('%g', 0.0)", '0'],
  ["FORMAT('%f', -0.0)", '0.000000'],
  ["FORMAT('%+f', 1.0)", '+1.000000'],
  ["FORMAT('% f', 1.0)", ' 1.000000'],
  ["FORMAT('%010.2f', -3.14159)", '-000003.14'],
  ["FORMAT('%010f', CAST('inf' AS FLOAT64))", '       inf'],
  ["FORMAT('%+f', CAST('inf' AS FLOAT64))", '+inf'],
  ['FORMAT("%\'f", 1234567.891)', '1,234,567.891000'],
  ['FORMAT("%\'.2f", 1234567.891)', '1,234,567.89'],
  ['FORMAT("%\'g", 1234567.891)', '1.23457e+06'],
  [
    "FORMAT('%f', 1e300)",
    '1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000',
  ],
  ["FORMAT('%f', NUMERIC '123.456')", '123.456000'],
  ["FORMAT('%.1f', NUMERIC '0.25')", '0.3'],
  ["FORMAT('%e', NUMERIC '123.456')", '1.234560e+02'],
  ["FORMAT('%g', NUMERIC '123.456')", '123.456'],
  ["FORMAT('%t', 1.0)", '1.0'],
  ["FORMAT('%T', 1.0)", '1.0'],
  ["FORMAT('%T', -0.0)", '-0.0'],
  ["FORMAT('%t', CAST(1e-7 AS FLOAT32))", '1e-07'],
  ["FORMAT('%f', CAST(0.1 AS FLOAT32))", '0.100000'],
  ["FORMAT('%T', CAST(0.1 AS FLOAT32))", '0.1'],
  ["FORMAT('%x', CAST(-1 AS INT64))", '-1'],
  ["FORMAT('%X', -9223372036854775808)", '-8000000000000000'],
  ["FORMAT('%o', -9223372036854775808)", '-1000000000000000000000'],
  ["FORMAT('%s', 'héllo')", 'héllo'],
  ["FORMAT('%.2s|%6s|', 'héllo', 'héllo')", 'hé| héllo|'],
  ["FORMAT('%d%%', 50)", '50%'],
  ["FORMAT('%T', 'a\"b')", "'a\"b'"],
  ["FORMAT('%T', b'a\"b')", "b'a\"b'"],
  ["FORMAT('%T', b'a\\'b\"')", 'b"a\'b\\""'],
  ["FORMAT('%T', 'a\\\\b\\t\\r\\x01é\\u2028')", '"a\\\\b\\t\\r\\x01é "'],
  ["FORMAT('%T', b'\\t\\x7f\\x80')", 'b"\\x09\\x7f\\x80"'],
  ["FORMAT('%T', CAST('nan' AS FLOAT32))", 'CAST("nan" AS FLOAT32)'],
  ["FORMAT('%T', CAST('-inf' AS FLOAT32))", 'CAST("-inf" AS FLOAT32)'],
  ["FORMAT('%T', CAST(3 AS FLOAT32))", '3.0'],
  ["FORMAT('%t', 123456789012.0)", '123456789012.0'],
  ["FORMAT('%t', 1e15)", '1e+15'],
  ["FORMAT('%t', 1e16)", '1e+16'],
  ["FORMAT('%t', 0.5)", '0.5'],
  ["FORMAT('%T', [1.0, 2.5])", '[1.0, 2.5]'],
  ["FORMAT('%t', [1.0, 2.5])", '[1.0, 2.5]'],
  ["FORMAT('%t', [b'ab'])", '[ab]'],
  ["FORMAT('%T', [DATE '2020-01-01'])", '[DATE "2020-01-01"]'],
  ["FORMAT('%T', STRUCT(CAST(NULL AS INT64) AS a, [1] AS b))", '(NULL, [1])'],
  ["FORMAT('%T', STRUCT([STRUCT(1 AS x, 'y' AS z)] AS a))", 'STRUCT([(1, "y")])'],
  ["FORMAT('%t', STRUCT([STRUCT(1 AS x, 'y' AS z)] AS a))", '([(1, y)])'],
  ["FORMAT('%T', STRUCT())", 'STRUCT()'],
  ["FORMAT('%T', [STRUCT(1 AS a, 2 AS b)])", '[(1, 2)]'],
  ["FORMAT('%T', [STRUCT<INT64>(1)])", '[STRUCT(1)]'],
  ["FORMAT('%T', CAST('2020-01-02T03:04:05.123456Z' AS TIMESTAMP))", 'TIMESTAMP "2020-01-02 03:04:05.123456+00"'],
  ["FORMAT('%t', TIMESTAMP '2020-01-02 03:04:05+00')", '2020-01-02 03:04:05+00'],
  ["FORMAT('%T', NUMERIC '-0.000000001')", 'NUMERIC "-0.000000001"'],
  ["FORMAT('%t', NUMERIC '100')", '100'],
  ["FORMAT('%T', 5)", '5'],
  ["FORMAT('%5T|', NULL)", ' NULL|'],
  ["FORMAT('%-6t|', CAST(NULL AS STRING))", 'NULL  |'],
  ["FORMAT('%.1T', 'abc')", '"'],
  ["FORMAT('%d', CAST(NULL AS INT64))", null],
  ["FORMAT('%s %d', 'x', NULL)", null],
  ["FORMAT('%T', '\\x07\\x0b\\x0c\\x7f\\x00')", '"\\x07\\x0b\\x0c\\x7f\\x00"'],
  ["FORMAT('%T', b'\\n\\\\ ~')", 'b"\\x0a\\\\ ~"'],
  ["FORMAT('%T', 'a\\'b\"c')", '"a\'b\\"c"'],
  ["FORMAT('%T', '\\u0085\\u00a0\\ufeff')", '" ﻿"'],
  ["FORMAT('%t', [CAST(NULL AS STRING)])", '[NULL]'],
  ["FORMAT('%T', CAST(1e-7 AS FLOAT32))", '1e-07'],
  ["FORMAT('%T', 1e-300)", '1e-300'],
  ["FORMAT('%T', 123456789012345678.0)", '1.2345678901234568e+17'],
  ["FORMAT('%t', CAST(123456.0 AS FLOAT32))", '123456.0'],
  ["FORMAT('%t', CAST(1234567.0 AS FLOAT32))", '1234567.0'],
  ["FORMAT('%t', CAST(16777216.0 AS FLOAT32))", '16777216.0'],
];

/** Patterns that are not constants are checked as the call evaluates (OUT_OF_RANGE). */
const PATTERN_ERRORS: readonly (readonly [string, string, string])[] = [
  ['%q', 'FORMAT(@p, 1)', 'OUT_OF_RANGE: Invalid format specifier character "q" in FORMAT string: "%q"'],
  ['%', 'FORMAT(@p, 1)', 'OUT_OF_RANGE: Invalid FORMAT string: "%"'],
  ['%s', 'FORMAT(@p, 1)', 'OUT_OF_RANGE: Invalid type for argument 2 to FORMAT; Expected STRING; Got INT64'],
  ['%d', 'FORMAT(@p, 1.5)', 'OUT_OF_RANGE: Invalid type for argument 2 to FORMAT; Expected integer; Got FLOAT64'],
  ['%f', 'FORMAT(@p, 1)', 'OUT_OF_RANGE: Invalid type for argument 2 to FORMAT; Expected FLOAT64; Got INT64'],
  ['%d %d', 'FORMAT(@p, 1)', 'OUT_OF_RANGE: Too few arguments to FORMAT for pattern "%d %d"; Expected 3; Got 2'],
  ['%d', 'FORMAT(@p, 1, 2)', 'OUT_OF_RANGE: Too many arguments to FORMAT for pattern "%d"; Expected 2; Got 3'],
  ['%d', 'FORMAT(@p)', 'OUT_OF_RANGE: Too few arguments to FORMAT for pattern "%d"; Expected 2; Got 1'],
  ['%*d', 'FORMAT(@p, 5)', 'OUT_OF_RANGE: Too few arguments to FORMAT for pattern "%*d"; Expected 3; Got 2'],
  ['%*d', 'FORMAT(@p, 5, 1.5)', 'OUT_OF_RANGE: Invalid type for argument 3 to FORMAT; Expected integer; Got FLOAT64'],
  ['%*d', 'FORMAT(@p, 1.5, 1)', 'OUT_OF_RANGE: Invalid type for argument 2 to FORMAT; Expected integer; Got FLOAT64'],
];

describe('FORMAT', () => {
  test.each(VALUES)('%s', (expression, expected) => {
    expect(asJson(evaluateSql(expression))).toEqual(expected);
  });

  test.each(PATTERN_ERRORS)('pattern %s in %s fails', (pattern, expression, message) => {
    expect(evaluationErrorOf(expression, { params: { p: [STRING, pattern] } })).toBe(message);
  });

  test.each([
    ["FORMAT('%*d', 2000000000, 1)", 'Output string too long while evaluating FORMAT; limit 1048576'],
    ["FORMAT('%*d', -2000000000, 1)", 'Output string too long while evaluating FORMAT; limit 1048576'],
    ["FORMAT('%*d', 1048577, 1)", 'Output string too long while evaluating FORMAT; limit 1048576'],
    ["FORMAT('%*d', 2000000000, NULL)", 'Output string too long while evaluating FORMAT; limit 1048576'],
    ["FORMAT('%*s', 2000000000, 'a')", 'Output string too long while evaluating FORMAT; limit 1048576'],
    [
      "FORMAT('%s%s', REPEAT('a', 600000), REPEAT('a', 600000))",
      'Output string too long while evaluating FORMAT; limit 1048576',
    ],
    ["FORMAT('%#.*g', 2000000000, 1.5)", 'Output string too long while evaluating FORMAT; limit 1048576'],
    ["FORMAT('%.*f', 2000000000, 1.5)", 'Precision value is too big1074'],
    ["FORMAT('%.*f', 1075, NUMERIC '1.5')", 'Precision value is too big1074'],
    ["FORMAT('%.*e', 2000000000, 1.5)", 'Precision value is too big1074'],
    ["FORMAT('%.1075f', 1.5)", 'Precision value is too big1074'],
    ["FORMAT('%.*d', 2000000000, 1)", 'Precision value is too big1048576'],
    ["FORMAT('%.*s', 2000000000, 'a')", 'Precision value is too big1048576'],
    ["FORMAT('%.1048577d', 1)", 'Precision value is too big1048576'],
    [
      "FORMAT('%2000000000d', 1)",
      'Width 2000000000 exceeds the maximum supported output width of FORMAT. Limit: 1048576',
    ],
  ])('%s is refused before the output is built', (expression, message) => {
    expect(evaluationErrorOf(expression)).toBe(`OUT_OF_RANGE: ${message}`);
  });

  test('widths and precisions within the limits', () => {
    expect(evaluateSql("LENGTH(FORMAT('%*d', 1000000, 1))")).toBe(1000000n);
    expect(evaluateSql("LENGTH(FORMAT('%.*f', 1074, 1.5))")).toBe(1076n);
    expect(evaluateSql("FORMAT('%.*f', 1074, 1.5) = FORMAT('%.1074f', 1.5)")).toBe(true);
    expect(evaluateSql("FORMAT('%.*g', 2000000000, 1.5)")).toBe('1.5');
    expect(evaluateSql("FORMAT('%.2000000000g', 1.5)")).toBe('1.5');
    expect(evaluateSql("LENGTH(FORMAT('%#.*g', 1000, 1.5))")).toBe(1001n);
  });

  test('a pattern from a parameter formats like a literal one', () => {
    expect(evaluateSql('FORMAT(@p, 7)', { params: { p: [STRING, '%03d|%%'] } })).toBe('007|%');
  });
});
