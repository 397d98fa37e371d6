/**
 * The expression analyzer against a scope of typed columns: result types of operators, functions
 * and constructors, and GoogleSQL's error messages with their positions (the wording was checked
 * against Spanner's emulator).
 */

import {
  arrayOf,
  parseAndAnalyzeExpression,
  scalar,
  typeSqlName,
  validateSpannerFunctions,
  type ScopeColumn,
} from '../../../src/engine/query/analyzer/index';
import { isSpannerError } from '../../../src/errors';

const columns: ScopeColumn[] = [
  { name: 'A', type: scalar('INT64') },
  { name: 'S', type: scalar('STRING') },
  { name: 'F', type: scalar('FLOAT64') },
  { name: 'F32', type: scalar('FLOAT32') },
  { name: 'N', type: scalar('NUMERIC') },
  { name: 'D', type: scalar('DATE') },
  { name: 'TS', type: scalar('TIMESTAMP') },
  { name: 'B', type: scalar('BOOL') },
  { name: 'BS', type: scalar('BYTES') },
  { name: 'J', type: scalar('JSON') },
  { name: 'AI', type: arrayOf(scalar('INT64')) },
  { name: 'AS2', type: arrayOf(scalar('STRING')) },
];

function analyze(text: string): string {
  try {
    const typed = parseAndAnalyzeExpression({ columns, text, subqueries: { kind: 'unsupported' } });
    validateSpannerFunctions(typed);
    return typeSqlName(typed.type);
  } catch (e) {
    if (isSpannerError(e)) return `ERR ${e.message.split('\n')[0]}`;
    throw e;
  }
}

describe('result types', () => {
  test.each([
    ['1 + A', 'INT64'],
    ['F + N', 'FLOAT64'],
    ['N + A', 'NUMERIC'],
    ['A / A', 'FLOAT64'],
    ['1.5 + N', 'NUMERIC'],
    ['A + 1.5', 'FLOAT64'],
    ['F32 + 1', 'FLOAT64'],
    ['-F32', 'FLOAT32'],
    ['ABS(F32)', 'FLOAT32'],
    ['SQRT(1)', 'FLOAT64'],
    ["SQRT(NUMERIC '1')", 'NUMERIC'],
    ['POWER(2, 3)', 'FLOAT64'],
    ['SUBSTRING(S, 1)', 'STRING'],
    ['IF(B, 2, 2.5)', 'FLOAT64'],
    ['IFNULL(A, 1.5)', 'FLOAT64'],
    ['COALESCE(NULL, 1, N)', 'NUMERIC'],
    ['COALESCE(NULL, NULL)', 'INT64'],
    ['GREATEST(1, 2.5, A)', 'FLOAT64'],
    ['CASE WHEN B THEN 1 ELSE 2.5 END', 'FLOAT64'],
    ["CASE A WHEN 1 THEN 'x' END", 'STRING'],
    ['A IN (1, 2.5)', 'BOOL'],
    ["D = '2020-01-01'", 'BOOL'],
    ["TS < '2020-01-01'", 'BOOL'],
    ["S NOT LIKE 'a%'", 'BOOL'],
    ['AI || [1]', 'ARRAY<INT64>'],
    ['AI[OFFSET(0)]', 'INT64'],
    ['AS2[SAFE_ORDINAL(1)]', 'STRING'],
    ['[1, 2.5]', 'ARRAY<FLOAT64>'],
    ['[]', 'ARRAY<INT64>'],
    ['STRUCT(1 AS a).a', 'INT64'],
    ['EXTRACT(DATE FROM TS)', 'DATE'],
    ['EXTRACT(YEAR FROM D)', 'INT64'],
    ['DATE_ADD(D, INTERVAL 1 DAY)', 'DATE'],
    ['DATE_TRUNC(D, MONTH)', 'DATE'],
    ['TIMESTAMP_DIFF(TS, TS, HOUR)', 'INT64'],
    ['UNIX_MICROS(CURRENT_TIMESTAMP())', 'INT64'],
    ["JSON_VALUE(J, '$.a')", 'STRING'],
    ["JSON_ARRAY(1, 'a')", 'JSON'],
    ['J.a.b', 'JSON'],
    ["ARRAY_TO_STRING(AS2, ',')", 'STRING'],
    ['NET.HOST(S)', 'STRING'],
    ['CAST(S AS INT64)', 'INT64'],
    ['CAST(NULL AS DATE)', 'DATE'],
    ['-9223372036854775808', 'INT64'],
    ["TIMESTAMP '2020-01-01 00:00:00 America/New_York'", 'TIMESTAMP'],
  ])('%s is %s', (text, type) => {
    expect(analyze(text)).toBe(type);
  });
});

describe('errors', () => {
  test.each([
    ['X', 'Unrecognized name: X [at 1:1]'],
    ['FOO(1)', 'Function not found: FOO [at 1:1]'],
    ['CAST(1 AS INT32)', 'Type not found: INT32 [at 1:11]'],
    ['CAST(true AS DATE)', 'Invalid cast from BOOL to DATE [at 1:6]'],
    ['CAST(J AS STRING)', 'Invalid cast from JSON to STRING [at 1:6]'],
    [
      "'a' + 1",
      'No matching signature for operator + for argument types: STRING, INT64. Supported signatures: INT64 + INT64; FLOAT64 + FLOAT64; NUMERIC + NUMERIC [at 1:1]',
    ],
    [
      'SUBSTR(1)',
      'No matching signature for function SUBSTR for argument types: INT64. Supported signatures: SUBSTR(STRING, INT64, [INT64]); SUBSTR(BYTES, INT64, [INT64]) [at 1:1]',
    ],
    [
      'IF(1, 2, 3)',
      'No matching signature for function IF for argument types: INT64, INT64, INT64. Supported signature: IF(BOOL, ANY, ANY) [at 1:1]',
    ],
    [
      "CASE WHEN true THEN 1 ELSE 'a' END",
      'No matching signature for operator CASE; all THEN/ELSE arguments must be coercible to a common type but found: INT64, STRING; actual argument types (WHEN THEN) ELSE: (BOOL INT64) STRING [at 1:1]',
    ],
    [
      'CASE WHEN A THEN 1 END',
      'No matching signature for operator CASE; all WHEN argument types must be BOOL but found: INT64; actual argument types (WHEN THEN) ELSE: (INT64 INT64) NULL [at 1:1]',
    ],
    ["1 IN ('a')", 'No matching signature for operator IN for argument types literal INT64 and {STRING} [at 1:3]'],
    [
      '1 | 1.5',
      'Bitwise operator | requires two integer/BYTES arguments of the same type, but saw INT64 and DOUBLE [at 1:1]',
    ],
    [
      "1 << 'a'",
      'No matching signature for operator << for argument types: INT64, STRING. Supported signatures: INT64 << INT64; BYTES << INT64 [at 1:3]',
    ],
    ['NULL + 1', 'Operands of + cannot be literal NULL [at 1:1]'],
    ['A = NULL', 'Operands of = cannot be literal NULL [at 1:5]'],
    ['A.x', 'Cannot access field x on a value with type INT64 [at 1:3]'],
    ['STRUCT(1 AS a).b', 'Field name b does not exist in STRUCT<a INT64> [at 1:16]'],
    [
      'AI[0]',
      'Array element access with array[position] is not supported. Use array[OFFSET(zero_based_offset)] or array[ORDINAL(one_based_ordinal)] [at 1:4]',
    ],
    ['S[OFFSET(0)]', 'Subscript access using [OFFSET(INT64)] is not supported on values of type STRING [at 1:3]'],
    ['AS2[OFFSET(S)]', 'Array position in [] must be coercible to INT64 type, but has type STRING [at 1:12]'],
    ["[1, 'a']", 'Array elements of types {INT64, STRING} do not have a common supertype [at 1:1]'],
    ["ARRAY<INT64>['a']", 'Array element type STRING does not coerce to INT64 [at 1:14]'],
    ['[[1]]', 'Cannot construct array with element type ARRAY<INT64> because nested arrays are not supported [at 1:2]'],
    ['[1] = [1]', 'Equality is not defined for arguments of type ARRAY<INT64> [at 1:1]'],
    ['J BETWEEN J AND J', 'BETWEEN is not defined for arguments of type JSON [at 1:3]'],
    ["D = 'a'", 'Could not cast literal "a" to type DATE [at 1:5]'],
    ['9223372036854775808', 'Invalid integer literal: 9223372036854775808 [at 1:1]'],
    ["DATE '2020-13-01'", 'Invalid DATE literal [at 1:1]'],
    ["NUMERIC '1.1234567891'", 'Invalid NUMERIC literal: "1.1234567891" [at 1:1]'],
    ['EXTRACT(FOO FROM D)', 'A valid date part name is required but found FOO [at 1:9]'],
    ['EXTRACT(HOUR FROM D)', 'EXTRACT from DATE does not support the HOUR date part [at 1:1]'],
    ['TIMESTAMP_ADD(TS, INTERVAL 1 YEAR)', 'TIMESTAMP_ADD does not support the YEAR date part [at 1:1]'],
    [
      'DATE_ADD(1, INTERVAL 1 DAY)',
      'No matching signature for function DATE_ADD for argument types: INT64, INTERVAL INT64 DATE_TIME_PART. Supported signature: DATE_ADD(DATE, INTERVAL INT64 DATE_TIME_PART) [at 1:1]',
    ],
    ['INTERVAL 1 DAY', 'Unexpected INTERVAL expression [at 1:1]'],
    ['NULLIF(J, J)', 'NULLIF is not defined for arguments of type JSON [at 1:1]'],
    [
      'GREATEST(STRUCT(1 AS a), STRUCT(2 AS a))',
      'GREATEST is not defined for arguments of type STRUCT<a INT64> [at 1:1]',
    ],
    ['LEAST(STRUCT(1 AS a), STRUCT(2 AS a))', 'LEAST is not defined for arguments of type STRUCT<a INT64> [at 1:1]'],
    ['GREATEST(J, J)', 'GREATEST is not defined for arguments of type JSON [at 1:1]'],
    ['GREATEST([1], [2])', 'GREATEST is not defined for arguments of type ARRAY<INT64> [at 1:1]'],
    [
      'ARRAY_MIN([STRUCT(1 AS a)])',
      "ARRAY_MIN cannot be used on argument of type ARRAY<STRUCT<a INT64>> because the array's element type does not support ordering [at 1:1]",
    ],
    [
      'ARRAY_MAX([J])',
      "ARRAY_MAX cannot be used on argument of type ARRAY<JSON> because the array's element type does not support ordering [at 1:1]",
    ],
    [
      'ARRAY_IS_DISTINCT([STRUCT(1 AS a)])',
      "ARRAY_IS_DISTINCT cannot be used on argument of type ARRAY<STRUCT<a INT64>> because the array's element type does not support grouping [at 1:1]",
    ],
    ['SUM(A)', 'Aggregate function SUM not allowed in standalone expression [at 1:1]'],
    [
      'BIT_REVERSE(S, true)',
      'No matching signature for function SPANNER:BIT_REVERSE for argument types: STRING, BOOL. Supported signature: BIT_REVERSE(INT64, BOOL) [at 1:1]',
    ],
    [
      'PENDING_COMMIT_TIMESTAMP(1)',
      'Number of arguments does not match for function SPANNER:PENDING_COMMIT_TIMESTAMP. Supported signature: PENDING_COMMIT_TIMESTAMP() [at 1:1]',
    ],
    ["ASCII('a')", 'Unsupported built-in function: ASCII'],
    ["+'a'", 'Operands of + must be numeric type but was STRING [at 1:2]'],
    ['A IS DISTINCT FROM 1', 'IS DISTINCT FROM is not supported [at 1:3]'],
    ['A B', 'Syntax error: Expected end of input but got identifier "B" [at 1:3]'],
  ])('%s', (text, message) => {
    expect(analyze(text)).toBe(`ERR ${message}`);
  });
});

test('errors quote the source line with a caret under the column', () => {
  expect(() => parseAndAnalyzeExpression({ columns, text: 'A +\n  X' })).toThrow(
    'Unrecognized name: X [at 2:3]\n  X\n  ^',
  );
});

test('long lines are cut around the error', () => {
  const text = `${'A + '.repeat(30)}Nope`;
  expect(() => parseAndAnalyzeExpression({ columns, text })).toThrow(
    /Unrecognized name: Nope \[at 1:121\]\n\.\.\.A \+ .*Nope\n {2,}\^$/,
  );
});

describe('casts and trims Spanner refuses', () => {
  test.each([
    [
      'CAST(AI AS ARRAY<FLOAT64>)',
      'ERR Casting between arrays with incompatible element types is not supported: Invalid cast from ARRAY<INT64> to ARRAY<FLOAT64> [at 1:6]',
    ],
    [
      'CAST(AS2 AS ARRAY<BYTES>)',
      'ERR Casting between arrays with incompatible element types is not supported: Invalid cast from ARRAY<STRING> to ARRAY<BYTES> [at 1:6]',
    ],
    ['CAST(AI AS ARRAY<INT64>)', 'ARRAY<INT64>'],
    ["CAST('1' AS INT64 FORMAT '9')", 'ERR CAST with FORMAT is not supported [at 1:19]'],
    [
      'TRIM(BS)',
      'ERR No matching signature for function TRIM for argument types: BYTES. Supported signatures: TRIM(STRING, [STRING]); TRIM(BYTES, BYTES) [at 1:1]',
    ],
    ["LTRIM(BS, b'a')", 'BYTES'],
  ])('%s', (text, expected) => {
    expect(analyze(text)).toBe(expected);
  });
});
