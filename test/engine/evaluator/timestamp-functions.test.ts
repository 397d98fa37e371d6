/**
 * TIMESTAMP functions: results and error messages as the official emulator gives them for the
 * same expressions (time zones with DST gaps and local mean time included), and the text of
 * STRING(TIMESTAMP).
 */

import { timestampToString } from '../../../src/engine/query/evaluator/functions/datetime/timestamp-impls';
import { timestampValue, type SpannerValue } from '../../../src/types/spanner-value';
import { evaluateSql, evaluationErrorOf, TEST_STATEMENT_TIME } from '../../support/evaluate';

/** `2021-01-03T04:05:06.5Z` as a TIMESTAMP value. */
function ts(text: string): SpannerValue {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?Z$/.exec(text);
  if (m === null) throw new Error(`bad timestamp ${text}`);
  const date = new Date(0);
  date.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  date.setUTCHours(Number(m[4]), Number(m[5]), Number(m[6]));
  return timestampValue(BigInt(date.getTime() / 1000) * 1_000_000_000n + BigInt((m[7] ?? '').padEnd(9, '0')));
}

/** Expected errors are written `CODE: message`; anything else is the expected value. */
function check(expression: string, expected: SpannerValue): void {
  if (typeof expected === 'string' && expected.startsWith('OUT_OF_RANGE: ')) {
    expect(evaluationErrorOf(expression)).toBe(expected);
  } else {
    expect(evaluateSql(expression)).toEqual(expected);
  }
}

describe('timestamp functions match the official emulator', () => {
  test.each<[string, SpannerValue]>([
    [
      "TIMESTAMP_ADD(TIMESTAMP '9999-12-31 23:59:59+00', INTERVAL 1 SECOND)",
      'OUT_OF_RANGE: Adding 1 SECOND to timestamp 9999-12-31 15:59:59.000000-08 causes overflow',
    ],
    [
      "TIMESTAMP_ADD(TIMESTAMP '2000-12-31 23:59:59+00', INTERVAL 9223372036854775807 NANOSECOND)",
      ts('2293-04-11T23:47:15.854775Z'),
    ],
    [
      "TIMESTAMP_ADD(TIMESTAMP '2000-12-31 23:59:59+00', INTERVAL 9223372036854775807 HOUR)",
      'OUT_OF_RANGE: TIMESTAMP_ADD interval value  9223372036854775807 at HOUR precision causes overflow',
    ],
    ["TIMESTAMP_ADD(TIMESTAMP '2000-12-31 23:59:59+00', INTERVAL 1999 NANOSECOND)", ts('2000-12-31T23:59:59.000001Z')],
    ["TIMESTAMP_SUB(TIMESTAMP '2000-12-31 23:59:59+00', INTERVAL 1999 NANOSECOND)", ts('2000-12-31T23:59:58.999999Z')],
    [
      "TIMESTAMP_SUB(TIMESTAMP '0001-01-01 00:00:00+00', INTERVAL 1 MICROSECOND)",
      'OUT_OF_RANGE: Adding -1 MICROSECOND to timestamp 0000-12-31 16:08:00.000000-07:52 causes overflow',
    ],
    [
      "TIMESTAMP_SUB(TIMESTAMP '2001-01-01 00:00:00+00', INTERVAL -9223372036854775808 MICROSECOND)",
      'OUT_OF_RANGE: Subtracting -9223372036854775808 MICROSECOND from timestamp 2000-12-31 16:00:00.000000-08 causes overflow',
    ],
    [
      "TIMESTAMP_SUB(TIMESTAMP '2000-12-31 23:59:59+00', INTERVAL 9223372036854775807 HOUR)",
      'OUT_OF_RANGE: TIMESTAMP_ADD interval value  -9223372036854775807 at HOUR precision causes overflow',
    ],
    [
      "TIMESTAMP_ADD(TIMESTAMP '2000-12-31 23:59:59+00', INTERVAL 106751991167 DAY)",
      'OUT_OF_RANGE: Converting timestamp interval 9223372036828800 at TIMESTAMP_SECOND scale to TIMESTAMP_MICROSECOND scale causes overflow',
    ],
    [
      "TIMESTAMP_ADD(TIMESTAMP '2000-12-31 23:59:59+00', INTERVAL 106751991 DAY)",
      'OUT_OF_RANGE: Adding 2562047784 HOUR to timestamp 2000-12-31 15:59:59.000000-08 causes overflow',
    ],
    [
      "TIMESTAMP_ADD(TIMESTAMP '2000-12-31 23:59:59+00', INTERVAL 9223372036854775807 MILLISECOND)",
      'OUT_OF_RANGE: Converting timestamp interval 9223372036854775807 at TIMESTAMP_MILLISECOND scale to TIMESTAMP_MICROSECOND scale causes overflow',
    ],
    [
      "TIMESTAMP_ADD(TIMESTAMP '2000-12-31 23:59:59+00', INTERVAL 153722867280912930 MINUTE)",
      'OUT_OF_RANGE: Converting timestamp interval 9223372036854775800 at TIMESTAMP_SECOND scale to TIMESTAMP_MICROSECOND scale causes overflow',
    ],
    [
      "TIMESTAMP_ADD(TIMESTAMP '2000-12-31 23:59:59+00', INTERVAL 1537228672809129 MINUTE)",
      'OUT_OF_RANGE: Converting timestamp interval 92233720368547740 at TIMESTAMP_SECOND scale to TIMESTAMP_MICROSECOND scale causes overflow',
    ],
    [
      "TIMESTAMP_ADD(TIMESTAMP '2000-12-31 23:59:59+00', INTERVAL 153722867280 MINUTE)",
      'OUT_OF_RANGE: Adding 153722867280 MINUTE to timestamp 2000-12-31 15:59:59.000000-08 causes overflow',
    ],
    [
      "TIMESTAMP_ADD(TIMESTAMP '2000-12-31 23:59:59+00', INTERVAL 9223372036854775807 DAY)",
      'OUT_OF_RANGE: TIMESTAMP_ADD interval value  9223372036854775807 at HOUR precision causes overflow',
    ],
    [
      "TIMESTAMP_ADD(TIMESTAMP '2000-12-31 23:59:59+00', INTERVAL -9223372036854775808 NANOSECOND)",
      ts('1708-09-22T00:12:42.145225Z'),
    ],
    ["TIMESTAMP_ADD(TIMESTAMP '2020-03-08 01:00:00-08', INTERVAL 1 DAY)", ts('2020-03-09T09:00:00Z')],
  ])('timestamp_add and _sub: %s', check);

  test.each<[string, SpannerValue]>([
    [
      "TIMESTAMP_DIFF(TIMESTAMP '9999-12-31 23:59:59+00', TIMESTAMP '0001-01-01 00:00:00+00', NANOSECOND)",
      'OUT_OF_RANGE: TIMESTAMP_DIFF at NANOSECOND precision between values of 9999-12-31T23:59:59+00:00 and 1-01-01T00:00:00+00:00 causes overflow',
    ],
    [
      "TIMESTAMP_DIFF(TIMESTAMP '9999-12-31 23:59:59+00', TIMESTAMP '0001-01-01 00:00:00+00', MICROSECOND)",
      315537897599000000n,
    ],
    ["TIMESTAMP_DIFF(TIMESTAMP '2000-01-01 00:00:00+00', TIMESTAMP '2000-01-02 00:00:01+00', DAY)", -1n],
    ["TIMESTAMP_DIFF(TIMESTAMP '2000-01-01 00:00:00.5+00', TIMESTAMP '2000-01-01 00:00:01+00', SECOND)", 0n],
    [
      "TIMESTAMP_DIFF(TIMESTAMP '1000-12-31 23:59:59.5+00', TIMESTAMP '9000-01-01 00:00:00.25+00', NANOSECOND)",
      'OUT_OF_RANGE: TIMESTAMP_DIFF at NANOSECOND precision between values of 1000-12-31T23:59:59.5+00:00 and 9000-01-01T00:00:00.25+00:00 causes overflow',
    ],
    [
      "TIMESTAMP_DIFF(TIMESTAMP '2000-12-31 23:59:59.5+00', TIMESTAMP '2000-01-01 00:00:00.25+00', NANOSECOND)",
      31622399250000000n,
    ],
    ["TIMESTAMP_DIFF(TIMESTAMP '2000-12-31 23:59:59.5+00', TIMESTAMP '2000-01-01 00:00:00.25+00', HOUR)", 8783n],
  ])('timestamp_diff: %s', check);

  test.each<[string, SpannerValue]>([
    [
      "TIMESTAMP_ADD(TIMESTAMP '2000-12-31 23:59:59+00', INTERVAL 106751991167 DAY)",
      'OUT_OF_RANGE: Converting timestamp interval 9223372036828800 at TIMESTAMP_SECOND scale to TIMESTAMP_MICROSECOND scale causes overflow',
    ],
    [
      "TIMESTAMP_ADD(TIMESTAMP '2000-12-31 23:59:59+00', INTERVAL 9223372036854775807 MILLISECOND)",
      'OUT_OF_RANGE: Converting timestamp interval 9223372036854775807 at TIMESTAMP_MILLISECOND scale to TIMESTAMP_MICROSECOND scale causes overflow',
    ],
    [
      "TIMESTAMP_ADD(TIMESTAMP '2000-12-31 23:59:59+00', INTERVAL 153722867280912930 MINUTE)",
      'OUT_OF_RANGE: Converting timestamp interval 9223372036854775800 at TIMESTAMP_SECOND scale to TIMESTAMP_MICROSECOND scale causes overflow',
    ],
    [
      "TIMESTAMP_ADD(TIMESTAMP '2000-12-31 23:59:59+00', INTERVAL 1537228672809129 MINUTE)",
      'OUT_OF_RANGE: Converting timestamp interval 92233720368547740 at TIMESTAMP_SECOND scale to TIMESTAMP_MICROSECOND scale causes overflow',
    ],
    [
      'TIMESTAMP_SECONDS(253402300800)',
      'OUT_OF_RANGE: Input value 253402300800 cannot be converted into a TIMESTAMP, because it would be out of the allowed range between -62135596800000000 to 253402300799999999 (microseconds)',
    ],
    ['TIMESTAMP_SECONDS(253402300799)', ts('9999-12-31T23:59:59Z')],
    [
      'TIMESTAMP_MILLIS(-62135596800001)',
      'OUT_OF_RANGE: Input value -62135596800001 cannot be converted into a TIMESTAMP, because it would be out of the allowed range between -62135596800000000 to 253402300799999999 (microseconds)',
    ],
    [
      'TIMESTAMP_MICROS(-62135596800000001)',
      'OUT_OF_RANGE: Input value -62135596800000001 cannot be converted into a TIMESTAMP, because it would be out of the allowed range between -62135596800000000 to 253402300799999999 (microseconds)',
    ],
    [
      'TIMESTAMP_SECONDS(9223372036854775807)',
      'OUT_OF_RANGE: Input value 9223372036854775807 cannot be converted into a TIMESTAMP, because it would be out of the allowed range between -62135596800000000 to 253402300799999999 (microseconds)',
    ],
    ['TIMESTAMP_MILLIS(1234567)', ts('1970-01-01T00:20:34.567Z')],
    ["UNIX_MILLIS(TIMESTAMP '1969-12-31 23:59:59.9995+00')", -1n],
    ["UNIX_SECONDS(TIMESTAMP '1969-12-31 23:59:59.5+00')", -1n],
    ["UNIX_MICROS(TIMESTAMP '2020-01-01 00:00:00.123456+00')", 1577836800123456n],
  ])('unix conversions: %s', check);

  test.each<[string, SpannerValue]>([
    ["TIMESTAMP('2020-01-01 12:00:00', 'Asia/Tokyo')", ts('2020-01-01T03:00:00Z')],
    [
      "TIMESTAMP('2020-01-01 12:00:00+01', 'Asia/Tokyo')",
      'OUT_OF_RANGE: Timezone is not allowed in "2020-01-01 12:00:00+01"',
    ],
    [
      "TIMESTAMP('2020-01-01 12:00:00 UTC', 'Asia/Tokyo')",
      'OUT_OF_RANGE: Timezone is not allowed in "2020-01-01 12:00:00 UTC"',
    ],
    [
      "TIMESTAMP('2020-01-01 12:00:00.1234567891')",
      "OUT_OF_RANGE: Invalid timestamp: '2020-01-01 12:00:00.1234567891'",
    ],
    ["TIMESTAMP('2020-01-01 12:00:00.123456789')", "OUT_OF_RANGE: Invalid timestamp: '2020-01-01 12:00:00.123456789'"],
    ["TIMESTAMP('garbage')", "OUT_OF_RANGE: Invalid timestamp: 'garbage'"],
    ["TIMESTAMP('2020-01-01', 'bad')", 'OUT_OF_RANGE: Invalid time zone: bad'],
    ["TIMESTAMP(DATE '2020-01-01', 'Asia/Tokyo')", ts('2019-12-31T15:00:00Z')],
    ["TIMESTAMP(DATE '2020-01-01')", ts('2020-01-01T08:00:00Z')],
    ["TIMESTAMP(DATE '0001-01-01', '+12:00')", 'OUT_OF_RANGE: Cannot convert date 0001-01-01 to timestamp'],
    ["TIMESTAMP(DATE '0001-01-01', 'Asia/Tokyo')", 'OUT_OF_RANGE: Cannot convert date 0001-01-01 to timestamp'],
    ["TIMESTAMP(DATE '0001-01-01', '+00:00')", ts('0001-01-01T00:00:00Z')],
    ["TIMESTAMP(DATE '9999-12-31', '-12:00')", ts('9999-12-31T12:00:00Z')],
    ["TIMESTAMP('2020-03-08 02:30:00')", ts('2020-03-08T10:30:00Z')],
    ["TIMESTAMP('2020-11-01 01:30:00')", ts('2020-11-01T08:30:00Z')],
    ["TIMESTAMP('2020-1-1 1:2:3')", ts('2020-01-01T09:02:03Z')],
    ["TIMESTAMP('2020-01-01T12:00:00Z')", ts('2020-01-01T12:00:00Z')],
    ["TIMESTAMP('2020-01-01 12:00:00 America/New_York')", ts('2020-01-01T17:00:00Z')],
    [
      "TIMESTAMP('2020-01-01 12:00:00America/New_York')",
      "OUT_OF_RANGE: Invalid timestamp: '2020-01-01 12:00:00America/New_York'",
    ],
    ["TIMESTAMP('2020-01-01 24:00:00')", 'OUT_OF_RANGE: Invalid timestamp string "2020-01-01 24:00:00"'],
    ["TIMESTAMP('2020-01-01 23:59:60')", ts('2020-01-02T08:00:00Z')],
    ["TIMESTAMP(' 2020-01-01 ')", "OUT_OF_RANGE: Invalid timestamp: ' 2020-01-01 '"],
    ["TIMESTAMP('2020-01-01 12:00')", "OUT_OF_RANGE: Invalid timestamp: '2020-01-01 12:00'"],
    ["TIMESTAMP('10000-01-01')", 'OUT_OF_RANGE: Invalid timestamp string "10000-01-01"'],
    ["TIMESTAMP('2020-01-01 12:00:00+15')", 'OUT_OF_RANGE: Invalid time zone: +15'],
    ["TIMESTAMP('2020-01-01 12:00:00.1234567')", "OUT_OF_RANGE: Invalid timestamp: '2020-01-01 12:00:00.1234567'"],
    ["TIMESTAMP('2020-01-01 12:00:00.123456')", ts('2020-01-01T20:00:00.123456Z')],
    ["TIMESTAMP('2020-01-01 12:00:00.')", "OUT_OF_RANGE: Invalid timestamp: '2020-01-01 12:00:00.'"],
    ["TIMESTAMP('2020-01-01t12:00:00z')", ts('2020-01-01T12:00:00Z')],
    ["TIMESTAMP('2020-01-01 12:00:00 +01')", "OUT_OF_RANGE: Invalid timestamp: '2020-01-01 12:00:00 +01'"],
    ["TIMESTAMP('2020-01-01 12:00:00+01:30')", ts('2020-01-01T10:30:00Z')],
    ["TIMESTAMP('2020-01-01 12:00:00 UTC+3')", ts('2020-01-01T09:00:00Z')],
    ["TIMESTAMP('02020-01-01')", ts('2020-01-01T08:00:00Z')],
    ["TIMESTAMP('2020-01-01 12:00:00', 'Z')", 'OUT_OF_RANGE: Invalid time zone: Z'],
    ["TIMESTAMP('2020-01-01 ')", "OUT_OF_RANGE: Invalid timestamp: '2020-01-01 '"],
    ["TIMESTAMP('2020-01-01 12:00:00  UTC')", 'OUT_OF_RANGE: Invalid time zone:  UTC'],
    ["TIMESTAMP('2020-01-01 12:00:00Z ')", "OUT_OF_RANGE: Invalid timestamp: '2020-01-01 12:00:00Z '"],
    ["TIMESTAMP('2020-01-01 012:00:00')", "OUT_OF_RANGE: Invalid timestamp: '2020-01-01 012:00:00'"],
    ["TIMESTAMP('2020-01-01 12:00:00 utc')", 'OUT_OF_RANGE: Invalid time zone: utc'],
    ["TIMESTAMP('2020-02-30')", 'OUT_OF_RANGE: Invalid timestamp string "2020-02-30"'],
    ["TIMESTAMP('9999-12-31 23:59:59-01')", 'OUT_OF_RANGE: Invalid timestamp string "9999-12-31 23:59:59-01"'],
    ["TIMESTAMP('0001-01-01 00:00:00+01')", 'OUT_OF_RANGE: Invalid timestamp string "0001-01-01 00:00:00+01"'],
    ["TIMESTAMP('2020-01-01 UTC')", "OUT_OF_RANGE: Invalid timestamp: '2020-01-01 UTC'"],
    ["TIMESTAMP('2020-01-01Z')", "OUT_OF_RANGE: Invalid timestamp: '2020-01-01Z'"],
    ["TIMESTAMP('2020-01-01+03')", "OUT_OF_RANGE: Invalid timestamp: '2020-01-01+03'"],
    [
      "DATE(TIMESTAMP '0001-01-01 07:52:30+00', 'America/Los_Angeles')",
      'OUT_OF_RANGE: Invalid date extracted from timestamp 0001-01-01 00:00:30-07:52',
    ],
  ])('timestamp(text or date): %s', check);

  test.each<[string, SpannerValue]>([
    ["TIMESTAMP_TRUNC(TIMESTAMP '2021-01-06 12:34:56.789+00', DAY)", ts('2021-01-06T08:00:00Z')],
    ["TIMESTAMP_TRUNC(TIMESTAMP '2021-01-06 12:34:56.789+00', DAY, 'UTC')", ts('2021-01-06T00:00:00Z')],
    ["TIMESTAMP_TRUNC(TIMESTAMP '2021-01-06 12:34:56.789+00', HOUR, 'Asia/Kolkata')", ts('2021-01-06T12:30:00Z')],
    ["TIMESTAMP_TRUNC(TIMESTAMP '2021-01-06 12:34:56.789123+00', MILLISECOND)", ts('2021-01-06T12:34:56.789Z')],
    ["TIMESTAMP_TRUNC(TIMESTAMP '2021-01-06 12:34:56.789+00', WEEK, 'UTC')", ts('2021-01-03T00:00:00Z')],
    ["TIMESTAMP_TRUNC(TIMESTAMP '2020-03-08 12:00:00+00', DAY)", ts('2020-03-08T08:00:00Z')],
    ["TIMESTAMP_TRUNC(TIMESTAMP '2021-01-06 12:34:56.789+00', ISOYEAR)", ts('2021-01-04T08:00:00Z')],
    ["TIMESTAMP_TRUNC(TIMESTAMP '2021-01-06 12:34:56.789+00', QUARTER)", ts('2021-01-01T08:00:00Z')],
    ["TIMESTAMP_TRUNC(TIMESTAMP '2020-03-08 10:30:00+00', HOUR, 'Asia/Kathmandu')", ts('2020-03-08T10:15:00Z')],
    ["TIMESTAMP_TRUNC(TIMESTAMP '2021-03-14 12:00:00+00', DAY, 'America/Havana')", ts('2021-03-14T05:00:00Z')],
    [
      "TIMESTAMP_TRUNC(TIMESTAMP '0001-01-01 00:00:00+00', DAY)",
      'OUT_OF_RANGE: Truncating to the nearest DAY causes underflow at timezone America/Los_Angeles',
    ],
    ["TIMESTAMP_TRUNC(TIMESTAMP '0001-01-01 00:00:00+00', YEAR, 'UTC')", ts('0001-01-01T00:00:00Z')],
    [
      "TIMESTAMP_TRUNC(TIMESTAMP '0001-01-01 00:00:00+00', WEEK, 'UTC')",
      'OUT_OF_RANGE: Truncating 0001-01-01 00:00:00+00 to the nearest week causes overflow',
    ],
    ["TIMESTAMP_TRUNC(TIMESTAMP '0001-01-01 00:00:00+00', ISOYEAR, 'UTC')", ts('0001-01-01T00:00:00Z')],
    ["TIMESTAMP_TRUNC(TIMESTAMP '0001-01-01 10:00:00+00', HOUR, '+14')", ts('0001-01-01T10:00:00Z')],
    [
      "TIMESTAMP_TRUNC(TIMESTAMP '0001-01-01 00:00:00+00', MONTH)",
      'OUT_OF_RANGE: Truncating to the nearest MONTH causes underflow at timezone America/Los_Angeles',
    ],
    [
      "TIMESTAMP_TRUNC(TIMESTAMP '0001-01-01 00:00:00+00', WEEK)",
      'OUT_OF_RANGE: Truncating 0000-12-31 16:08:00-07:52 to the nearest week causes overflow',
    ],
    ["TIMESTAMP_TRUNC(TIMESTAMP '2021-01-06 12:34:56+00', MINUTE, 'Asia/Kolkata')", ts('2021-01-06T12:34:00Z')],
    ["TIMESTAMP_TRUNC(TIMESTAMP '1800-01-06 12:34:56+00', HOUR, 'America/Los_Angeles')", ts('1800-01-06T11:52:58Z')],
    ["TIMESTAMP_TRUNC(TIMESTAMP '1800-01-06 12:34:56+00', MINUTE, 'America/Los_Angeles')", ts('1800-01-06T12:33:58Z')],
    ["TIMESTAMP_TRUNC(TIMESTAMP '1800-01-06 12:34:56+00', SECOND, 'America/Los_Angeles')", ts('1800-01-06T12:34:56Z')],
    ["TIMESTAMP_TRUNC(TIMESTAMP '2021-01-06 12:34:56+00', HOUR, 'bad')", 'OUT_OF_RANGE: Invalid time zone: bad'],
    ["TIMESTAMP_TRUNC(TIMESTAMP '2020-11-01 09:30:00+00', HOUR)", ts('2020-11-01T09:00:00Z')],
    ["TIMESTAMP_TRUNC(TIMESTAMP '2020-11-01 08:30:00+00', HOUR)", ts('2020-11-01T08:00:00Z')],
    ["TIMESTAMP_TRUNC(TIMESTAMP '2020-11-01 09:30:00+00', DAY)", ts('2020-11-01T07:00:00Z')],
  ])('timestamp_trunc: %s', check);

  test.each<[string, SpannerValue]>([
    ["FORMAT_TIMESTAMP('[%Y]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[2021]'],
    ["FORMAT_TIMESTAMP('[%Y]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[5]'],
    ["FORMAT_TIMESTAMP('[%m]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[01]'],
    ["FORMAT_TIMESTAMP('[%m]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[12]'],
    ["FORMAT_TIMESTAMP('[%d]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[03]'],
    ["FORMAT_TIMESTAMP('[%d]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[31]'],
    ["FORMAT_TIMESTAMP('[%H]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[09]'],
    ["FORMAT_TIMESTAMP('[%H]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[23]'],
    ["FORMAT_TIMESTAMP('[%M]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[35]'],
    ["FORMAT_TIMESTAMP('[%M]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[05]'],
    ["FORMAT_TIMESTAMP('[%S]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[06]'],
    ["FORMAT_TIMESTAMP('[%S]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[06]'],
    ["FORMAT_TIMESTAMP('[%E3S]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[06.789]'],
    ["FORMAT_TIMESTAMP('[%E3S]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[06.000]'],
    ["FORMAT_TIMESTAMP('[%E6S]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[06.789123]'],
    ["FORMAT_TIMESTAMP('[%E6S]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[06.000000]'],
    ["FORMAT_TIMESTAMP('[%E9S]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[06.789123000]'],
    ["FORMAT_TIMESTAMP('[%E9S]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[06.000000000]'],
    ["FORMAT_TIMESTAMP('[%E*S]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[06.789123]'],
    ["FORMAT_TIMESTAMP('[%E*S]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[06]'],
    ["FORMAT_TIMESTAMP('[%E1S]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[06.7]'],
    ["FORMAT_TIMESTAMP('[%E1S]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[06.0]'],
    ["FORMAT_TIMESTAMP('[%E0S]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[06]'],
    ["FORMAT_TIMESTAMP('[%E0S]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[06]'],
    ["FORMAT_TIMESTAMP('[%E10S]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[06.7891230000]'],
    ["FORMAT_TIMESTAMP('[%E10S]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[06.0000000000]'],
    ["FORMAT_TIMESTAMP('[%Ez]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[+05:30]'],
    ["FORMAT_TIMESTAMP('[%Ez]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[+00:00]'],
    ["FORMAT_TIMESTAMP('[%z]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[+0530]'],
    ["FORMAT_TIMESTAMP('[%z]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[+0000]'],
    ["FORMAT_TIMESTAMP('[%Z]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[UTC+0530]'],
    ["FORMAT_TIMESTAMP('[%Z]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[UTC]'],
    ["FORMAT_TIMESTAMP('[%:z]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[+05:30]'],
    ["FORMAT_TIMESTAMP('[%:z]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[+00:00]'],
    ["FORMAT_TIMESTAMP('[%j]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[003]'],
    ["FORMAT_TIMESTAMP('[%j]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[365]'],
    ["FORMAT_TIMESTAMP('[%U]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[01]'],
    ["FORMAT_TIMESTAMP('[%U]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[52]'],
    ["FORMAT_TIMESTAMP('[%W]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[00]'],
    ["FORMAT_TIMESTAMP('[%W]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[52]'],
    ["FORMAT_TIMESTAMP('[%u]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[7]'],
    ["FORMAT_TIMESTAMP('[%u]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[6]'],
    ["FORMAT_TIMESTAMP('[%w]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[0]'],
    ["FORMAT_TIMESTAMP('[%w]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[6]'],
    ["FORMAT_TIMESTAMP('[%a]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[Sun]'],
    ["FORMAT_TIMESTAMP('[%a]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[Sat]'],
    ["FORMAT_TIMESTAMP('[%A]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[Sunday]'],
    ["FORMAT_TIMESTAMP('[%A]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[Saturday]'],
    ["FORMAT_TIMESTAMP('[%b]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[Jan]'],
    ["FORMAT_TIMESTAMP('[%b]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[Dec]'],
    ["FORMAT_TIMESTAMP('[%B]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[January]'],
    ["FORMAT_TIMESTAMP('[%B]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[December]'],
    ["FORMAT_TIMESTAMP('[%h]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[Jan]'],
    ["FORMAT_TIMESTAMP('[%h]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[Dec]'],
    [
      "FORMAT_TIMESTAMP('[%c]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')",
      '[Sun Jan  3 09:35:06 2021]',
    ],
    ["FORMAT_TIMESTAMP('[%c]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[Sat Dec 31 23:05:06 5]'],
    ["FORMAT_TIMESTAMP('[%x]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[01/03/21]'],
    ["FORMAT_TIMESTAMP('[%x]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[12/31/05]'],
    ["FORMAT_TIMESTAMP('[%X]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[09:35:06]'],
    ["FORMAT_TIMESTAMP('[%X]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[23:05:06]'],
    ["FORMAT_TIMESTAMP('[%F]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[2021-01-03]'],
    ["FORMAT_TIMESTAMP('[%F]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[5-12-31]'],
    ["FORMAT_TIMESTAMP('[%T]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[09:35:06]'],
    ["FORMAT_TIMESTAMP('[%T]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[23:05:06]'],
    ["FORMAT_TIMESTAMP('[%D]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[01/03/21]'],
    ["FORMAT_TIMESTAMP('[%D]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[12/31/05]'],
    ["FORMAT_TIMESTAMP('[%R]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[09:35]'],
    ["FORMAT_TIMESTAMP('[%R]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[23:05]'],
    ["FORMAT_TIMESTAMP('[%e]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[ 3]'],
    ["FORMAT_TIMESTAMP('[%e]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[31]'],
    ["FORMAT_TIMESTAMP('[%k]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[ 9]'],
    ["FORMAT_TIMESTAMP('[%k]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[23]'],
    ["FORMAT_TIMESTAMP('[%l]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[ 9]'],
    ["FORMAT_TIMESTAMP('[%l]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[11]'],
    ["FORMAT_TIMESTAMP('[%I]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[09]'],
    ["FORMAT_TIMESTAMP('[%I]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[11]'],
    ["FORMAT_TIMESTAMP('[%p]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[AM]'],
    ["FORMAT_TIMESTAMP('[%p]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[PM]'],
    ["FORMAT_TIMESTAMP('[%P]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[am]'],
    ["FORMAT_TIMESTAMP('[%P]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[pm]'],
    ["FORMAT_TIMESTAMP('[%s]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[1609646706]'],
    ["FORMAT_TIMESTAMP('[%s]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[-61977833694]'],
    ["FORMAT_TIMESTAMP('[%C]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[20]'],
    ["FORMAT_TIMESTAMP('[%C]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[0]'],
    ["FORMAT_TIMESTAMP('[%y]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[21]'],
    ["FORMAT_TIMESTAMP('[%y]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[05]'],
    ["FORMAT_TIMESTAMP('[%G]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[2020]'],
    ["FORMAT_TIMESTAMP('[%G]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[5]'],
    ["FORMAT_TIMESTAMP('[%g]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[20]'],
    ["FORMAT_TIMESTAMP('[%g]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[05]'],
    ["FORMAT_TIMESTAMP('[%V]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[53]'],
    ["FORMAT_TIMESTAMP('[%V]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[52]'],
    ["FORMAT_TIMESTAMP('[%Q]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[1]'],
    ["FORMAT_TIMESTAMP('[%Q]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[4]'],
    ["FORMAT_TIMESTAMP('[%n]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[\n]'],
    ["FORMAT_TIMESTAMP('[%n]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[\n]'],
    ["FORMAT_TIMESTAMP('[%t]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[\t]'],
    ["FORMAT_TIMESTAMP('[%t]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[\t]'],
    ["FORMAT_TIMESTAMP('[%%]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[%]'],
    ["FORMAT_TIMESTAMP('[%%]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[%]'],
    ["FORMAT_TIMESTAMP('[%E4Y]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[2021]'],
    ["FORMAT_TIMESTAMP('[%E4Y]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[0005]'],
    [
      "FORMAT_TIMESTAMP('[%Ec]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')",
      '[Sun Jan  3 09:35:06 2021]',
    ],
    ["FORMAT_TIMESTAMP('[%Ec]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[Sat Dec 31 23:05:06 5]'],
    ["FORMAT_TIMESTAMP('[%Ex]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[01/03/21]'],
    ["FORMAT_TIMESTAMP('[%Ex]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[12/31/05]'],
    ["FORMAT_TIMESTAMP('[%EX]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[09:35:06]'],
    ["FORMAT_TIMESTAMP('[%EX]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[23:05:06]'],
    ["FORMAT_TIMESTAMP('[%OH]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[09]'],
    ["FORMAT_TIMESTAMP('[%OH]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[23]'],
    ["FORMAT_TIMESTAMP('[%Om]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[01]'],
    ["FORMAT_TIMESTAMP('[%Om]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[12]'],
    ["FORMAT_TIMESTAMP('[%Oe]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[ 3]'],
    ["FORMAT_TIMESTAMP('[%Oe]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[31]'],
    ["FORMAT_TIMESTAMP('[%OS]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[06]'],
    ["FORMAT_TIMESTAMP('[%OS]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[06]'],
    ["FORMAT_TIMESTAMP('[%Ou]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[7]'],
    ["FORMAT_TIMESTAMP('[%Ou]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[6]'],
    ["FORMAT_TIMESTAMP('[%OU]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[01]'],
    ["FORMAT_TIMESTAMP('[%OU]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[52]'],
    ["FORMAT_TIMESTAMP('[%OV]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[53]'],
    ["FORMAT_TIMESTAMP('[%OV]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[52]'],
    ["FORMAT_TIMESTAMP('[%Ow]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[0]'],
    ["FORMAT_TIMESTAMP('[%Ow]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[6]'],
    ["FORMAT_TIMESTAMP('[%OW]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[00]'],
    ["FORMAT_TIMESTAMP('[%OW]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[52]'],
    ["FORMAT_TIMESTAMP('[%Oy]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[21]'],
    ["FORMAT_TIMESTAMP('[%Oy]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[05]'],
    ["FORMAT_TIMESTAMP('[%Od]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[03]'],
    ["FORMAT_TIMESTAMP('[%Od]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[31]'],
    ["FORMAT_TIMESTAMP('[%OI]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[09]'],
    ["FORMAT_TIMESTAMP('[%OI]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[11]'],
    ["FORMAT_TIMESTAMP('[%Ey]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[21]'],
    ["FORMAT_TIMESTAMP('[%Ey]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[05]'],
    ["FORMAT_TIMESTAMP('[%EC]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[20]'],
    ["FORMAT_TIMESTAMP('[%EC]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[0]'],
    ["FORMAT_TIMESTAMP('[%EY]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[2021]'],
    ["FORMAT_TIMESTAMP('[%EY]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[5]'],
    ["FORMAT_TIMESTAMP('[%OB]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[January]'],
    ["FORMAT_TIMESTAMP('[%OB]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[December]'],
    ["FORMAT_TIMESTAMP('[%Oa]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[%Oa]'],
    ["FORMAT_TIMESTAMP('[%Oa]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[%Oa]'],
    ["FORMAT_TIMESTAMP('[%Ea]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[%Ea]'],
    ["FORMAT_TIMESTAMP('[%Ea]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[%Ea]'],
    ["FORMAT_TIMESTAMP('[%Eq]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[%Eq]'],
    ["FORMAT_TIMESTAMP('[%Eq]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[%Eq]'],
    ["FORMAT_TIMESTAMP('[%q]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[%q]'],
    ["FORMAT_TIMESTAMP('[%q]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[%q]'],
    ["FORMAT_TIMESTAMP('[%f]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[%f]'],
    ["FORMAT_TIMESTAMP('[%f]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[%f]'],
    ["FORMAT_TIMESTAMP('[%E]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[%E]'],
    ["FORMAT_TIMESTAMP('[%E]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[%E]'],
    ["FORMAT_TIMESTAMP('[%O]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[%O]'],
    ["FORMAT_TIMESTAMP('[%O]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[%O]'],
    ["FORMAT_TIMESTAMP('[%ET]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[T]'],
    ["FORMAT_TIMESTAMP('[%ET]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[T]'],
    ["FORMAT_TIMESTAMP('[%EJ]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[%EJ]'],
    ["FORMAT_TIMESTAMP('[%EJ]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[%EJ]'],
    ["FORMAT_TIMESTAMP('[%E4C]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[%E4C]'],
    ["FORMAT_TIMESTAMP('[%E4C]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[%E4C]'],
    ["FORMAT_TIMESTAMP('[%r]', TIMESTAMP '2021-01-03 04:05:06.789123+00', 'Asia/Kolkata')", '[09:35:06 AM]'],
    ["FORMAT_TIMESTAMP('[%r]', TIMESTAMP '0005-12-31 23:05:06+00', 'UTC')", '[11:05:06 PM]'],
    ["FORMAT_TIMESTAMP('%J', TIMESTAMP '0005-12-31 23:05:06+00')", 'OUT_OF_RANGE: Format element %J not supported yet'],
    ["FORMAT_TIMESTAMP('abc%', TIMESTAMP '0005-12-31 23:05:06+00')", 'abc%'],
    ["FORMAT_TIMESTAMP('%E', TIMESTAMP '0005-12-31 23:05:06+00')", '%E'],
    ["FORMAT_TIMESTAMP('%c %Z', TIMESTAMP '0001-01-01 00:00:00+00')", 'Sun Dec 31 16:08:00 0 UTC-0752'],
    ["FORMAT_TIMESTAMP('%T %Ez', TIMESTAMP '1800-01-06 12:34:56+00', 'America/Los_Angeles')", '04:42:56 -07:52'],
    ["FORMAT_TIMESTAMP('%z %Z', TIMESTAMP '2020-07-01 05:00:00+00', 'Europe/Paris')", '+0200 UTC+2'],
    ["FORMAT_TIMESTAMP('%z %Z', TIMESTAMP '2020-01-01 05:00:00+00', '+10:59')", '+1059 UTC+1059'],
    ["FORMAT_TIMESTAMP('%Ez', TIMESTAMP '2020-01-01 05:00:00+00', '+105')", '+10:05'],
    ["FORMAT_TIMESTAMP('%Ez', TIMESTAMP '2020-01-01 05:00:00+00', 'UTC+3:3')", '+03:03'],
    ["FORMAT_TIMESTAMP('%Ez', TIMESTAMP '2020-01-01 05:00:00+00', '+001')", '+00:01'],
    [
      "FORMAT_TIMESTAMP('%Ez', TIMESTAMP '2020-01-01 05:00:00+00', '+05:30:00')",
      'OUT_OF_RANGE: Invalid time zone: +05:30:00',
    ],
    ["FORMAT_TIMESTAMP('%Ez', TIMESTAMP '2020-01-01 05:00:00+00', 'GMT+3')", 'OUT_OF_RANGE: Invalid time zone: GMT+3'],
    [
      "FORMAT_TIMESTAMP('%Ez', TIMESTAMP '2020-01-01 05:00:00+00', '+00:60')",
      'OUT_OF_RANGE: Invalid time zone: +00:60',
    ],
  ])('format_timestamp: %s', check);

  test.each<[string, SpannerValue]>([
    ["PARSE_TIMESTAMP('%Y-%m-%d %H:%M:%S', '2021-01-03 04:05:06')", ts('2021-01-03T12:05:06Z')],
    ["PARSE_TIMESTAMP('%Y-%m-%d %H:%M:%S', '2021-01-03 04:05:06', 'UTC')", ts('2021-01-03T04:05:06Z')],
    ["PARSE_TIMESTAMP('%Y-%m-%d %H:%M:%S%Ez', '2021-01-03 04:05:06+05:30', 'UTC')", ts('2021-01-02T22:35:06Z')],
    ["PARSE_TIMESTAMP('%Y-%m-%d %H:%M:%S %z', '2021-01-03 04:05:06 +0530')", ts('2021-01-02T22:35:06Z')],
    ["PARSE_TIMESTAMP('%Y-%m-%d %H:%M:%S %Z', '2021-01-03 04:05:06 Asia/Tokyo')", ts('2021-01-02T19:05:06Z')],
    ["PARSE_TIMESTAMP('%Y-%m-%d %H:%M:%S %Z', '2021-01-03 04:05:06 UTC+3')", ts('2021-01-03T01:05:06Z')],
    [
      "PARSE_TIMESTAMP('%Y-%m-%d %H:%M:%E*S', '2021-01-03 04:05:06.123456789', 'UTC')",
      ts('2021-01-03T04:05:06.123456789Z'),
    ],
    [
      "PARSE_TIMESTAMP('%Y-%m-%d %H:%M:%E3S', '2021-01-03 04:05:06.123456', 'UTC')",
      'OUT_OF_RANGE: Failed to parse input string "2021-01-03 04:05:06.123456"',
    ],
    ["PARSE_TIMESTAMP('%Y-%m-%d %H:%M:%E3S', '2021-01-03 04:05:06.12', 'UTC')", ts('2021-01-03T04:05:06.12Z')],
    [
      "PARSE_TIMESTAMP('%Y-%m-%d %H:%M:%S', '2021-01-03 04:05:06.5', 'UTC')",
      'OUT_OF_RANGE: Failed to parse input string "2021-01-03 04:05:06.5"',
    ],
    ["PARSE_TIMESTAMP('%s', '1609646706')", ts('2021-01-03T04:05:06Z')],
    ["PARSE_TIMESTAMP('%s', '-1')", ts('1969-12-31T23:59:59Z')],
    ["PARSE_TIMESTAMP('%s', '99999999999999')", 'OUT_OF_RANGE: Failed to parse input string "99999999999999"'],
    ["PARSE_TIMESTAMP('%c', 'Sun Jan  3 09:35:06 2021', 'UTC')", ts('2021-01-03T09:35:06Z')],
    ["PARSE_TIMESTAMP('%I:%M %p', '11:05 PM', 'UTC')", ts('1970-01-01T23:05:00Z')],
    ["PARSE_TIMESTAMP('%I:%M %p', '12:05 am', 'UTC')", ts('1970-01-01T00:05:00Z')],
    ["PARSE_TIMESTAMP('%H', '24', 'UTC')", 'OUT_OF_RANGE: Failed to parse input string "24"'],
    ["PARSE_TIMESTAMP('%S', '60', 'UTC')", ts('1970-01-01T00:01:00Z')],
    ["PARSE_TIMESTAMP('%S', '61', 'UTC')", 'OUT_OF_RANGE: Failed to parse input string "61"'],
    ["PARSE_TIMESTAMP('%T', '1:2:3', 'UTC')", ts('1970-01-01T01:02:03Z')],
    ["PARSE_TIMESTAMP('%Y-%m-%d %H:%M', '2020-03-08 02:30')", ts('2020-03-08T10:30:00Z')],
    ["PARSE_TIMESTAMP('%Y-%m-%d %H:%M', '2020-11-01 01:30')", ts('2020-11-01T08:30:00Z')],
    ["PARSE_TIMESTAMP('%Y', '9999', '+14')", ts('9998-12-31T10:00:00Z')],
    ["PARSE_TIMESTAMP('%Y', '1', '+01')", 'OUT_OF_RANGE: Invalid result from parsing function'],
    ["PARSE_TIMESTAMP('%Y', '1', 'bad')", 'OUT_OF_RANGE: Invalid time zone: bad'],
    ["PARSE_TIMESTAMP('%Y %Z', '1 bad')", 'OUT_OF_RANGE: Invalid time zone: bad'],
    ["PARSE_TIMESTAMP('%k %l', '1 2', 'UTC')", ts('1970-01-01T02:00:00Z')],
    ["PARSE_TIMESTAMP('%Y%H', '20211', 'UTC')", ts('2021-01-01T01:00:00Z')],
    ["PARSE_TIMESTAMP('%E4Y%m', '202101', 'UTC')", ts('2021-01-01T00:00:00Z')],
    ["PARSE_TIMESTAMP('%H%M', '0102', 'UTC')", ts('1970-01-01T01:02:00Z')],
    ["PARSE_TIMESTAMP('%Ez', '+0530', 'UTC')", ts('1969-12-31T18:30:00Z')],
    ["PARSE_TIMESTAMP('%z', '+05:30', 'UTC')", 'OUT_OF_RANGE: Failed to parse input string "+05:30"'],
    ["PARSE_TIMESTAMP('%z', 'Z', 'UTC')", 'OUT_OF_RANGE: Failed to parse input string "Z"'],
    ["PARSE_TIMESTAMP('%s %Y', '0 2021', 'UTC')", ts('1970-01-01T00:00:00Z')],
    ["PARSE_TIMESTAMP('%Y %s', '2021 0', 'UTC')", ts('1970-01-01T00:00:00Z')],
    [
      "PARSE_TIMESTAMP('%j', '366', 'UTC')",
      'OUT_OF_RANGE: Year 1970 has 365 days, but the specified day of year was 366',
    ],
    ["PARSE_TIMESTAMP('%m %j', '5 5', 'UTC')", ts('1970-01-05T00:00:00Z')],
    ["PARSE_TIMESTAMP('%U %a', '1 Mon', 'UTC')", 'OUT_OF_RANGE: Weekday parse elements are not supported yet'],
    ["PARSE_TIMESTAMP('%W %u', '1 3', 'UTC')", 'OUT_OF_RANGE: Weekday parse elements are not supported yet'],
    ["PARSE_TIMESTAMP('%n%t%%', ' \t%', 'UTC')", ts('1970-01-01T00:00:00Z')],
    ["PARSE_TIMESTAMP('%Y-%m-%d %H:%M:%S', '1800-01-06 04:41:58', 'America/Los_Angeles')", ts('1800-01-06T12:34:56Z')],
    ["PARSE_TIMESTAMP('%r', '01:02:03 pm', 'UTC')", ts('1970-01-01T13:02:03Z')],
    ["PARSE_TIMESTAMP('%D %R', '12/31/99 23:59', 'UTC')", ts('1999-12-31T23:59:00Z')],
    ["PARSE_TIMESTAMP('%H %p', '13 PM', 'UTC')", ts('1970-01-01T13:00:00Z')],
    ["PARSE_TIMESTAMP('%p %I', 'PM 1', 'UTC')", ts('1970-01-01T13:00:00Z')],
    ["PARSE_TIMESTAMP('%F %T', '2021-01-03 04:05:06', 'bad')", 'OUT_OF_RANGE: Invalid time zone: bad'],
  ])('parse_timestamp: %s', check);
});

describe('STRING(TIMESTAMP) text', () => {
  test.each([
    [ts('2020-01-01T12:00:00Z'), 'America/Los_Angeles', '2020-01-01 04:00:00-08'],
    [ts('2020-01-01T12:00:00.12Z'), 'America/Los_Angeles', '2020-01-01 04:00:00.120-08'],
    [ts('2000-12-31T12:59:59.00001Z'), 'America/Los_Angeles', '2000-12-31 04:59:59.000010-08'],
    [ts('2020-01-01T12:00:00.123456Z'), 'Asia/Kolkata', '2020-01-01 17:30:00.123456+05:30'],
    [ts('1800-01-01T12:00:00.123456Z'), 'Asia/Kolkata', '1800-01-01 17:53:00.123456+05:53'],
    [ts('0001-01-01T00:00:00Z'), 'America/Los_Angeles', '0000-12-31 16:08:00-07:52'],
    [ts('2020-01-01T12:00:00Z'), 'UTC', '2020-01-01 12:00:00+00'],
  ])('%p in %s', (value, zone, text) => {
    expect(timestampToString((value as { nanos: bigint }).nanos, zone)).toBe(text);
  });

  test('an invalid zone is OUT_OF_RANGE', () => {
    expect(() => timestampToString(0n, 'bad')).toThrow('Invalid time zone: bad');
  });
});

describe('statement clock, NULLs and SAFE', () => {
  test('CURRENT_TIMESTAMP is the statement time', () => {
    expect(evaluateSql('CURRENT_TIMESTAMP()')).toEqual(timestampValue(TEST_STATEMENT_TIME));
  });

  test('the default zone comes from the context', () => {
    const context = { timeZone: 'UTC' };
    expect(evaluateSql("FORMAT_TIMESTAMP('%T', TIMESTAMP '2020-01-01 12:00:00+00')", { context })).toBe('12:00:00');
    expect(evaluateSql("TIMESTAMP('2020-01-01')", { context })).toEqual(ts('2020-01-01T00:00:00Z'));
  });

  test('a date whose midnight in the zone precedes the timestamp range is an error', () => {
    const context = { timeZone: '+12:00' };
    const message = 'OUT_OF_RANGE: Cannot convert date 0001-01-01 to timestamp';
    expect(evaluationErrorOf("CAST(DATE '0001-01-01' AS TIMESTAMP)", { context })).toBe(message);
    expect(evaluateSql("SAFE_CAST(DATE '0001-01-01' AS TIMESTAMP)", { context })).toBeNull();
    expect(evaluateSql("SAFE.TIMESTAMP(DATE '0001-01-01', '+12:00')")).toBeNull();
  });

  test('NULL arguments give NULL; SAFE. turns range errors into NULL', () => {
    expect(evaluateSql("FORMAT_TIMESTAMP('%Y', TIMESTAMP '0001-01-01 00:00:00+00', NULL)")).toBeNull();
    expect(evaluateSql('TIMESTAMP_ADD(CAST(NULL AS TIMESTAMP), INTERVAL 1 DAY)')).toBeNull();
    expect(evaluateSql('SAFE.TIMESTAMP_SECONDS(253402300800)')).toBeNull();
    expect(evaluateSql("SAFE.PARSE_TIMESTAMP('%Y', '1', 'bad')")).toBeNull();
  });
});
