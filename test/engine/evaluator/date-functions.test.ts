/**
 * DATE functions, EXTRACT and GENERATE_DATE_ARRAY: results and error messages as the official
 * emulator gives them for the same expressions, plus time zone handling and the statement clock.
 */

import { scalar } from '../../../src/engine/query/analyzer/index';
import type { SpannerValue } from '../../../src/types/spanner-value';
import { evaluateSql, evaluationErrorOf } from '../../support/evaluate';

const DATE = scalar('DATE');

/** Expected errors are written `CODE: message`; anything else is the expected value. */
function check(expression: string, expected: SpannerValue): void {
  if (typeof expected === 'string' && expected.startsWith('OUT_OF_RANGE: ')) {
    expect(evaluationErrorOf(expression)).toBe(expected);
  } else {
    expect(evaluateSql(expression)).toEqual(expected);
  }
}

describe('date functions match the official emulator', () => {
  test.each<[string, SpannerValue]>([
    ["DATE_ADD(DATE '9999-12-31', INTERVAL 1 DAY)", 'OUT_OF_RANGE: Adding 1 DAY to date 9999-12-31 causes overflow'],
    ["DATE_SUB(DATE '0001-01-01', INTERVAL 1 DAY)", 'OUT_OF_RANGE: Adding -1 DAY to date 0001-01-01 causes overflow'],
    [
      "DATE_ADD(DATE '2020-01-01', INTERVAL 9223372036854775807 DAY)",
      'OUT_OF_RANGE: Adding 9223372036854775807 DAY to date 2020-01-01 causes overflow',
    ],
    [
      "DATE_ADD(DATE '2020-01-01', INTERVAL 100000 YEAR)",
      'OUT_OF_RANGE: Adding 100000 YEAR to date 2020-01-01 causes overflow',
    ],
    ["DATE_ADD(DATE '2020-02-29', INTERVAL 1 YEAR)", '2021-02-28'],
    ["DATE_ADD(DATE '2020-01-31', INTERVAL 1 QUARTER)", '2020-04-30'],
    ["DATE_ADD(DATE '2020-01-31', INTERVAL -2 WEEK)", '2020-01-17'],
    [
      "DATE_SUB(DATE '2020-01-01', INTERVAL -9223372036854775808 DAY)",
      'OUT_OF_RANGE: Subtracting -9223372036854775808 DAY from date 2020-01-01 causes overflow',
    ],
    [
      "DATE_SUB(DATE '2020-01-01', INTERVAL 9223372036854775807 MONTH)",
      'OUT_OF_RANGE: Adding -9223372036854775807 MONTH to date 2020-01-01 causes overflow',
    ],
    ["DATE_SUB(DATE '2020-01-01', INTERVAL 3000 QUARTER)", '1270-01-01'],
    ['DATE_FROM_UNIX_DATE(2932897)', 'OUT_OF_RANGE: DATE_FROM_UNIX_DATE range is -719162 to 2932896 but saw 2932897'],
    ['DATE_FROM_UNIX_DATE(-719162)', '0001-01-01'],
    ["UNIX_DATE(DATE '0001-01-01')", -719162n],
    ['DATE(2020, 2, 30)', 'OUT_OF_RANGE: Input calculates to invalid date: 2020-02-30'],
    ['DATE(10000, 1, 1)', 'OUT_OF_RANGE: Input calculates to invalid date: 10000-01-01'],
    ['DATE(2020, 13, 1)', 'OUT_OF_RANGE: Input calculates to invalid date: 2020-13-01'],
    ['DATE(2020, 2, 29)', '2020-02-29'],
    ["DATE(TIMESTAMP '2020-01-01 05:00:00+00')", '2019-12-31'],
    ["DATE(TIMESTAMP '2020-01-01 05:00:00+00', 'Asia/Tokyo')", '2020-01-01'],
    ["DATE(TIMESTAMP '2020-01-01 05:00:00+00', 'Foo/Bar')", 'OUT_OF_RANGE: Invalid time zone: Foo/Bar'],
    ["DATE(TIMESTAMP '2020-01-01 05:00:00+00', 'UTC-03:30')", '2020-01-01'],
    ["DATE(TIMESTAMP '2020-01-01 05:00:00+00', '-0530')", '2019-12-31'],
    ["DATE(TIMESTAMP '2020-01-01 05:00:00+00', '+15:00')", 'OUT_OF_RANGE: Invalid time zone: +15:00'],
    ["DATE(TIMESTAMP '2020-01-01 05:00:00+00', 'utc')", 'OUT_OF_RANGE: Invalid time zone: utc'],
    ["DATE(TIMESTAMP '2020-01-01 05:00:00+00', '')", 'OUT_OF_RANGE: Invalid empty time zone'],
    ["DATE(TIMESTAMP '2020-01-01 05:00:00+00', ' UTC')", 'OUT_OF_RANGE: Invalid time zone:  UTC'],
    ["DATE(TIMESTAMP '2020-01-01 05:00:00+00', 'US/Pacific')", '2019-12-31'],
    ["DATE(TIMESTAMP '2020-01-01 05:00:00+00', 'Etc/GMT+5')", '2020-01-01'],
    ["DATE_DIFF(DATE '2021-01-03', DATE '2020-12-26', WEEK)", 2n],
    ["DATE_DIFF(DATE '2021-01-04', DATE '2021-01-03', ISOWEEK)", 1n],
    ["DATE_DIFF(DATE '2021-01-04', DATE '2020-12-31', ISOYEAR)", 1n],
    ["DATE_DIFF(DATE '2021-01-01', DATE '2020-12-31', YEAR)", 1n],
    ["DATE_DIFF(DATE '2021-01-01', DATE '2020-12-31', QUARTER)", 1n],
    ["DATE_DIFF(DATE '2020-12-31', DATE '2021-01-01', MONTH)", -1n],
    ["DATE_DIFF(DATE '2021-01-02', DATE '2020-12-27', WEEK)", 0n],
    ["DATE_DIFF(DATE '9999-12-31', DATE '0001-01-01', DAY)", 3652058n],
    ["DATE_TRUNC(DATE '2021-01-06', WEEK)", '2021-01-03'],
    ["DATE_TRUNC(DATE '2021-01-06', ISOWEEK)", '2021-01-04'],
    ["DATE_TRUNC(DATE '2021-01-02', ISOYEAR)", '2019-12-30'],
    ["DATE_TRUNC(DATE '2021-05-06', QUARTER)", '2021-04-01'],
    [
      "DATE_TRUNC(DATE '0001-01-06', WEEK)",
      'OUT_OF_RANGE: Truncating date 0001-01-06 to WEEK resulted in an out of range date value: -719163',
    ],
    ["DATE_TRUNC(DATE '0001-01-01', ISOYEAR)", '0001-01-01'],
  ])('arithmetic: %s', check);

  test.each<[string, SpannerValue]>([
    ["EXTRACT(WEEK FROM DATE '2021-01-06')", 1n],
    ["EXTRACT(ISOWEEK FROM DATE '2021-01-03')", 53n],
    ["EXTRACT(ISOYEAR FROM DATE '2021-01-03')", 2020n],
    ["EXTRACT(DAYOFWEEK FROM DATE '2021-01-03')", 1n],
    ["EXTRACT(DAYOFYEAR FROM DATE '2021-12-31')", 365n],
    ["EXTRACT(QUARTER FROM DATE '2021-12-31')", 4n],
    ["EXTRACT(WEEK FROM DATE '2021-01-02')", 0n],
    ["EXTRACT(HOUR FROM TIMESTAMP '2021-01-06 12:34:56.789123+00')", 4n],
    ["EXTRACT(HOUR FROM TIMESTAMP '2021-01-06 12:34:56.789123+00' AT TIME ZONE 'Asia/Kolkata')", 18n],
    ["EXTRACT(MILLISECOND FROM TIMESTAMP '2021-01-06 12:34:56.789123+00')", 789n],
    ["EXTRACT(MICROSECOND FROM TIMESTAMP '2021-01-06 12:34:56.789123+00')", 789123n],
    ["EXTRACT(NANOSECOND FROM TIMESTAMP '2021-01-06 12:34:56.789123+00')", 789123000n],
    ["EXTRACT(DATE FROM TIMESTAMP '2021-01-06 02:34:56.789123+00')", '2021-01-05'],
    ["EXTRACT(DATE FROM TIMESTAMP '2021-01-06 02:34:56.789123+00' AT TIME ZONE 'UTC')", '2021-01-06'],
    ["EXTRACT(SECOND FROM TIMESTAMP '1800-01-06 12:34:56+00')", 58n],
    ["EXTRACT(MINUTE FROM TIMESTAMP '1800-01-06 12:34:56+00')", 41n],
    [
      "EXTRACT(HOUR FROM TIMESTAMP '2021-01-06 12:34:56+00' AT TIME ZONE 'bad')",
      'OUT_OF_RANGE: Invalid time zone: bad',
    ],
    ["EXTRACT(YEAR FROM TIMESTAMP '0001-01-01 00:00:00+00')", 0n],
    ["EXTRACT(ISOYEAR FROM TIMESTAMP '2021-01-03 12:34:56+00')", 2020n],
  ])('extract: %s', check);

  test.each<[string, SpannerValue]>([
    [
      "GENERATE_DATE_ARRAY(DATE '2021-01-01', DATE '2021-03-31', INTERVAL 1 MONTH)",
      ['2021-01-01', '2021-02-01', '2021-03-01'],
    ],
    [
      "GENERATE_DATE_ARRAY(DATE '2021-01-05', DATE '2021-01-01', INTERVAL -2 DAY)",
      ['2021-01-05', '2021-01-03', '2021-01-01'],
    ],
    ["GENERATE_DATE_ARRAY(DATE '2021-01-01', DATE '2021-01-03')", ['2021-01-01', '2021-01-02', '2021-01-03']],
    ["GENERATE_DATE_ARRAY(DATE '2021-01-05', DATE '2021-01-01')", []],
    [
      "GENERATE_DATE_ARRAY(DATE '2021-01-01', DATE '2021-03-31', INTERVAL 0 DAY)",
      'OUT_OF_RANGE: Sequence step cannot be 0.',
    ],
    ["GENERATE_DATE_ARRAY(DATE '2021-01-01', DATE '2021-03-31', INTERVAL NULL DAY)", null],
    [
      "GENERATE_DATE_ARRAY(DATE '0001-01-01', DATE '9999-12-31', INTERVAL 1 DAY)",
      'OUT_OF_RANGE: Cannot generate arrays with more than 16000 elements.',
    ],
    ["GENERATE_DATE_ARRAY(DATE '9999-12-01', DATE '9999-12-31', INTERVAL 20 DAY)", ['9999-12-01', '9999-12-21']],
    [
      "GENERATE_DATE_ARRAY(DATE '2021-01-31', DATE '2021-05-31', INTERVAL 1 MONTH)",
      ['2021-01-31', '2021-02-28', '2021-03-28', '2021-04-28', '2021-05-28'],
    ],
  ])('generate_date_array: %s', check);

  test.each<[string, SpannerValue]>([
    ["FORMAT_DATE('[%Y]', DATE '2024-12-30')", '[2024]'],
    ["FORMAT_DATE('[%m]', DATE '2024-12-30')", '[12]'],
    ["FORMAT_DATE('[%d]', DATE '2024-12-30')", '[30]'],
    ["FORMAT_DATE('[%H]', DATE '2024-12-30')", '[%H]'],
    ["FORMAT_DATE('[%M]', DATE '2024-12-30')", '[%M]'],
    ["FORMAT_DATE('[%S]', DATE '2024-12-30')", '[%S]'],
    ["FORMAT_DATE('[%E3S]', DATE '2024-12-30')", '[%E3S]'],
    ["FORMAT_DATE('[%E6S]', DATE '2024-12-30')", '[%E6S]'],
    ["FORMAT_DATE('[%E9S]', DATE '2024-12-30')", '[%E9S]'],
    ["FORMAT_DATE('[%E*S]', DATE '2024-12-30')", '[%E*S]'],
    ["FORMAT_DATE('[%E1S]', DATE '2024-12-30')", '[%E1S]'],
    ["FORMAT_DATE('[%E0S]', DATE '2024-12-30')", '[%E0S]'],
    ["FORMAT_DATE('[%E10S]', DATE '2024-12-30')", '[00.0000000000]'],
    ["FORMAT_DATE('[%Ez]', DATE '2024-12-30')", '[%Ez]'],
    ["FORMAT_DATE('[%z]', DATE '2024-12-30')", '[%z]'],
    ["FORMAT_DATE('[%Z]', DATE '2024-12-30')", '[%Z]'],
    ["FORMAT_DATE('[%:z]', DATE '2024-12-30')", '[+00:00]'],
    ["FORMAT_DATE('[%j]', DATE '2024-12-30')", '[365]'],
    ["FORMAT_DATE('[%U]', DATE '2024-12-30')", '[52]'],
    ["FORMAT_DATE('[%W]', DATE '2024-12-30')", '[53]'],
    ["FORMAT_DATE('[%u]', DATE '2024-12-30')", '[1]'],
    ["FORMAT_DATE('[%w]', DATE '2024-12-30')", '[1]'],
    ["FORMAT_DATE('[%a]', DATE '2024-12-30')", '[Mon]'],
    ["FORMAT_DATE('[%A]', DATE '2024-12-30')", '[Monday]'],
    ["FORMAT_DATE('[%b]', DATE '2024-12-30')", '[Dec]'],
    ["FORMAT_DATE('[%B]', DATE '2024-12-30')", '[December]'],
    ["FORMAT_DATE('[%h]', DATE '2024-12-30')", '[Dec]'],
    ["FORMAT_DATE('[%c]', DATE '2024-12-30')", '[%c]'],
    ["FORMAT_DATE('[%x]', DATE '2024-12-30')", '[12/30/24]'],
    ["FORMAT_DATE('[%X]', DATE '2024-12-30')", '[%X]'],
    ["FORMAT_DATE('[%F]', DATE '2024-12-30')", '[2024-12-30]'],
    ["FORMAT_DATE('[%T]', DATE '2024-12-30')", '[%T]'],
    ["FORMAT_DATE('[%D]', DATE '2024-12-30')", '[12/30/24]'],
    ["FORMAT_DATE('[%R]', DATE '2024-12-30')", '[%R]'],
    ["FORMAT_DATE('[%e]', DATE '2024-12-30')", '[30]'],
    ["FORMAT_DATE('[%k]', DATE '2024-12-30')", '[%k]'],
    ["FORMAT_DATE('[%l]', DATE '2024-12-30')", '[%l]'],
    ["FORMAT_DATE('[%I]', DATE '2024-12-30')", '[%I]'],
    ["FORMAT_DATE('[%p]', DATE '2024-12-30')", '[%p]'],
    ["FORMAT_DATE('[%P]', DATE '2024-12-30')", '[%P]'],
    ["FORMAT_DATE('[%s]', DATE '2024-12-30')", '[%s]'],
    ["FORMAT_DATE('[%C]', DATE '2024-12-30')", '[20]'],
    ["FORMAT_DATE('[%y]', DATE '2024-12-30')", '[24]'],
    ["FORMAT_DATE('[%G]', DATE '2024-12-30')", '[2025]'],
    ["FORMAT_DATE('[%g]', DATE '2024-12-30')", '[25]'],
    ["FORMAT_DATE('[%V]', DATE '2024-12-30')", '[01]'],
    ["FORMAT_DATE('[%Q]', DATE '2024-12-30')", '[4]'],
    ["FORMAT_DATE('[%n]', DATE '2024-12-30')", '[\n]'],
    ["FORMAT_DATE('[%t]', DATE '2024-12-30')", '[\t]'],
    ["FORMAT_DATE('[%%]', DATE '2024-12-30')", '[%]'],
    ["FORMAT_DATE('[%E4Y]', DATE '2024-12-30')", '[2024]'],
    ["FORMAT_DATE('[%Ec]', DATE '2024-12-30')", '[%Ec]'],
    ["FORMAT_DATE('[%Ex]', DATE '2024-12-30')", '[12/30/24]'],
    ["FORMAT_DATE('[%EX]', DATE '2024-12-30')", '[%EX]'],
    ["FORMAT_DATE('[%OH]', DATE '2024-12-30')", '[%OH]'],
    ["FORMAT_DATE('[%Om]', DATE '2024-12-30')", '[12]'],
    ["FORMAT_DATE('[%Oe]', DATE '2024-12-30')", '[30]'],
    ["FORMAT_DATE('[%OS]', DATE '2024-12-30')", '[%OS]'],
    ["FORMAT_DATE('[%Ou]', DATE '2024-12-30')", '[1]'],
    ["FORMAT_DATE('[%OU]', DATE '2024-12-30')", '[52]'],
    ["FORMAT_DATE('[%OV]', DATE '2024-12-30')", '[01]'],
    ["FORMAT_DATE('[%Ow]', DATE '2024-12-30')", '[1]'],
    ["FORMAT_DATE('[%OW]', DATE '2024-12-30')", '[53]'],
    ["FORMAT_DATE('[%Oy]', DATE '2024-12-30')", '[24]'],
    ["FORMAT_DATE('[%Od]', DATE '2024-12-30')", '[30]'],
    ["FORMAT_DATE('[%OI]', DATE '2024-12-30')", '[%OI]'],
    ["FORMAT_DATE('[%Ey]', DATE '2024-12-30')", '[24]'],
    ["FORMAT_DATE('[%EC]', DATE '2024-12-30')", '[20]'],
    ["FORMAT_DATE('[%EY]', DATE '2024-12-30')", '[2024]'],
    ["FORMAT_DATE('[%OB]', DATE '2024-12-30')", '[December]'],
    ["FORMAT_DATE('[%Oa]', DATE '2024-12-30')", '[%Oa]'],
    ["FORMAT_DATE('[%Ea]', DATE '2024-12-30')", '[%Ea]'],
    ["FORMAT_DATE('[%Eq]', DATE '2024-12-30')", '[%Eq]'],
    ["FORMAT_DATE('[%q]', DATE '2024-12-30')", '[%q]'],
    ["FORMAT_DATE('[%f]', DATE '2024-12-30')", '[%f]'],
    ["FORMAT_DATE('[%E]', DATE '2024-12-30')", '[%E]'],
    ["FORMAT_DATE('[%O]', DATE '2024-12-30')", '[%O]'],
    ["FORMAT_DATE('[%ET]', DATE '2024-12-30')", '[%ET]'],
    ["FORMAT_DATE('[%EJ]', DATE '2024-12-30')", '[%EJ]'],
    ["FORMAT_DATE('[%E4C]', DATE '2024-12-30')", '[%E4C]'],
    ["FORMAT_DATE('[%r]', DATE '2024-12-30')", '[%r]'],
    ["FORMAT_DATE('%Y %C %G %F %y', DATE '9999-01-03')", '9999 99 9998 9999-01-03 99'],
    ["FORMAT_DATE('%U %W %V %G %j %u', DATE '2027-01-01')", '00 00 53 2026 001 5'],
  ])('format_date: %s', check);

  test.each<[string, SpannerValue]>([
    ["PARSE_DATE('%Y-%m-%d', '2021-01-03')", '2021-01-03'],
    ["PARSE_DATE('%Y-%m-%d', '2021-1-3')", '2021-01-03'],
    ["PARSE_DATE('%Y-%m-%d', ' 2021-01-03 ')", '2021-01-03'],
    ["PARSE_DATE('%Y-%m-%d', '2021-01-03x')", 'OUT_OF_RANGE: Failed to parse input string "2021-01-03x"'],
    ["PARSE_DATE('%Y-%m-%d', '2021-02-30')", 'OUT_OF_RANGE: Out-of-range datetime field in parsing function'],
    ["PARSE_DATE('%Y', '2021')", '2021-01-01'],
    ["PARSE_DATE('%m', '05')", '1970-05-01'],
    ["PARSE_DATE('%d', '05')", '1970-01-05'],
    [
      "PARSE_DATE('%Y-%m-%d %H', '2021-01-03 05')",
      'OUT_OF_RANGE: Invalid format: %H is not allowed for the DATE type.',
    ],
    ["PARSE_DATE('%x', '01/03/21')", '2021-01-03'],
    ["PARSE_DATE('%x', '01/03/69')", '1969-01-03'],
    ["PARSE_DATE('%x', '01/03/68')", '2068-01-03'],
    ["PARSE_DATE('%F', '12021-01-03')", 'OUT_OF_RANGE: Failed to parse input string "12021-01-03"'],
    ["PARSE_DATE('%Y', '10000')", 'OUT_OF_RANGE: Invalid result from parsing function'],
    ["PARSE_DATE('%b %d %Y', 'jan 03 2021')", '2021-01-03'],
    ["PARSE_DATE('%A %b %d %Y', 'MONDAY JANUARY 03 2021')", '2021-01-03'],
    ["PARSE_DATE('%j %Y', '100 2021')", '2021-04-10'],
    ["PARSE_DATE('%U %Y', '10 2021')", '2021-03-07'],
    ["PARSE_DATE('%G-%V-%u', '2020-53-7')", 'OUT_OF_RANGE: ISO parse elements are not supported yet'],
    ["PARSE_DATE('%s', '1609646706')", 'OUT_OF_RANGE: Invalid format: %s is not allowed for the DATE type.'],
    ["PARSE_DATE('%Y%m%d', '20210103')", '2021-01-03'],
    ["PARSE_DATE('%E4Y', '21')", 'OUT_OF_RANGE: Failed to parse input string "21"'],
    ["PARSE_DATE('%C%y', '2021')", '2021-01-01'],
    ["PARSE_DATE('%y', '21')", '2021-01-01'],
    ["PARSE_DATE('%Q', '2')", '1970-04-01'],
    ["PARSE_DATE('%J', '2')", '1970-01-01'],
    ["PARSE_DATE('%q', '%q')", 'OUT_OF_RANGE: Failed to parse input string "%q"'],
    ["PARSE_DATE('%Y %e', '2021  3')", '2021-01-03'],
    ["PARSE_DATE('%Y-%m-%d', '')", 'OUT_OF_RANGE: Failed to parse input string ""'],
    ["PARSE_DATE('', '')", '1970-01-01'],
    ["PARSE_DATE('%Y', '-5')", 'OUT_OF_RANGE: Failed to parse input string "-5"'],
    ["PARSE_DATE('%Y', '+5')", 'OUT_OF_RANGE: Failed to parse input string "+5"'],
    ["PARSE_DATE('%Y', '0')", 'OUT_OF_RANGE: Invalid result from parsing function'],
    ["PARSE_DATE('%Y', '0000')", 'OUT_OF_RANGE: Invalid result from parsing function'],
    ["PARSE_DATE('%d', '32')", 'OUT_OF_RANGE: Failed to parse input string "32"'],
    ["PARSE_DATE('%Y %z', '2020 +0800')", 'OUT_OF_RANGE: Invalid format: %z is not allowed for the DATE type.'],
    ["PARSE_DATE('%D', '1/3/21')", '2021-01-03'],
    ["PARSE_DATE('%Y', '123456')", 'OUT_OF_RANGE: Failed to parse input string "123456"'],
    ["PARSE_DATE('%Y-%m', '10000-01')", 'OUT_OF_RANGE: Invalid result from parsing function'],
    ["PARSE_DATE('%Y%m', '1000001')", 'OUT_OF_RANGE: Failed to parse input string "1000001"'],
    ["PARSE_DATE('%Y', '02021')", '2021-01-01'],
    ["PARSE_DATE('%Y', '002021')", 'OUT_OF_RANGE: Failed to parse input string "002021"'],
    ["PARSE_DATE('%Y-%m-%d', '10000-01-01')", 'OUT_OF_RANGE: Invalid result from parsing function'],
    ["PARSE_DATE('%m-%d-%Y', '01-01-10000')", 'OUT_OF_RANGE: Invalid result from parsing function'],
    ["PARSE_DATE('%F', '10000-01-01')", 'OUT_OF_RANGE: Failed to parse input string "10000-01-01"'],
    ["PARSE_DATE('%m', '005')", 'OUT_OF_RANGE: Failed to parse input string "005"'],
    ["PARSE_DATE('%m%d', '0105')", '1970-01-05'],
    ["PARSE_DATE('%m%d', '15')", 'OUT_OF_RANGE: Failed to parse input string "15"'],
    ["PARSE_DATE('%d', ' 5')", '1970-01-05'],
    ["PARSE_DATE('%Y - %m', '2021-01')", '2021-01-01'],
    [
      "PARSE_DATE('%Y-%m', '2021 - 01')",
      "OUT_OF_RANGE: Mismatch between format character '-' and string character ' ' at string index: 4 with format: '%Y-%m'",
    ],
    ["PARSE_DATE('%Y %m', '2021    01')", '2021-01-01'],
    ["PARSE_DATE('%Y-%m', '2021-01   ')", '2021-01-01'],
    ["PARSE_DATE('%b', 'Janu')", 'OUT_OF_RANGE: Failed to parse input string "Janu"'],
    ["PARSE_DATE('%b%Y', 'Jan2021')", '2021-01-01'],
    ["PARSE_DATE('%B%Y', 'January2021')", '2021-01-01'],
    ["PARSE_DATE('%b %Y', 'june 2021')", '2021-06-01'],
    ["PARSE_DATE('%y', '68')", '2068-01-01'],
    ["PARSE_DATE('%y', '1')", '2001-01-01'],
    ["PARSE_DATE('%y', '123')", 'OUT_OF_RANGE: Failed to parse input string "123"'],
    ["PARSE_DATE('%C', '20')", '2000-01-01'],
    ["PARSE_DATE('%C %y', '19 5')", '1905-01-01'],
    ["PARSE_DATE('%y %C', '5 19')", '1905-01-01'],
    ["PARSE_DATE('%Y %j', '2020 366')", '2020-12-31'],
    ["PARSE_DATE('%j', '0')", 'OUT_OF_RANGE: Failed to parse input string "0"'],
    ["PARSE_DATE('%Y%%', '2021%')", '2021-01-01'],
    ["PARSE_DATE('%Y %Q', '2021 4')", '2021-10-01'],
    ["PARSE_DATE('%Q %m', '2 1')", '1970-01-01'],
    ["PARSE_DATE('%m %Q', '1 2')", '1970-04-01'],
    ["PARSE_DATE('%d %j', '1 40')", '1970-02-09'],
    ["PARSE_DATE('%U', '0')", '1969-12-28'],
    ["PARSE_DATE('%U %Y', '53 2021')", 'OUT_OF_RANGE: Week number 53 is invalid for year 2021'],
    ["PARSE_DATE('%Y', '2021 x')", 'OUT_OF_RANGE: Failed to parse input string "2021 x"'],
    ["PARSE_DATE('%Y-%m', '2021')", 'OUT_OF_RANGE: Failed to parse input string "2021"'],
    [
      "PARSE_DATE('x%Y', '2021')",
      "OUT_OF_RANGE: Mismatch between format character 'x' and string character '2' at string index: 0 with format: 'x%Y'",
    ],
    [
      "PARSE_DATE('%Y-%m-%dT', '2021-01-03x')",
      "OUT_OF_RANGE: Mismatch between format character 'T' and string character 'x' at string index: 10 with format: '%Y-%m-%dT'",
    ],
    ["PARSE_DATE('%Y %m', '2021x01')", 'OUT_OF_RANGE: Failed to parse input string "2021x01"'],
    ["PARSE_DATE('%Y', ' ')", 'OUT_OF_RANGE: Failed to parse input string " "'],
    ["PARSE_DATE('%a', 'Funday')", 'OUT_OF_RANGE: Failed to parse input string "Funday"'],
    ["PARSE_DATE('%d %Q', '5 2')", '1970-04-01'],
    ["PARSE_DATE('%G', '2021')", '2021-01-04'],
    ["PARSE_DATE('%V', '2')", '1970-01-01'],
    ["PARSE_DATE('%u', '2')", '1970-01-01'],
    ["PARSE_DATE('%E3S', '2')", 'OUT_OF_RANGE: Invalid format: %E3S is not allowed for the DATE type.'],
    ["PARSE_DATE('%Ez', '2')", 'OUT_OF_RANGE: Invalid format: %Ez is not allowed for the DATE type.'],
    ["PARSE_DATE('%c', '2')", 'OUT_OF_RANGE: Invalid format: %c is not allowed for the DATE type.'],
    ["PARSE_DATE('%H%z', '2')", 'OUT_OF_RANGE: Invalid format: %H is not allowed for the DATE type.'],
    ["PARSE_DATE('%EY', '2021')", '2021-01-01'],
    ["PARSE_DATE('%Ou', '3')", '1970-01-01'],
  ])('parse_date: %s', check);
});

describe('statement clock, NULLs and SAFE', () => {
  test('CURRENT_DATE is the statement time in the default or the given zone', () => {
    // The test statement time is 2026-01-02T03:04:05.123456789Z.
    expect(evaluateSql('CURRENT_DATE()')).toBe('2026-01-01');
    expect(evaluateSql("CURRENT_DATE('UTC')")).toBe('2026-01-02');
    expect(evaluateSql('CURRENT_DATE()', { context: { timeZone: 'Asia/Tokyo' } })).toBe('2026-01-02');
    expect(evaluationErrorOf("CURRENT_DATE('Foo')")).toBe('OUT_OF_RANGE: Invalid time zone: Foo');
  });

  test('NULL arguments give NULL', () => {
    expect(evaluateSql('DATE_ADD(d, INTERVAL 1 DAY)', { row: { d: [DATE, null] } })).toBeNull();
    expect(evaluateSql("FORMAT_DATE(NULL, DATE '2020-01-01')")).toBeNull();
    expect(evaluateSql('EXTRACT(YEAR FROM d)', { row: { d: [DATE, null] } })).toBeNull();
    expect(evaluateSql("DATE(TIMESTAMP '2020-01-01 00:00:00+00', NULL)")).toBeNull();
  });

  test('SAFE. turns range errors into NULL', () => {
    expect(evaluateSql("SAFE.DATE_ADD(DATE '9999-12-31', INTERVAL 1 DAY)")).toBeNull();
    expect(evaluateSql("SAFE.PARSE_DATE('%Y', 'x')")).toBeNull();
  });
});
