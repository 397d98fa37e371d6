/**
 * JSON functions: extraction over JSON and JSON-formatted strings, JSONPath errors, PARSE_JSON
 * and the canonical JSON text (sorted keys, exact integers, doubles as `1.0` / `1e+21`), TO_JSON
 * of each type and the constructors. Expected values were checked against Spanner's emulator.
 * Edits are json-mutation-functions.test.ts; JSON-to-SQL converters json-conversion-functions.test.ts.
 */

import { scalar } from '../../../src/engine/query/analyzer/index';
import { evaluateSql, evaluationErrorOf } from '../../support/evaluate';

const STRING = scalar('STRING');

describe('canonical JSON text', () => {
  test.each([
    [
      `PARSE_JSON('{"b":1,"a":[1.50,1234567890123456789,9007199254740993, 1e10, 1.0, -0.0, 0.1, 1e21, 1e-7]}')`,
      '{"a":[1.5,1234567890123456789,9007199254740993,10000000000.0,1.0,-0.0,0.1,1e+21,1e-07],"b":1}',
    ],
    [`PARSE_JSON('{"a":1,"a":2}')`, '{"a":1}'],
    [
      `PARSE_JSON('[1e15, 1e16, 18446744073709551615, -9223372036854775808, 0.0001, 0.00001, 123456789.0]')`,
      '[1e+15,1e+16,18446744073709551615,-9223372036854775808,0.0001,1e-05,123456789.0]',
    ],
    [`PARSE_JSON('  {"b": 1, "a" : [true, null, "x\\\\u0041"]}  ')`, '{"a":[true,null,"xA"],"b":1}'],
    [`PARSE_JSON('{"a" : {"c":1,"b":[]}, "":null}')`, '{"":null,"a":{"b":[],"c":1}}'],
    [`PARSE_JSON('[1.2345678901234567891]', wide_number_mode=>'round')`, '[1.2345678901234567]'],
  ])('%s', (sql, expected) => {
    expect(evaluateSql(sql)).toBe(expected);
  });

  test.each([
    [
      `PARSE_JSON('[1.2345678901234567891]')`,
      'Invalid input to PARSE_JSON: Input number: 1.2345678901234567891 cannot round-trip through string representation',
    ],
    [
      `PARSE_JSON('[18446744073709551616]')`,
      'Invalid input to PARSE_JSON: Input number: 18446744073709551616 cannot round-trip through string representation',
    ],
    [`PARSE_JSON('[1]', wide_number_mode=>'foo')`, 'Invalid `wide_number_mode` specified for PARSE_JSON: foo'],
    [
      `PARSE_JSON('{"a":1')`,
      "Invalid input to PARSE_JSON: syntax error while parsing object - unexpected end of input; expected '}'",
    ],
    [
      `PARSE_JSON('')`,
      "Invalid input to PARSE_JSON: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal",
    ],
    [
      `PARSE_JSON('[1,]')`,
      "Invalid input to PARSE_JSON: syntax error while parsing value - unexpected ']'; expected '[', '{', or a literal",
    ],
    [
      `PARSE_JSON('{"a" 1}')`,
      "Invalid input to PARSE_JSON: syntax error while parsing object separator - unexpected number literal; expected ':'",
    ],
    [
      `PARSE_JSON('tru')`,
      "Invalid input to PARSE_JSON: syntax error while parsing value - invalid literal; last read: 'tru'",
    ],
    [
      `PARSE_JSON('"abc')`,
      `Invalid input to PARSE_JSON: syntax error while parsing value - invalid string: missing closing quote; last read: '"abc'`,
    ],
    [`PARSE_JSON('1e400')`, "Invalid input to PARSE_JSON: number overflow parsing '1e400'"],
    [
      `PARSE_JSON('{"a":1,}')`,
      "Invalid input to PARSE_JSON: syntax error while parsing object key - unexpected '}'; expected string literal",
    ],
    [
      `PARSE_JSON('"\\\\x"')`,
      `Invalid input to PARSE_JSON: syntax error while parsing value - invalid string: forbidden character after backslash; last read: '"\\x'`,
    ],
    [
      `PARSE_JSON('-')`,
      "Invalid input to PARSE_JSON: syntax error while parsing value - invalid number; expected digit after '-'; last read: '-'",
    ],
    [
      `PARSE_JSON('01')`,
      'Invalid input to PARSE_JSON: syntax error while parsing value - unexpected number literal; expected end of input',
    ],
  ])('%s fails', (sql, message) => {
    expect(evaluationErrorOf(sql)).toBe(`OUT_OF_RANGE: ${message}`);
  });

  test('nesting is limited so the recursive JSON walks cannot overflow the stack', () => {
    const nested = (n: number) => '['.repeat(n) + ']'.repeat(n);
    const tooDeep = 'nesting too deep: more than 1000 levels of arrays and objects';
    expect(evaluateSql(`LENGTH(TO_JSON_STRING(PARSE_JSON('${nested(1000)}'), TRUE))`)).toBeGreaterThan(2000n);
    expect(evaluateSql(`JSON_CONTAINS(JSON '${nested(1000)}', JSON '${nested(1000)}')`)).toBe(true);
    expect(evaluationErrorOf(`PARSE_JSON('${nested(1001)}')`)).toBe(
      `OUT_OF_RANGE: Invalid input to PARSE_JSON: ${tooDeep}`,
    );
    expect(evaluationErrorOf(`JSON '${'{"a":'.repeat(100000)}1${'}'.repeat(100000)}'`)).toMatch(
      new RegExp(`^INVALID_ARGUMENT: Invalid JSON literal: ${tooDeep} \\[at 1:1\\]`),
    );
    expect(evaluationErrorOf(`JSON_QUERY(JSON_ARRAY(PARSE_JSON('${nested(1000)}')), '$')`)).toBe(
      `OUT_OF_RANGE: Invalid JSON value: ${tooDeep}`,
    );
    expect(evaluationErrorOf(`JSON_QUERY(JSON '1', '$${'.a'.repeat(1001)}')`)).toBe(
      'OUT_OF_RANGE: JSONPath has more than 1000 steps',
    );
  });

  test('TO_JSON_STRING prints JSON compactly or indented', () => {
    expect(evaluateSql(`TO_JSON_STRING(JSON '{"b":1,"a":[1,2]}', true)`)).toBe(
      '{\n  "a": [\n    1,\n    2\n  ],\n  "b": 1\n}',
    );
    expect(evaluateSql(`TO_JSON_STRING(JSON '[1,{"a":[]}]', true)`)).toBe('[\n  1,\n  {\n    "a": []\n  }\n]');
    expect(evaluateSql(`TO_JSON_STRING(PARSE_JSON('1.0'), false)`)).toBe('1.0');
    expect(evaluateSql('TO_JSON_STRING(CAST(NULL AS JSON))')).toBe('null');
    expect(evaluateSql(`TO_JSON_STRING(JSON '1', NULL)`)).toBeNull();
    expect(evaluationErrorOf('TO_JSON_STRING(1)')).toBe(
      'UNIMPLEMENTED: TO_JSON_STRING is not supported on values of type INT64',
    );
  });
});

describe('JSON_QUERY and JSON_VALUE', () => {
  test.each([
    [`JSON_QUERY('{"a":{"b":[1,2]}}', '$.a')`, '{"b":[1,2]}'],
    [`JSON_QUERY('{"a":{"b":[1,2]}}', '$.a.b[1]')`, '2'],
    [`JSON_QUERY('{"a":{"b":[1,2]}}', '$.x')`, null],
    [`JSON_QUERY('{"a":"s"}', '$.a')`, '"s"'],
    [`JSON_QUERY('{"a b":1}', '$."a b"')`, '1'],
    [`JSON_QUERY('{"a b":1}', '$.a b')`, '1'],
    [`JSON_QUERY('{"a":1}', '$. a')`, null],
    [`JSON_QUERY('{"a":1', '$.a')`, '1'],
    [`JSON_QUERY('xx', '$.a')`, null],
    [`JSON_QUERY('{"x":tru, "a":1}', '$.a')`, null],
    [`JSON_QUERY('{"a" : 1.50, "b":2}', '$.a')`, '1.50'],
    [`JSON_QUERY('{"a":{"c" : [ 1, 2.0 ] }}', '$.a')`, '{"c":[1,2.0]}'],
    [`JSON_QUERY('{"a":1,"a":2}', '$.a')`, '1'],
    [`JSON_QUERY('{"a":"x\\\\u00e9\\\\n"}', '$.a')`, '"xé\\n"'],
    [`JSON_QUERY('{"a":12345678901234567890123}', '$.a')`, '12345678901234567890123'],
    [`JSON_QUERY('{"a":{"b":1,"a":2}}', '$.a')`, '{"b":1,"a":2}'],
    [`JSON_QUERY('[1, 2]', '$')`, '[1,2]'],
    [`JSON_QUERY('', '$')`, null],
    [`JSON_QUERY('{"a":null}', '$.a')`, null],
    [`JSON_QUERY('[1,2]', '$[-1]')`, null],
    [`JSON_QUERY('[1,2]', '$.0')`, '1'],
    [`JSON_QUERY('{"0":3}', '$[0]')`, '3'],
    [`JSON_QUERY('{"a":[1]}', '$.a[ 0]')`, '1'],
    [`JSON_QUERY('{"a":[1]}', '$.a[00]')`, '1'],
    [`JSON_QUERY('{"a":1}', NULL)`, null],
    [`JSON_QUERY(JSON '{"a":{"b":[1,2]}}', '$.a')`, '{"b":[1,2]}'],
    [`JSON_QUERY(JSON '{"a":null}', '$.a')`, 'null'],
    [`JSON_QUERY(JSON '{"a":null}', '$.b')`, null],
    [`JSON_QUERY(JSON '{"a\\\\"b":1}', '$."a\\\\"b"')`, '1'],
    [`JSON_QUERY(JSON '{"":1}', '$.""')`, '1'],
    [`JSON_VALUE('{"a":"x\\\\n"}', '$.a')`, 'x\n'],
    [`JSON_VALUE('{"b":1.50}', '$.b')`, '1.50'],
    [`JSON_VALUE('{"c":true}', '$.c')`, 'true'],
    [`JSON_VALUE('{"d":null}', '$.d')`, null],
    [`JSON_VALUE('{"e":[1]}', '$.e')`, null],
    [`JSON_VALUE('"s"')`, 's'],
    [`JSON_VALUE('{"a":1e2}', '$.a')`, '1e2'],
    [`JSON_VALUE(PARSE_JSON('{"a":"x","b":1.50,"c":1e2}'), '$.b')`, '1.5'],
    [`JSON_VALUE(PARSE_JSON('{"c":1e2}'), '$.c')`, '100.0'],
    [`JSON_VALUE(PARSE_JSON('{"c":12345678901234567890}'), '$.c')`, '12345678901234567890'],
    [`JSON_VALUE(PARSE_JSON('{"a":1e-7}'), '$.a')`, '1e-07'],
  ])('%s', (sql, expected) => {
    expect(evaluateSql(sql)).toBe(expected);
  });

  test.each([
    [`JSON_QUERY('{"a":1}', 'a')`, "JSONPath must start with '$'"],
    [`JSON_QUERY('{"a":1}', '$a')`, 'Invalid token in JSONPath at: a'],
    [`JSON_QUERY('{"a":1}', '$.a[')`, 'Invalid token in JSONPath at: ['],
    [`JSON_QUERY('{"a":1}', '$["a"]')`, 'Invalid token in JSONPath at: ["a"]'],
    [`JSON_QUERY('{"a":1}', '$ .a')`, 'Invalid token in JSONPath at:  .a'],
    [`JSON_QUERY('{"a":[1]}', '$.a[*]')`, 'Unsupported operator in JSONPath: *'],
    [`JSON_QUERY(JSON '{"a":1}', '$..a')`, 'Unsupported operator in JSONPath: ..'],
    [`JSON_QUERY(JSON '{"a":1}', '$.')`, 'Invalid token in JSONPath at: .'],
    [`JSON_QUERY(JSON '{"a":1}', '$."a')`, 'Invalid token in JSONPath at: ."a'],
    [`JSON_QUERY(JSON '{"$":1}', '$.$')`, 'Invalid token in JSONPath at: .$'],
  ])('%s fails', (sql, message) => {
    expect(evaluationErrorOf(sql)).toBe(`OUT_OF_RANGE: ${message}`);
  });

  test.each([
    [`JSON_QUERY_ARRAY('[1, "a", {"b" : 2}, [3], null, 1.50]')`, ['1', '"a"', '{"b":2}', '[3]', 'null', '1.50']],
    [`JSON_QUERY_ARRAY('{"a":[1,2]}', '$.a')`, ['1', '2']],
    [`JSON_QUERY_ARRAY('{"a":1}', '$.a')`, null],
    [`JSON_QUERY_ARRAY('{"a":[]}', '$.a')`, []],
    [`JSON_QUERY_ARRAY('[1', '$')`, null],
    [
      `JSON_QUERY_ARRAY(PARSE_JSON('[1, "a", {"b" : 2}, [3], null, 1.50]'))`,
      ['1', '"a"', '{"b":2}', '[3]', 'null', '1.5'],
    ],
    [`JSON_VALUE_ARRAY('[1, "a", true, null, 1.50]')`, ['1', 'a', 'true', null, '1.50']],
    [`JSON_VALUE_ARRAY('[1, [2]]')`, null],
    [`JSON_VALUE_ARRAY('[1, {}]')`, null],
    [`JSON_VALUE_ARRAY('[]')`, []],
    [`JSON_VALUE_ARRAY('{"a":1}')`, null],
    [`JSON_VALUE_ARRAY(PARSE_JSON('[1, "a", true, null, 1.50]'))`, ['1', 'a', 'true', null, '1.5']],
    [`JSON_VALUE_ARRAY(JSON '[1, [2]]')`, null],
    [`JSON_QUERY_ARRAY(JSON 'null')`, null],
    [`JSON_QUERY_ARRAY('[1,[2, 3 ]]')`, ['1', '[2,3]']],
  ])('%s', (sql, expected) => {
    expect(evaluateSql(sql)).toEqual(expected);
  });

  test('subscripts and field access', () => {
    expect(evaluateSql(`JSON '{"a":[1,{"b":2}]}'['a'][1]['b']`)).toBe('2');
    expect(evaluateSql(`JSON '{"a":{"b":1}}'.a.b`)).toBe('1');
    for (const sql of [
      `JSON '{"a":1}'['x']`,
      `JSON '[1]'[5]`,
      `JSON '[1]'[-1]`,
      `JSON '{"a":1}'[0]`,
      `JSON '[1]'['a']`,
      `JSON '{"a":1}'.A`,
    ]) {
      expect(evaluateSql(sql)).toBeNull();
    }
  });
});

describe('TO_JSON and constructors', () => {
  test.each([
    ['TO_JSON(1)', '1'],
    ['TO_JSON(9007199254740993)', '9007199254740993'],
    ["TO_JSON('x')", '"x"'],
    ["TO_JSON(b'ab')", '"YWI="'],
    ["TO_JSON(DATE '2020-01-02')", '"2020-01-02"'],
    ["TO_JSON(TIMESTAMP '2020-01-02 03:04:05.123+00')", '"2020-01-02T03:04:05.123Z"'],
    ["TO_JSON(TIMESTAMP '2020-01-02 03:04:05.5+00')", '"2020-01-02T03:04:05.500Z"'],
    ["TO_JSON(TIMESTAMP '2020-01-02 03:04:05+00')", '"2020-01-02T03:04:05Z"'],
    ["TO_JSON(TIMESTAMP '2020-01-02 03:04:05.000001+00')", '"2020-01-02T03:04:05.000001Z"'],
    ["TO_JSON(NUMERIC '1.50')", '1.5'],
    ["TO_JSON(NUMERIC '12345678901234567890')", '12345678901234567890'],
    ["TO_JSON(NUMERIC '0.000000001')", '1e-09'],
    ["TO_JSON(NUMERIC '123456789012345.5')", '123456789012345.5'],
    ['TO_JSON([1,2])', '[1,2]'],
    ['TO_JSON(CAST(1.5 AS FLOAT32))', '1.5'],
    ['TO_JSON(CAST(0.1 AS FLOAT32))', '0.10000000149011612'],
    ['TO_JSON(true)', 'true'],
    ['TO_JSON(NULL)', 'null'],
    ['TO_JSON([CAST(NULL AS INT64)])', '[null]'],
    ["TO_JSON(STRUCT(1 AS a, 'x' AS b))", '{"a":1,"b":"x"}'],
    ['TO_JSON(STRUCT(1, 2))', '{"":1}'],
    ['TO_JSON(STRUCT(1 AS a, 2 AS a))', '{"a":1}'],
    ["TO_JSON(STRUCT(STRUCT(1 AS x) AS s, [STRUCT('a' AS y)] AS arr))", '{"arr":[{"y":"a"}],"s":{"x":1}}'],
    ["TO_JSON(CAST('nan' AS FLOAT64))", '"NaN"'],
    ["TO_JSON(CAST('inf' AS FLOAT64))", '"Infinity"'],
    ['TO_JSON(1e100)', '1e+100'],
    ['TO_JSON(123456789012345680000.0)', '1.2345678901234568e+20'],
    [
      "TO_JSON(NUMERIC '12345678901234567890.123456789', stringify_wide_numbers=>true)",
      '"12345678901234567890.123456789"',
    ],
    ['TO_JSON(9007199254740993, stringify_wide_numbers=>true)', '"9007199254740993"'],
    ['TO_JSON(9007199254740992, stringify_wide_numbers=>true)', '9007199254740992'],
    ["TO_JSON(NUMERIC '1.5', stringify_wide_numbers=>true)", '1.5'],
    ['SAFE_TO_JSON(1)', '1'],
    ["JSON_OBJECT('b', 1, 'a', 'x')", '{"a":"x","b":1}'],
    ['JSON_OBJECT()', '{}'],
    ["JSON_OBJECT('a', NULL)", '{"a":null}'],
    ["JSON_OBJECT('a', 1, 'a', 2)", '{"a":1}'],
    ["JSON_OBJECT(['a','b'], [1,2])", '{"a":1,"b":2}'],
    [`JSON_OBJECT('a', JSON '{"x":1}', 'c', [1.5])`, '{"a":{"x":1},"c":[1.5]}'],
    ['JSON_ARRAY()', '[]'],
    [`JSON_ARRAY(1, 'a', NULL, [1,2], JSON '{"a":1}', STRUCT(1 AS x))`, '[1,"a",null,[1,2],{"a":1},{"x":1}]'],
    ["JSON_ARRAY(NUMERIC '1.5', DATE '2020-01-01')", '[1.5,"2020-01-01"]'],
  ])('%s', (sql, expected) => {
    expect(evaluateSql(sql)).toBe(expected);
  });

  test.each([
    ["TO_JSON(NUMERIC '1234567890123456.1')", 'Failed to convert type NUMERIC to JSON'],
    ['JSON_OBJECT(CAST(NULL AS STRING), 1)', 'Invalid input to JSON_OBJECT: A key cannot be NULL'],
    ["JSON_OBJECT(['a'], [1,2])", 'Invalid input to JSON_OBJECT: The number of keys and values must match'],
    ["JSON_OBJECT(['a', NULL], [1,2])", 'Invalid input to JSON_OBJECT: A key cannot be NULL'],
    ['JSON_OBJECT(CAST(NULL AS ARRAY<STRING>), [1])', 'Invalid input to JSON_OBJECT: The keys array cannot be NULL'],
  ])('%s fails', (sql, message) => {
    expect(evaluationErrorOf(sql)).toBe(`OUT_OF_RANGE: ${message}`);
  });

  test('JSON_TYPE names each kind', () => {
    const kinds = [`'1'`, `'1.5'`, `'"a"'`, `'true'`, `'null'`, `'[]'`, `'{}'`].map((t) =>
      evaluateSql(`JSON_TYPE(JSON ${t})`),
    );
    expect(kinds).toEqual(['number', 'number', 'string', 'boolean', 'null', 'array', 'object']);
    expect(evaluateSql('JSON_TYPE(NULL)')).toBeNull();
  });
});

describe('JSON-formatted strings are read leniently', () => {
  test.each([
    [`JSON_QUERY('{"a":{"x":1},"a":{"b":2}}', '$.a.b')`, '2'],
    [`JSON_QUERY('{"a":[1,2,]}', '$.a[0]')`, '1'],
    [`JSON_QUERY('{"a":[1,2,]}', '$.a')`, '[1,2]'],
    [`JSON_QUERY('  [ 1 ]  x', '$[0]')`, '1'],
    [`JSON_QUERY('{"a": 01}', '$.a')`, '0'],
    [`JSON_QUERY('{"a": -}', '$.b')`, null],
    [`JSON_QUERY('{"b": 1, "a": -}', '$.b')`, '1'],
    [`JSON_QUERY(CAST(NULL AS STRING), 'x')`, null],
    [`JSON_QUERY(CAST(NULL AS JSON), 'x')`, null],
  ])('%s', (sql, expected) => {
    expect(evaluateSql(sql)).toBe(expected);
  });

  test('a STRING column and a parameter path', () => {
    const options = { row: { s: [STRING, '{"a": [10, 20]}'] as const }, params: { p: [STRING, '$.a[1]'] as const } };
    expect(evaluateSql('JSON_QUERY(s, @p)', options)).toBe('20');
  });
});
