/**
 * Wire values Spanner refuses, with the official emulator's codes and messages: values of the
 * wrong JSON kind (its DoesNotParseProtosWithMismatchingTypes and more), then text that does not
 * parse as INT64, FLOAT32/FLOAT64, NUMERIC, JSON, BYTES, STRING, UUID (its DoesNotParseInvalid*
 * cases and the rules behind them), INTERVAL (not yet), and long values cut short in messages.
 * DATE and TIMESTAMP text are date-time-values.test.ts's.
 */
import { valueFromProto } from '../../src/convert/values';
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
import { refusal } from '../support/refusal';

const UUID = scalar('UUID');
const STR_INT = structOf([
  { name: 'str', type: STRING },
  { name: 'int', type: INT64 },
]);

describe('values of the wrong kind', () => {
  const cases: [unknown, SqlType, string][] = [
    ['not a number', INT64, 'Could not parse not a number as an integer'],
    [-1, TIMESTAMP, 'Could not parse number_value: -1 as TIMESTAMP'],
    [1.0, STRING, 'Could not parse number_value: 1 as STRING'],
    [-1, BYTES, 'Could not parse number_value: -1 as BYTES'],
    [1, NUMERIC, 'Could not parse number_value: 1 as NUMERIC'],
    [1, JSON_TYPE, 'Could not parse number_value: 1 as JSON'],
    ['1', arrayOf(INT64), 'Could not parse string_value: "1" as ARRAY<INT64>'],
    ['1', arrayOf(NUMERIC), 'Could not parse string_value: "1" as ARRAY<NUMERIC>'],
    ['1', arrayOf(JSON_TYPE), 'Could not parse string_value: "1" as ARRAY<JSON>'],
    [false, structOf([]), 'Could not parse bool_value: false as STRUCT<>'],
    [1, INT64, 'Could not parse number_value: 1 as INT64'],
    ['true', BOOL, 'Could not parse string_value: "true" as BOOL'],
    [true, FLOAT64, 'Could not parse bool_value: true as DOUBLE'],
    [true, FLOAT32, 'Could not parse bool_value: true as FLOAT'],
    [-4e38, FLOAT32, 'Could not parse number_value: -4e+38 as FLOAT'],
    [4e38, FLOAT32, 'Could not parse number_value: 4e+38 as FLOAT'],
    [20200101, DATE, 'Could not parse number_value: 20200101 as DATE'],
    [1, INTERVAL, 'Could not parse number_value: 1 as INTERVAL'],
    [['1'], INT64, 'Could not parse list_value { values { string_value: "1" } } as INT64'],
    [undefined, STRING, 'Could not parse  as STRING'],
    [
      { Name: 'Douglas Adams' },
      STRING,
      'Could not parse struct_value { fields { key: "Name" value { string_value: "Douglas Adams" } } } as STRING',
    ],
    [
      ['One'],
      STR_INT,
      'Could not parse list_value { values { string_value: "One" } } as STRUCT<str STRING, int INT64>',
    ],
    [
      ['1', 'x'],
      arrayOf(INT64),
      'Could not parse x as an integer; When parsing array element #1: {string_value: "x"} in ' +
        'list_value { values { string_value: "1" } values { string_value: "x" } }',
    ],
    [
      [{ a: 1 }],
      arrayOf(STRING),
      'Could not parse struct_value { fields { key: "a" value { number_value: 1 } } } as STRING; When parsing ' +
        'array element #0: {struct_value { fields { key: "a" value { number_value: 1 } } }} in list_value { values ' +
        '{ struct_value { fields { key: "a" value { number_value: 1 } } } } }',
    ],
    [
      [null, 1],
      arrayOf(INT64),
      'Could not parse number_value: 1 as INT64; When parsing array element #1: {number_value: 1} in list_value ' +
        '{ values { null_value: NULL_VALUE } values { number_value: 1 } }',
    ],
    ['a"b\n\u0001', BOOL, 'Could not parse string_value: "a\\"b\\n\\001" as BOOL'],
  ];
  test.each(cases)('%j as %j', (wire, type, message) => {
    expect(refusal(() => valueFromProto(wire, type))).toEqual({ code: Code.FAILED_PRECONDITION, message });
  });
});

const DOC = 'https://cloud.google.com/spanner/docs/data-types';
const floatRules = (t: string) =>
  `Only the following string values are supported for ${t}: 'Infinity', 'NaN', and '-Infinity'. See ` +
  `${DOC}#floating-point-type for more details`;

describe('text that does not parse', () => {
  const cases: [SqlType, string[], (text: string) => string][] = [
    [
      INT64,
      ['9223372036854775808', '-9223372036854775809', '1.5', '0x10', '1e3', '', '- 1'],
      (t) => `Could not parse ${t} as an integer`,
    ],
    [FLOAT32, ['9252.a53', '1.5', 'inf'], (t) => `Could not parse ${t} as a FLOAT32. ${floatRules('FLOAT32')}`],
    [FLOAT64, ['nan', '1.5', '+Infinity'], (t) => `Could not parse ${t} as a FLOAT64. ${floatRules('FLOAT64')}`],
    [
      NUMERIC,
      ['9252.a53', '0.0000000001', '123456789123456789123456789000.1', '1e999999999', '1e-999999999', 'NaN', '1e30'],
      (t) =>
        `Could not parse ${t} as a NUMERIC. The NUMERIC type supports 38 digits of precision and 9 digits of ` +
        `scale. See ${DOC} for more details`,
    ],
    [
      JSON_TYPE,
      ['invalid string', '{"key":invalid}', '{"a":1', '1.2345678901234567891'],
      (t) => `Could not parse ${t} as a JSON. See ${DOC} for more details`,
    ],
    [
      BYTES,
      [';;Z', 'SGVsb', 'SGVsbG8==', 'SGVs=', 'SG==SG==', 'a-_b', 'SGVsbG8é'],
      (t) =>
        `Could not parse ${t} as BYTES. Byte strings must be base64-encoded. For more details, see ` +
        'https://cloud.google.com/spanner/docs/reference/rpc/google.spanner.v1#typecode',
    ],
  ];
  for (const [type, texts, message] of cases) {
    test.each(texts)(`%j as ${JSON.stringify(type)}`, (text) => {
      expect(refusal(() => valueFromProto(text, type))).toEqual({
        code: Code.FAILED_PRECONDITION,
        message: message(text),
      });
    });
  }

  test.each([
    ['abc', "Invalid input: 'abc'. UUID must be at least 32 characters long."],
    ['{9a31411b-caca-4ff1-86e9-39fbd2bc3f39', "Mismatched curly braces in UUID, missing closing '}'."],
    ['-9a31411bcaca4ff186e939fbd2bc3f39', 'UUID cannot start with a hyphen (-).'],
    ['9a31411b--caca-4ff1-86e9-39fbd2bc3f39', 'UUID cannot have multiple consecutive hyphens (-).'],
    ['9a31411g-caca-4ff1-86e9-39fbd2bc3f39', "UUID cannot have 'g' character."],
    ['9a31411b-caca-4ff1-86e9-39fbd2bc3f39-0', '2 extra characters found after parsing UUID.'],
    ['9a31411b-caca-4ff1-86e9-39fbd2bc3f-', 'UUID must be at least 32 characters long.'],
    ['9a31411b-caca-4ff1-86e9-39fbd2bc3f3--', 'UUID cannot have multiple consecutive hyphens (-).'],
  ])('UUID %j', (text, reason) => {
    const { code, message } = refusal(() => valueFromProto(text, UUID));
    expect(code).toBe(Code.FAILED_PRECONDITION);
    expect(message).toMatch(new RegExp(`^Could not parse .* as a UUID: Invalid input: '.*'\\. `));
    expect(message).toContain(`${reason}.For details on the UUID type, see ${DOC}#uuid_type`);
  });

  test('a STRING with an unpaired surrogate, and messages never carry one', () => {
    expect(refusal(() => valueFromProto('a\ud800b', STRING))).toEqual({
      code: Code.FAILED_PRECONDITION,
      message: 'Could not parse string_value: "a\ufffdb" as STRING: the value is not valid UTF-8 (unpaired surrogate)',
    });
    expect(refusal(() => valueFromProto('1\udc00', INT64)).message).toBe('Could not parse 1\ufffd as an integer');
  });

  test('INTERVAL values are not supported yet', () => {
    expect(refusal(() => valueFromProto('P1Y', INTERVAL))).toEqual({
      code: Code.UNIMPLEMENTED,
      message: 'INTERVAL values in requests and results are not supported yet.',
    });
  });

  test('long values are cut short in messages', () => {
    const { message } = refusal(() => valueFromProto('x'.repeat(100_000), INT64));
    // The quoted value is cut at 1024 characters, then the whole message at 1024 bytes.
    expect(message).toMatch(/^Could not parse x+\.\.\.$/);
    expect(Buffer.byteLength(message)).toBeLessThanOrEqual(1024 + 3);
    expect(refusal(() => valueFromProto(Array(10_000).fill('1'), STRING)).message.length).toBeLessThan(1200);
  });
});
