/**
 * Wire values to and from engine values for every type: the official emulator's conversion table
 * (frontend/converters/values_test.cc) both ways, the other forms Spanner's front end accepts, the
 * commit-timestamp placeholder; random values of every scalar type survive the round trip.
 * Refusals are in value-refusals.test.ts, DATE and TIMESTAMP text in date-time-values.test.ts.
 */
import { isCommitTimestamp } from '../../src/convert/commit-timestamp';
import { valueFromProto, valueToProto } from '../../src/convert/values';
import {
  arrayOf,
  BOOL,
  BYTES,
  DATE,
  FLOAT32,
  FLOAT64,
  INT64,
  INTERVAL,
  JSON_TYPE,
  NUMERIC,
  scalar,
  SqlType,
  STRING,
  structOf,
  TIMESTAMP,
} from '../../src/engine/query/analyzer/sql-type';
import { Code } from '../../src/errors/codes';
import { ScalarTypeName, SpannerValue, timestampValue } from '../../src/types/spanner-value';
import { Prng, randomValue } from '../support/random-values';
import { refusal } from '../support/refusal';

const UUID = scalar('UUID');
const STR_INT = structOf([
  { name: 'str', type: STRING },
  { name: 'int', type: INT64 },
]);
const ts = (iso: string, extraNanos = 0n): SpannerValue =>
  timestampValue(BigInt(Date.parse(iso)) * 1_000_000n + extraNanos);
const bytes = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'latin1'));

describe('both ways, as the emulator converts them', () => {
  const cases: [string, SpannerValue, SqlType, unknown][] = [
    ['NULL', null, STRING, null],
    ['BOOL', true, BOOL, true],
    ['INT64', 101n, INT64, '101'],
    ['INT64 beyond int32', 4147483647n, INT64, '4147483647'],
    ['INT64 minimum', -(2n ** 63n), INT64, '-9223372036854775808'],
    ['FLOAT32', -1, FLOAT32, -1],
    ['FLOAT32 +inf', Infinity, FLOAT32, 'Infinity'],
    ['FLOAT32 -inf', -Infinity, FLOAT32, '-Infinity'],
    ['FLOAT32 NaN', NaN, FLOAT32, 'NaN'],
    ['FLOAT64', -1, FLOAT64, -1],
    ['FLOAT64 fraction', 1.234, FLOAT64, 1.234],
    ['FLOAT64 +inf', Infinity, FLOAT64, 'Infinity'],
    ['FLOAT64 -inf', -Infinity, FLOAT64, '-Infinity'],
    ['FLOAT64 NaN', NaN, FLOAT64, 'NaN'],
    ['TIMESTAMP', ts('2015-01-02T03:04:05Z', 67n), TIMESTAMP, '2015-01-02T03:04:05.000000067Z'],
    ['TIMESTAMP whole seconds', ts('2015-01-02T03:04:05Z'), TIMESTAMP, '2015-01-02T03:04:05Z'],
    ['TIMESTAMP micros', ts('2015-01-02T03:04:05.123Z', 456_000n), TIMESTAMP, '2015-01-02T03:04:05.123456Z'],
    ['TIMESTAMP minimum', ts('0001-01-01T00:00:00Z'), TIMESTAMP, '0001-01-01T00:00:00Z'],
    ['TIMESTAMP maximum', ts('9999-12-31T23:59:59.999Z', 999_999n), TIMESTAMP, '9999-12-31T23:59:59.999999999Z'],
    ['TIMESTAMP before 1970', ts('1969-12-31T23:59:59.999Z', 999_999n), TIMESTAMP, '1969-12-31T23:59:59.999999999Z'],
    ['DATE', '2020-02-29', DATE, '2020-02-29'],
    ['DATE minimum', '0001-01-01', DATE, '0001-01-01'],
    ['STRING', 'Hello, World!', STRING, 'Hello, World!'],
    ['STRING beyond the BMP', 'a\u{1f600}b', STRING, 'a\u{1f600}b'],
    ['BYTES', bytes('Hello, World!'), BYTES, 'SGVsbG8sIFdvcmxkIQ=='],
    ['BYTES empty', bytes(''), BYTES, ''],
    ['NUMERIC', '-123456789.987654321', NUMERIC, '-123456789.987654321'],
    ['JSON', '{"key":123}', JSON_TYPE, '{"key":123}'],
    ['UUID zero', '00000000-0000-0000-0000-000000000000', UUID, '00000000-0000-0000-0000-000000000000'],
    ['UUID', '9a31411b-caca-4ff1-86e9-39fbd2bc3f39', UUID, '9a31411b-caca-4ff1-86e9-39fbd2bc3f39'],
    ['ARRAY empty', [], arrayOf(INT64), []],
    ['ARRAY<INT64>', [1n, 2n, 3n], arrayOf(INT64), ['1', '2', '3']],
    ['ARRAY with NULL', [1n, null], arrayOf(INT64), ['1', null]],
    ['ARRAY NULL', null, arrayOf(INT64), null],
    ['ARRAY<NUMERIC>', ['-23.923', '987.234', '0.987234'], arrayOf(NUMERIC), ['-23.923', '987.234', '0.987234']],
    ['ARRAY<JSON>', ['{"intkey":123}', '{"boolkey":true}'], arrayOf(JSON_TYPE), ['{"intkey":123}', '{"boolkey":true}']],
    [
      'ARRAY<UUID>',
      ['ffffffff-ffff-ffff-ffff-ffffffffffff', null],
      arrayOf(UUID),
      ['ffffffff-ffff-ffff-ffff-ffffffffffff', null],
    ],
    ['STRUCT empty', [], structOf([]), []],
    ['STRUCT', ['One', 2n], STR_INT, ['One', '2']],
    ['ARRAY<STRUCT>', [['a', 1n], null], arrayOf(STR_INT), [['a', '1'], null]],
  ];
  test.each(cases)('%s', (_name, value, type, wire) => {
    expect(valueFromProto(wire, type)).toEqual(value);
    expect(valueToProto(value, type)).toEqual(wire);
  });
});

describe('other forms the front end accepts', () => {
  const cases: [string, unknown, SqlType, SpannerValue][] = [
    ['INT64 with white space', ' \t42\n', INT64, 42n],
    ['INT64 with a plus sign', '+7', INT64, 7n],
    ['INT64 minus zero', '-0', INT64, 0n],
    ['INT64 leading zeros', '0000000000000000000000042', INT64, 42n],
    ['INT64 maximum', '9223372036854775807', INT64, 2n ** 63n - 1n],
    ['FLOAT32 rounds to float', 1.1, FLOAT32, Math.fround(1.1)],
    ['FLOAT32 largest float', 3.4028234663852886e38, FLOAT32, 3.4028234663852886e38],
    ['NUMERIC exponent', '987.234e-3', NUMERIC, '0.987234'],
    ['NUMERIC upper-case exponent', '1E2', NUMERIC, '100'],
    ['NUMERIC no integer digits', '+.5', NUMERIC, '0.5'],
    ['NUMERIC trailing point', '5.', NUMERIC, '5'],
    ['NUMERIC trailing zeros', '1.500000000000', NUMERIC, '1.5'],
    ['NUMERIC minus zero', '-0.0', NUMERIC, '0'],
    ['NUMERIC largest', '99999999999999999999999999999.999999999', NUMERIC, '99999999999999999999999999999.999999999'],
    ['NUMERIC zero with a huge exponent', '0e999999999', NUMERIC, '0'],
    ['BYTES unpadded', 'SGVsbG8', BYTES, bytes('Hello')],
    ['BYTES with white space', 'SGVs\nbG8 =', BYTES, bytes('Hello')],
    ['BYTES dot padding', 'SGVsbA..', BYTES, bytes('Hell')],
    ['JSON normalized', '{"b": 1, "a": [1, 2.50], "b": 2}', JSON_TYPE, '{"a":[1,2.5],"b":1}'],
    [
      'UUID upper case in braces',
      '{9A31411B-CACA-4FF1-86E9-39FBD2BC3F39}',
      UUID,
      '9a31411b-caca-4ff1-86e9-39fbd2bc3f39',
    ],
    ['UUID without hyphens', '9a31411bcaca4ff186e939fbd2bc3f39', UUID, '9a31411b-caca-4ff1-86e9-39fbd2bc3f39'],
    ['UUID hyphens anywhere', '9-a31411bcaca4ff186e939fbd2bc3f3-9', UUID, '9a31411b-caca-4ff1-86e9-39fbd2bc3f39'],
    ['commit timestamp text in a STRING column', 'spanner.commit_timestamp()', STRING, 'spanner.commit_timestamp()'],
  ];
  test.each(cases)('%s', (_name, wire, type, value) => {
    expect(valueFromProto(wire, type)).toEqual(value);
  });

  test('FLOAT64 keeps -0, and writes it back as a number', () => {
    expect(Object.is(valueFromProto(-0, FLOAT64), -0)).toBe(true);
    expect(Object.is(valueToProto(-0, FLOAT64), -0)).toBe(true);
  });
});

describe('spanner.commit_timestamp()', () => {
  test('is a marker in a TIMESTAMP value when the caller allows it (mutations)', () => {
    const v = valueFromProto('spanner.commit_timestamp()', TIMESTAMP, { allowCommitTimestamp: true });
    expect(isCommitTimestamp(v)).toBe(true);
    expect(isCommitTimestamp(valueFromProto('2015-01-02T03:04:05Z', TIMESTAMP, { allowCommitTimestamp: true }))).toBe(
      false,
    );
  });

  test('is an ordinary unparsable TIMESTAMP elsewhere, and inside arrays', () => {
    const expected = {
      code: Code.FAILED_PRECONDITION,
      message: expect.stringContaining(
        "Could not parse spanner.commit_timestamp() as a TIMESTAMP. The timestamp value must end with an uppercase literal 'Z'",
      ),
    };
    expect(refusal(() => valueFromProto('spanner.commit_timestamp()', TIMESTAMP))).toEqual(expected);
    const inArray = () =>
      valueFromProto(['spanner.commit_timestamp()'], arrayOf(TIMESTAMP), { allowCommitTimestamp: true });
    expect(refusal(inArray)).toEqual(expected);
  });
});

describe('to the wire only', () => {
  test('TIMESTAMP fractions lose their trailing zeros', () => {
    expect(valueToProto(ts('2015-01-02T03:04:05.5Z'), TIMESTAMP)).toBe('2015-01-02T03:04:05.5Z');
    expect(valueToProto(ts('2015-01-02T03:04:05.120Z'), TIMESTAMP)).toBe('2015-01-02T03:04:05.12Z');
  });

  test('BYTES are padded standard base64', () => {
    expect(valueToProto(Uint8Array.of(0xfb, 0xff), BYTES)).toBe('+/8=');
  });

  test('INTERVAL values are not supported yet', () => {
    expect(refusal(() => valueToProto('P1Y', INTERVAL)).code).toBe(Code.UNIMPLEMENTED);
  });
});

const SCALARS: ScalarTypeName[] = [
  'BOOL',
  'INT64',
  'FLOAT32',
  'FLOAT64',
  'NUMERIC',
  'STRING',
  'BYTES',
  'DATE',
  'TIMESTAMP',
];

test.each(SCALARS)('random %s values and arrays of them round-trip', (name) => {
  const r = new Prng(SCALARS.indexOf(name) * 104729 + 3);
  const type = scalar(name);
  for (let i = 0; i < 300; i++) {
    const value = randomValue(r, name);
    expect(valueFromProto(valueToProto(value, type), type)).toEqual(value);
    const array = [value, randomValue(r, name)];
    expect(valueFromProto(valueToProto(array, arrayOf(type)), arrayOf(type))).toEqual(array);
  }
});
