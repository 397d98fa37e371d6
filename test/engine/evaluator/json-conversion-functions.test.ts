/**
 * JSON to SQL values: BOOL(json) and the other strict converters with their errors, the LAX_*
 * converters, the _ARRAY forms (not in Spanner's emulator: GoogleSQL's documented behaviour) and
 * STRING(timestamp [, zone]). Other expected values were checked against Spanner's emulator.
 */

import { scalar } from '../../../src/engine/query/analyzer/index';
import { evaluateSql, evaluationErrorOf } from '../../support/evaluate';

const STRING = scalar('STRING');
const TIMESTAMP = scalar('TIMESTAMP');

describe('JSON to SQL values', () => {
  test.each([
    [`BOOL(JSON 'true')`, true],
    [`INT64(JSON '1')`, 1n],
    [`INT64(PARSE_JSON('1.0'))`, 1n],
    [`INT64(PARSE_JSON('1e2'))`, 100n],
    [`INT64(JSON '-9223372036854775808')`, -9223372036854775808n],
    [`FLOAT64(JSON '1.5')`, 1.5],
    [`FLOAT64(PARSE_JSON('9007199254740993'))`, 9007199254740992],
    [`FLOAT64(PARSE_JSON('18446744073709551615'), wide_number_mode=>'round')`, 18446744073709552000],
    [`STRING(JSON '"a"')`, 'a'],
    [`LAX_BOOL(JSON '1')`, true],
    [`LAX_BOOL(PARSE_JSON('0.0'))`, false],
    [`LAX_BOOL(JSON '"TRUE"')`, true],
    [`LAX_BOOL(JSON '"yes"')`, null],
    [`LAX_BOOL(JSON '" true"')`, null],
    [`LAX_BOOL(JSON '[true]')`, null],
    [`LAX_INT64(JSON 'true')`, 1n],
    [`LAX_INT64(JSON '2.5')`, 3n],
    [`LAX_INT64(JSON '-1.5')`, -2n],
    [`LAX_INT64(JSON '"1.5"')`, 2n],
    [`LAX_INT64(JSON '"1e2"')`, 100n],
    [`LAX_INT64(JSON '" 12 "')`, 12n],
    [`LAX_INT64(JSON '"+5"')`, 5n],
    [`LAX_INT64(JSON '"x"')`, null],
    [`LAX_INT64(JSON '"0x10"')`, null],
    [`LAX_INT64(JSON '1e20')`, null],
    [`LAX_INT64(JSON '"9223372036854775807"')`, 9223372036854775807n],
    [`LAX_INT64(JSON '"9223372036854775808"')`, null],
    [`LAX_INT64(PARSE_JSON('18446744073709551615'))`, null],
    [`LAX_FLOAT64(JSON 'true')`, null],
    [`LAX_FLOAT64(JSON '"NaN"')`, Number.NaN],
    [`LAX_FLOAT64(JSON '"-inf"')`, -Infinity],
    [`LAX_FLOAT64(JSON '"  inf "')`, Infinity],
    [`LAX_FLOAT64(JSON '"1e400"')`, Infinity],
    [`LAX_FLOAT64(JSON '"0x10"')`, 16],
    [`LAX_FLOAT64(JSON '"x"')`, null],
    [`LAX_STRING(JSON 'true')`, 'true'],
    [`LAX_STRING(PARSE_JSON('1e2'))`, '100'],
    [`LAX_STRING(PARSE_JSON('1.2345678901234567'))`, '1.2345678901234567'],
    [`LAX_STRING(PARSE_JSON('1e20'))`, '1e+20'],
    [`LAX_STRING(PARSE_JSON('1e-7'))`, '1e-07'],
    [`LAX_STRING(PARSE_JSON('-0.0'))`, '0'],
    [`LAX_STRING(PARSE_JSON('123456.5'))`, '123456.5'],
    [`LAX_STRING(PARSE_JSON('-1.0'))`, '-1'],
    [`LAX_STRING(PARSE_JSON('12345678901234567890'))`, '12345678901234567890'],
    [`LAX_STRING(JSON 'null')`, null],
    [`LAX_STRING(PARSE_JSON('0.30000000000000004'))`, '0.30000000000000004'],
    [`LAX_STRING(PARSE_JSON('5e-324'))`, '4.94065645841247e-324'],
    [`LAX_STRING(PARSE_JSON('1e15'))`, '1e+15'],
    [`LAX_STRING(PARSE_JSON('123456789012345678.0', wide_number_mode=>'round'))`, '1.2345678901234568e+17'],
    [`LAX_INT64(JSON '"1."')`, 1n],
    [`LAX_INT64(JSON '".5"')`, 1n],
    [`LAX_INT64(JSON '"-0.5"')`, -1n],
    [`LAX_INT64(JSON '"NaN"')`, null],
    [`LAX_INT64(JSON '"1e-400"')`, 0n],
    [`LAX_INT64(JSON '"  "')`, null],
    [`LAX_FLOAT64(JSON '".5"')`, 0.5],
    [`LAX_FLOAT64(JSON '""')`, null],
    [`BOOL_ARRAY(JSON '[true, false]')`, [true, false]],
    [`INT64_ARRAY(JSON '[1, 2]')`, [1n, 2n]],
    [`STRING_ARRAY(JSON '["a"]')`, ['a']],
    [`FLOAT64_ARRAY(JSON '[1, 2.5]')`, [1, 2.5]],
    [`FLOAT32_ARRAY(JSON '[0.5]')`, [0.5]],
    [`BOOL(CAST(NULL AS JSON))`, null],
  ])('%s', (sql, expected) => {
    expect(evaluateSql(sql)).toEqual(expected);
  });

  test.each([
    [`BOOL(JSON '1')`, 'The provided JSON input is not a boolean'],
    [`BOOL(JSON 'null')`, 'The provided JSON input is not a boolean'],
    [`INT64(JSON '1.5')`, 'The provided JSON number: 1.5 cannot be converted to an int64'],
    [`INT64(JSON '1e20')`, 'The provided JSON number: 1e+20 cannot be converted to an int64'],
    [`INT64(PARSE_JSON('1e19'))`, 'The provided JSON number: 1e+19 cannot be converted to an int64'],
    [`INT64(PARSE_JSON('9223372036854775808'))`, 'The provided JSON input is not an integer'],
    [`INT64(JSON '"1"')`, 'The provided JSON input is not an integer'],
    [`FLOAT64(JSON '"1"')`, 'The provided JSON input is not a number'],
    [
      `FLOAT64(PARSE_JSON('9007199254740993'), wide_number_mode=>'exact')`,
      'JSON number: 9007199254740993 cannot be converted to FLOAT64 without loss of precision',
    ],
    [`FLOAT64(JSON '1', wide_number_mode=>'x')`, 'Invalid `wide_number_mode` specified: x'],
    [`STRING(JSON '1')`, 'The provided JSON input is not a string'],
  ])('%s fails', (sql, message) => {
    expect(evaluationErrorOf(sql)).toBe(`OUT_OF_RANGE: ${message}`);
  });

  test('STRING(timestamp [, zone]) writes the civil time in the zone', () => {
    expect(evaluateSql(`STRING(TIMESTAMP '2020-01-02 03:04:05.5+00')`)).toBe('2020-01-01 19:04:05.500-08');
    expect(evaluateSql(`STRING(TIMESTAMP '2020-01-02 03:04:05+00', 'UTC')`)).toBe('2020-01-02 03:04:05+00');
    expect(evaluateSql(`STRING(TIMESTAMP '2020-01-02 03:04:05.1+00', 'Asia/Kolkata')`)).toBe(
      '2020-01-02 08:34:05.100+05:30',
    );
    expect(evaluateSql(`STRING(t, NULL)`, { row: { t: [TIMESTAMP, null] } })).toBeNull();
    expect(evaluationErrorOf(`STRING(TIMESTAMP '2020-01-02 03:04:05+00', 'Bad/Zone')`)).toBe(
      'OUT_OF_RANGE: Invalid time zone: Bad/Zone',
    );
  });

  test('JSON_VALUE reads a column of JSON-formatted text', () => {
    expect(evaluateSql(`JSON_VALUE(s, '$.a')`, { row: { s: [STRING, '{"a": "v"}'] } })).toBe('v');
  });
});
