/**
 * DATE and TIMESTAMP text on the wire as Spanner's front end reads it (absl's parsers, as the
 * official emulator uses them): the forms accepted beyond the canonical one, and each refusal with
 * its code and message, the emulator's DoesNotParseInvalidDates/Timestamps cases included.
 */
import { valueFromProto } from '../../src/convert/values';
import { DATE, TIMESTAMP } from '../../src/engine/query/analyzer/sql-type';
import { Code } from '../../src/errors/codes';
import { SpannerValue, timestampValue } from '../../src/types/spanner-value';
import { refusal } from '../support/refusal';

const ts = (iso: string, extraNanos = 0n): SpannerValue =>
  timestampValue(BigInt(Date.parse(iso)) * 1_000_000n + extraNanos);
const DOC = 'https://cloud.google.com/spanner/docs/data-types';

describe('DATE', () => {
  test.each([
    ['2020-1-2', '2020-01-02'],
    [' 2020-01-02\t', '2020-01-02'],
    ['+2020-01-02', '2020-01-02'],
    ['02020-01-02', '2020-01-02'],
    ['2000-02-29', '2000-02-29'],
    ['9999-12-31', '9999-12-31'],
  ])('%j reads as %s', (text, date) => {
    expect(valueFromProto(text, DATE)).toBe(date);
  });

  const rules =
    'Dates must be in the format YYYY-[M]M-[D]D and the year must be in the range [1, 9999]. For more details ' +
    `on the DATE type encoding, see ${DOC}#date-type`;

  test.each(['0000-01-02', '10000-12-31', '-5-01-02', '99999999999-01-01'])('%j is out of range', (text) => {
    expect(refusal(() => valueFromProto(text, DATE))).toEqual({
      code: Code.INVALID_ARGUMENT,
      message: `Invalid date value: ${text}. ${rules}`,
    });
  });

  test.each([
    '2019-02-29',
    '1900-02-29',
    '2020-13-01',
    '2020-001-01',
    '2020/01/01',
    '2020-01-01T00:00:00Z',
    '2020-01-01 x',
    '99999999999999999999-01-01',
    '',
  ])('%j does not parse', (text) => {
    expect(refusal(() => valueFromProto(text, DATE))).toEqual({
      code: Code.FAILED_PRECONDITION,
      message: `Could not parse ${text} as a DATE. ${rules}`,
    });
  });
});

describe('TIMESTAMP', () => {
  test.each([
    ['2015-1-2T3:4:5Z', ts('2015-01-02T03:04:05Z')],
    ['2015-01-02T03:04:05.1234567899Z', ts('2015-01-02T03:04:05.123Z', 456_789n)],
    [' 2015-01-02T03:04:05Z', ts('2015-01-02T03:04:05Z')],
    ['2015-01-02T03:04:05 Z', ts('2015-01-02T03:04:05Z')],
    ['2015-06-30T23:59:60.5Z', ts('2015-07-01T00:00:00Z')],
    ['2016-02-29T00:00:00.000Z', ts('2016-02-29T00:00:00Z')],
  ])('%j reads as an instant', (text, value) => {
    expect(valueFromProto(text, TIMESTAMP)).toEqual(value);
  });

  test.each(['2015-01-02T03:04:05.000000067', '2015-01-02T03:04:05z', '2015-01-02T03:04:05+00:00', 'Z '])(
    '%j does not end with Z',
    (text) => {
      expect(refusal(() => valueFromProto(text, TIMESTAMP))).toEqual({
        code: Code.FAILED_PRECONDITION,
        message:
          `Could not parse ${text} as a TIMESTAMP. The timestamp value must end with an uppercase literal 'Z' to ` +
          `specify Zulu time (UTC-0). For details on the TIMESTAMP type encoding, see ${DOC}#timestamp-type`,
      });
    },
  );

  test.each([
    ['Mar 16 2015 10:04:05.000000067Z', 'Failed to parse input'],
    ['2015-01-02t03:04:05Z', 'Failed to parse input'],
    ['2015-01-02 03:04:05Z', 'Failed to parse input'],
    ['2015-01-02T03:04:05.Z', 'Failed to parse input'],
    ['2015-01-02T24:00:00Z', 'Failed to parse input'],
    ['2015-01-32T00:00:00Z', 'Failed to parse input'],
    ['2015-01-02T03:04Z', 'Failed to parse input'],
    ['10000-01-01T00:00:00Z', 'Failed to parse input'],
    ['-000-01-01T00:00:00Z', 'Failed to parse input'],
    ['Z', 'Failed to parse input'],
    ['2015-01-02T03:04:05xZ', 'Illegal trailing data in input string'],
    ['2015-01-02T03:04:05.5.5Z', 'Illegal trailing data in input string'],
    ['2015-02-30T03:04:05Z', 'Out-of-range field'],
    ['2015-04-31T03:04:05Z', 'Out-of-range field'],
  ])('%j does not parse: %s', (text, reason) => {
    expect(refusal(() => valueFromProto(text, TIMESTAMP))).toEqual({
      code: Code.FAILED_PRECONDITION,
      message:
        `Could not parse ${text} as a TIMESTAMP: ${reason}. For details on the TIMESTAMP type encoding, see ` +
        `${DOC}#timestamp_type`,
    });
  });

  test.each([
    ['0000-12-31T23:59:59.5Z', '0-12-31T23:59:59.5+00:00'],
    ['-001-01-01T00:00:00Z', '-1-01-01T00:00:00+00:00'],
    ['9999-12-31T23:59:60Z', '10000-01-01T00:00:00+00:00'],
  ])('%j is out of range', (text, instant) => {
    expect(refusal(() => valueFromProto(text, TIMESTAMP))).toEqual({
      code: Code.INVALID_ARGUMENT,
      message: `Timestamp out of range: ${instant}. For details on the TIMESTAMP type encoding, see ${DOC}#timestamp-type`,
    });
  });
});
