/**
 * The evaluator's core: literals, columns, parameters, structs, comparisons with three-valued
 * logic, short-circuiting AND/OR/IF/COALESCE/CASE, NULLIF, ERROR and SAFE. Outcomes were checked
 * against Spanner's emulator.
 */

import { scalar } from '../../../src/engine/query/analyzer/index';
import { evaluateSql, evaluationErrorOf } from '../../support/evaluate';

const INT64 = scalar('INT64');
const FLOAT64 = scalar('FLOAT64');
const STRING = scalar('STRING');

describe('literals, columns and parameters', () => {
  test('literals keep their engine representation', () => {
    expect(evaluateSql('42')).toBe(42n);
    expect(evaluateSql("'abc'")).toBe('abc');
    expect(evaluateSql('TRUE')).toBe(true);
    expect(evaluateSql('NULL')).toBeNull();
  });

  test('columns are read by name from the row', () => {
    const row = { A: [INT64, 7n], S: [STRING, 'x'] } as const;
    expect(evaluateSql('a', { row })).toBe(7n);
    expect(evaluateSql('S', { row })).toBe('x');
  });

  test('parameters bind by name, any case; a missing one is INVALID_ARGUMENT', () => {
    expect(evaluateSql('@P', { params: { p: [INT64, 5n] } })).toBe(5n);
    expect(evaluationErrorOf('@missing')).toBe('INVALID_ARGUMENT: No parameter found for binding: missing');
  });

  test('struct constructors and field access', () => {
    expect(evaluateSql("STRUCT(1 AS a, 'x' AS b).b")).toBe('x');
    expect(evaluateSql('(1, 2)')).toEqual([1n, 2n]);
  });
});

describe('comparisons', () => {
  test.each([
    ['1 = 1', true],
    ['1 = 2', false],
    ['1 = CAST(NULL AS INT64)', null],
    ['1 != 2', true],
    ['CAST(NULL AS INT64) != 2', null],
    ["'a' < 'b'", true],
    ['2 <= 1', false],
    ['3 > 2', true],
    ['3 >= 3', true],
    ['2 BETWEEN 1 AND 3', true],
    ['5 BETWEEN 1 AND 3', false],
    ['5 BETWEEN NULL AND 3', false],
    ['2 BETWEEN NULL AND 3', null],
    ['2 IN (1, 2)', true],
    ['3 IN (1, 2)', false],
    ['3 IN (1, NULL)', null],
    ['NULL IN (1)', null],
    ['NULL IS NULL', true],
    ['1 IS NOT NULL', true],
    ['NULL IS TRUE', false],
    ['FALSE IS FALSE', true],
    ['NOT TRUE', false],
    ['NOT CAST(NULL AS BOOL)', null],
  ])('%s is %p', (text, expected) => {
    expect(evaluateSql(text)).toBe(expected);
  });

  test('NaN equals nothing and orders nowhere; -0 equals 0', () => {
    const row = { N: [FLOAT64, Number.NaN], Z: [FLOAT64, -0] } as const;
    expect(evaluateSql('N = N', { row })).toBe(false);
    expect(evaluateSql('N < 1', { row })).toBe(false);
    expect(evaluateSql('N > 1', { row })).toBe(false);
    expect(evaluateSql('Z = 0', { row })).toBe(true);
  });

  test('strings compare by code point, not UTF-16 unit', () => {
    expect(evaluateSql("'\u{1F600}' > '\uFFFD'")).toBe(true);
  });

  test('structs compare field by field', () => {
    expect(evaluateSql('(1, 2) = (1, 2)')).toBe(true);
    expect(evaluateSql('(1, 2) = (1, 3)')).toBe(false);
    expect(evaluateSql('(1, NULL) = (1, 3)')).toBeNull();
    expect(evaluateSql('(2, NULL) = (1, 3)')).toBe(false);
  });
});

describe('logic and conditionals', () => {
  test.each([
    ['TRUE AND NULL', null],
    ['FALSE AND NULL', false],
    ['TRUE OR NULL', true],
    ['FALSE OR NULL', null],
    ['TRUE AND TRUE AND FALSE', false],
  ])('%s is %p', (text, expected) => {
    expect(evaluateSql(text)).toBe(expected);
  });

  test('only the branch taken is evaluated', () => {
    expect(evaluateSql("IF(TRUE, 1, ERROR('no'))")).toBe(1n);
    expect(evaluateSql("FALSE AND ERROR('no') = 1")).toBe(false);
    expect(evaluateSql("TRUE OR ERROR('no') = 1")).toBe(true);
    expect(evaluateSql("COALESCE(NULL, 2, ERROR('no'))")).toBe(2n);
    expect(evaluateSql("IFNULL(3, ERROR('no'))")).toBe(3n);
    expect(evaluateSql("CASE WHEN FALSE THEN ERROR('no') WHEN TRUE THEN 'b' END")).toBe('b');
    expect(evaluateSql("CASE 2 WHEN 1 THEN 'a' WHEN 2 THEN 'b' ELSE ERROR('no') END")).toBe('b');
  });

  test('CASE without a match and without ELSE is NULL; NULL never matches a WHEN value', () => {
    expect(evaluateSql("CASE WHEN FALSE THEN 'a' END")).toBeNull();
    expect(evaluateSql("CASE NULL WHEN NULL THEN 'a' ELSE 'b' END")).toBe('b');
    expect(evaluateSql('IF(NULL, 1, 2)')).toBe(2n);
  });

  test('NULLIF', () => {
    expect(evaluateSql('NULLIF(1, 1)')).toBeNull();
    expect(evaluateSql('NULLIF(1, 2)')).toBe(1n);
    expect(evaluateSql('NULLIF(NULL, 2)')).toBeNull();
  });

  test('ERROR raises its message as OUT_OF_RANGE', () => {
    expect(evaluationErrorOf("ERROR('boom')")).toBe('OUT_OF_RANGE: boom');
  });

  test('SAFE turns evaluation errors into NULL', () => {
    expect(evaluateSql("SAFE.ERROR('boom')")).toBeNull();
  });
});

test('ERROR(NULL) has its own message', () => {
  expect(evaluationErrorOf('ERROR(NULL)')).toBe('OUT_OF_RANGE: ERROR function called with NULL value');
});
