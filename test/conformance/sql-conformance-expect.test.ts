/**
 * The SQL conformance runner's own judging rules (corpus README, "Expectations"): value comparison
 * by the reported type, row modes, counts, errors and both REST error body shapes. The runner gates
 * the not-built list, so a rule that is too lenient would let a wrong answer count as a pass.
 */
import type { Expectation } from './sql-conformance-cases';
import { checkExpectation, timestampNanos, type ResultSetJson, type StepOutcome } from './sql-conformance-expect';
import { errorOf } from './sql-conformance-rest';
import type { TypeJson } from './sql-conformance-values';

const t = (code: string): TypeJson => ({ code });
const array = (element: TypeJson): TypeJson => ({ code: 'ARRAY', arrayElementType: element });

function resultSet(types: TypeJson[], rows: unknown[][], stats?: ResultSetJson['stats']): StepOutcome {
  return {
    error: null,
    resultSet: { metadata: { rowType: { fields: types.map((type) => ({ type })) } }, rows, stats },
  };
}

function matches(type: TypeJson, actual: unknown, expected: unknown): boolean {
  return checkExpectation({ rows: [[expected as null]], ordered: true }, resultSet([type], [[actual]])) === null;
}

describe('values are compared by the type the server reports', () => {
  test('TIMESTAMP ignores trailing zero fraction digits only', () => {
    expect(matches(t('TIMESTAMP'), '2023-06-15T12:34:56.789000Z', '2023-06-15T12:34:56.789Z')).toBe(true);
    expect(matches(t('TIMESTAMP'), '2023-06-15T12:34:56.000Z', '2023-06-15T12:34:56Z')).toBe(true);
    expect(matches(t('TIMESTAMP'), '2023-06-15T12:34:56.7891Z', '2023-06-15T12:34:56.789Z')).toBe(false);
  });

  test('NUMERIC as a canonical decimal', () => {
    expect(matches(t('NUMERIC'), '1.50', '1.5')).toBe(true);
    expect(matches(t('NUMERIC'), '-0.0', '0')).toBe(true);
    expect(matches(t('NUMERIC'), '007', '7')).toBe(true);
    expect(matches(t('NUMERIC'), '1.5', '-1.5')).toBe(false);
  });

  test('FLOAT64 as numbers, NaN equal to NaN; FLOAT32 at single precision', () => {
    expect(matches(t('FLOAT64'), 'NaN', 'NaN')).toBe(true);
    expect(matches(t('FLOAT64'), '-Infinity', '-Infinity')).toBe(true);
    expect(matches(t('FLOAT64'), 1, 1.0)).toBe(true);
    expect(matches(t('FLOAT64'), 0.1, 0.10000000000000002)).toBe(false);
    expect(matches(t('FLOAT64'), true, 'NaN')).toBe(false);
    expect(matches(t('FLOAT32'), Math.fround(0.1), 0.1)).toBe(true);
    expect(matches(t('FLOAT32'), 0.1, 0.2)).toBe(false);
  });

  test('everything else as exact JSON: INT64 is a string, BYTES its base64 text', () => {
    expect(matches(t('INT64'), '1', '1')).toBe(true);
    expect(matches(t('INT64'), '1', 1)).toBe(false);
    expect(matches(t('BYTES'), 'YWJj', 'YWJj')).toBe(true);
    expect(matches(t('JSON'), '{"a":1}', '{"a": 1}')).toBe(false);
    expect(matches(t('STRING'), null, null)).toBe(true);
    expect(matches(t('STRING'), null, '')).toBe(false);
  });

  test('ARRAY and STRUCT element by element with their element and field types', () => {
    expect(matches(array(t('TIMESTAMP')), ['2000-01-01T00:00:00.100Z', null], ['2000-01-01T00:00:00.1Z', null])).toBe(
      true,
    );
    expect(matches(array(t('INT64')), ['1', '2'], ['1'])).toBe(false);
    const struct: TypeJson = {
      code: 'STRUCT',
      structType: { fields: [{ type: t('NUMERIC') }, { type: t('STRING') }] },
    };
    expect(matches(array(struct), [['2.0', 'a']], [['2', 'a']])).toBe(true);
    expect(matches(array(struct), [['2.0', 'a']], [['2', 'b']])).toBe(false);
  });
});

describe('rows, types and counts', () => {
  const outcome = resultSet([t('INT64')], [['1'], ['2'], ['2']]);
  const check = (expect: Expectation, actual = outcome) => checkExpectation(expect, actual);

  test('ordered, multiset and contains', () => {
    expect(check({ rows: [['1'], ['2'], ['2']], ordered: true })).toBeNull();
    expect(check({ rows: [['2'], ['1'], ['2']], ordered: true })).toMatch(/expected rows \(ordered\)/);
    expect(check({ rows: [['2'], ['1'], ['2']], ordered: false })).toBeNull();
    expect(check({ rows: [['2'], ['1'], ['1']], ordered: false })).toMatch(/multiset/);
    expect(check({ rows: [['2'], ['1']], ordered: false })).toMatch(/multiset/);
    expect(check({ rows: [['2'], ['2']], ordered: false, contains: true })).toBeNull();
    expect(check({ rows: [['3']], ordered: false, contains: true })).toMatch(/contains/);
  });

  test('column types: codes, ARRAY<elem>, null not checked, count must match', () => {
    const typed = resultSet([t('INT64'), array(t('STRING')), t('BOOL')], []);
    expect(check({ types: ['INT64', 'ARRAY<STRING>', null] }, typed)).toBeNull();
    expect(check({ types: ['INT64', 'ARRAY<BYTES>', null] }, typed)).toMatch(/column types/);
    expect(check({ types: ['INT64'] }, typed)).toMatch(/column types/);
    expect(check({ types: ['INT64'] }, resultSet([{ code: 2 }], []))).toBeNull();
  });

  test('row counts, batch result sets and read timestamps', () => {
    expect(check({ rowCount: '3' }, resultSet([], [], { rowCountExact: '3' }))).toBeNull();
    expect(check({ rowCount: 2 }, resultSet([], [], { rowCountExact: '3' }))).toMatch(/rowCountExact 2, got 3/);
    expect(check({ rowCountLowerBound: '2' }, resultSet([], [], { rowCountExact: '2' }))).toMatch(/got none/);
    expect(check({ numRows: 3 })).toBeNull();
    const batch: StepOutcome = {
      error: { code: 'INVALID_ARGUMENT', message: 'Table not found: X' },
      resultSets: [{ stats: { rowCountExact: '1' } }, { stats: { rowCountExact: '2' } }],
    };
    expect(check({ error: { code: 'INVALID_ARGUMENT' }, resultSetCount: 2 }, batch)).toBeNull();
    expect(check({ error: { code: 'INVALID_ARGUMENT' }, resultSetCount: 1 }, batch)).toMatch(/result sets/);
    expect(check({ rowCounts: ['1', '2'] }, { ...batch, error: null })).toBeNull();
    const read = { error: null, resultSet: { metadata: { transaction: { readTimestamp: '2024-01-01T00:00:00.5Z' } } } };
    expect(check({ readTimestampNotBefore: '2024-01-01T00:00:00.500000Z' }, read)).toBeNull();
    expect(check({ readTimestampNotBefore: '2024-01-01T00:00:00.500001Z' }, read)).toMatch(/not before/);
    expect(timestampNanos('0001-01-01T00:00:00Z') < timestampNanos('1970-01-01T00:00:00.000000001Z')).toBe(true);
  });
});

describe('errors', () => {
  const failed: StepOutcome = { error: { code: 'NOT_FOUND', message: 'Table not found: Foo' }, resultSet: undefined };

  test('code names and unanchored message patterns', () => {
    expect(checkExpectation({ error: { code: 'NOT_FOUND', message: 'not found: Foo' } }, failed)).toBeNull();
    expect(checkExpectation({ error: { message: '^Table not found: Foo$' } }, failed)).toBeNull();
    expect(checkExpectation({ error: {} }, failed)).toBeNull();
    expect(checkExpectation({ error: { code: 'INVALID_ARGUMENT' } }, failed)).toMatch(/got NOT_FOUND/);
    expect(checkExpectation({ error: { message: '^not found' } }, failed)).toMatch(/matching/);
    expect(checkExpectation({ error: {} }, resultSet([], []))).toMatch(/the step succeeded/);
    expect(checkExpectation(undefined, failed)).toMatch(/unexpected error NOT_FOUND/);
    expect(checkExpectation({ rows: [] }, failed)).toMatch(/unexpected error/);
  });

  test('both REST error body shapes; anything else is not an error body', () => {
    const google = { error: { code: 404, message: 'Session not found: s', status: 'NOT_FOUND', details: [] } };
    expect(errorOf(google)).toEqual({ code: 'NOT_FOUND', message: 'Session not found: s' });
    expect(errorOf({ code: 3, message: 'Syntax error', details: [] })).toEqual({
      code: 'INVALID_ARGUMENT',
      message: 'Syntax error',
    });
    expect(errorOf({ error: 'text', code: 9, message: 'm' })).toEqual({ code: 'FAILED_PRECONDITION', message: 'm' });
    expect(errorOf({ rows: [] })).toBeNull();
    expect(errorOf('oops')).toBeNull();
  });
});
