/**
 * Array functions, the array constructor and positional access, with NULL and NaN handling as
 * Spanner's emulator shows it.
 */

import { arrayOf, scalar } from '../../../src/engine/query/analyzer/index';
import { evaluateSql, evaluationErrorOf } from '../../support/evaluate';

const INT64_ARRAY = arrayOf(scalar('INT64'));

describe('array functions', () => {
  test.each([
    ['ARRAY_LENGTH([1,2])', 2n],
    ['ARRAY_LENGTH(CAST(NULL AS ARRAY<INT64>))', null],
    ['ARRAY_CONCAT([1],[2,3],[])', [1n, 2n, 3n]],
    ['ARRAY_CONCAT([1], CAST(NULL AS ARRAY<INT64>))', null],
    ['ARRAY_CONCAT([STRUCT(1 AS a)], [STRUCT(2 AS a)])', [[1n], [2n]]],
    ['ARRAY_REVERSE([1,2,3])', [3n, 2n, 1n]],
    ['ARRAY_REVERSE(CAST(NULL AS ARRAY<INT64>))', null],
    ['ARRAY_FIRST([1,2])', 1n],
    ['ARRAY_LAST([1,2])', 2n],
    ['ARRAY_FIRST([CAST(NULL AS INT64)])', null],
    ["ARRAY_TO_STRING(['a',NULL,'b'], ',')", 'a,b'],
    ["ARRAY_TO_STRING(['a',NULL,'b'], ',', 'N')", 'a,N,b'],
    ["ARRAY_TO_STRING(['a'], NULL)", null],
    ["ARRAY_TO_STRING(['a',NULL], ',', NULL)", null],
    ["ARRAY_TO_STRING(ARRAY<STRING>[], ',')", ''],
    ['ARRAY_MIN([3,1,NULL,2])', 1n],
    ['ARRAY_MAX([3,1,NULL,2])', 3n],
    ['ARRAY_MIN(ARRAY<INT64>[NULL])', null],
    ['ARRAY_MAX(ARRAY<FLOAT64>[])', null],
    ["ARRAY_MIN([1.5, CAST('nan' AS FLOAT64)])", Number.NaN],
    ["ARRAY_MAX([1.5, CAST('nan' AS FLOAT64)])", Number.NaN],
    ["ARRAY_MAX([CAST('-inf' AS FLOAT64), 1.0])", 1],
    ["ARRAY_MIN(['b','a'])", 'a'],
    ["ARRAY_MIN([DATE '2020-01-01', DATE '2019-01-01'])", '2019-01-01'],
    ['ARRAY_MIN([true, false])', false],
    ["ARRAY_MIN([NUMERIC '1.5', NUMERIC '-2'])", '-2'],
    ['ARRAY_SLICE([1,2,3,4,5], 1, 3)', [2n, 3n, 4n]],
    ['ARRAY_SLICE([1,2,3,4,5], -3, -1)', [3n, 4n, 5n]],
    ['ARRAY_SLICE([1,2,3,4,5], 3, 1)', []],
    ['ARRAY_SLICE([1,2,3,4,5], -10, 10)', [1n, 2n, 3n, 4n, 5n]],
    ['ARRAY_SLICE([1,2,3], NULL, 1)', null],
    ['ARRAY_SLICE([1,2,3,4,5], 1, -1)', [2n, 3n, 4n, 5n]],
    ['ARRAY_SLICE([1,2,3,4,5], -1, 1)', []],
    ['ARRAY_IS_DISTINCT([1,2,1])', false],
    ['ARRAY_IS_DISTINCT([1,NULL,NULL])', false],
    ['ARRAY_IS_DISTINCT(ARRAY<INT64>[])', true],
    ['ARRAY_IS_DISTINCT([1, 2])', true],
    ["ARRAY_IS_DISTINCT([1.0, CAST('nan' AS FLOAT64), CAST('nan' AS FLOAT64)])", false],
    ['ARRAY_IS_DISTINCT([0.0, -0.0])', false],
    ['ARRAY_IS_DISTINCT(CAST(NULL AS ARRAY<INT64>))', null],
    ['ARRAY_INCLUDES([1,2], 2)', true],
    ['ARRAY_INCLUDES([1,NULL], 3)', false],
    ['ARRAY_INCLUDES([1,2], NULL)', null],
    ['ARRAY_INCLUDES(CAST(NULL AS ARRAY<INT64>), 1)', null],
    ["ARRAY_INCLUDES([CAST('nan' AS FLOAT64)], CAST('nan' AS FLOAT64))", false],
    ['ARRAY_INCLUDES([STRUCT(1 AS a)], STRUCT(1 AS a))', true],
    ['ARRAY_INCLUDES_ANY([1,2],[3,2])', true],
    ['ARRAY_INCLUDES_ANY([1,NULL],[NULL])', false],
    ['ARRAY_INCLUDES_ANY([1],ARRAY<INT64>[])', false],
    ['ARRAY_INCLUDES_ANY([1], CAST(NULL AS ARRAY<INT64>))', null],
    ['ARRAY_INCLUDES_ALL([1,2],[2,1])', true],
    ['ARRAY_INCLUDES_ALL([1,2],ARRAY<INT64>[])', true],
    ['ARRAY_INCLUDES_ALL([1,2],[NULL])', false],
  ])('%s', (sql, expected) => {
    expect(evaluateSql(sql)).toEqual(expected);
  });

  test('ARRAY_TO_STRING joins BYTES', () => {
    expect(Buffer.from(evaluateSql("ARRAY_TO_STRING([b'a',b'b'], b'-')") as Uint8Array).toString()).toBe('a-b');
  });

  test.each([
    ['ARRAY_FIRST(ARRAY<INT64>[])', 'ARRAY_FIRST cannot get the first element of an empty array'],
    ['ARRAY_LAST(ARRAY<INT64>[])', 'ARRAY_LAST cannot get the last element of an empty array'],
  ])('%s fails', (sql, message) => {
    expect(evaluationErrorOf(sql)).toBe(`OUT_OF_RANGE: ${message}`);
  });
});

describe('array constructor and positional access', () => {
  test('[a, b] builds an array, NULL elements included', () => {
    expect(evaluateSql('[1, NULL, 3]')).toEqual([1n, null, 3n]);
  });

  test.each([
    ['[1,2][SAFE_OFFSET(5)]', null],
    ['[1,2][OFFSET(NULL)]', null],
    ['[1,2][SAFE_ORDINAL(0)]', null],
    ['[1,2][ORDINAL(2)]', 2n],
    ['[1,2][OFFSET(0)]', 1n],
    ['CAST(NULL AS ARRAY<INT64>)[OFFSET(9)]', null],
  ])('%s', (sql, expected) => {
    expect(evaluateSql(sql)).toEqual(expected);
  });

  test.each([
    ['[1,2][OFFSET(5)]', 'Array index 5 is out of bounds'],
    ['[1,2][ORDINAL(0)]', 'Array index 0 is out of bounds'],
    ['[1,2][OFFSET(-1)]', 'Array index -1 is out of bounds'],
  ])('%s fails', (sql, message) => {
    expect(evaluationErrorOf(sql)).toBe(`OUT_OF_RANGE: ${message}`);
  });

  test('a column array indexed by a parameter', () => {
    const options = { row: { a: [INT64_ARRAY, [5n, 6n]] as const }, params: { i: [scalar('INT64'), 1n] as const } };
    expect(evaluateSql('a[OFFSET(@i)]', options)).toBe(6n);
  });
});
