/**
 * The shape of the typed tree an executor compiles: operators as calls of function ids, implicit
 * conversions as cast nodes, literals converted in place, columns bound by scope position; and the
 * properties column-expression rules ask of it.
 */

import {
  analyzeExpression,
  expressionDepth,
  firstNonDeterministicFunction,
  parseAndAnalyzeExpression,
  referencedColumns,
  scalar,
  type ScopeColumn,
  type TypedExpression,
} from '../../../src/engine/query/analyzer/index';
import { parseStatement } from '../../../src/sql/index';

const columns: ScopeColumn[] = [
  { name: 'A', type: scalar('INT64') },
  { name: 'S', type: scalar('STRING') },
  { name: 'D', type: scalar('DATE') },
];

const analyze = (text: string): TypedExpression => parseAndAnalyzeExpression({ columns, text });

test('a column converted for a signature is wrapped in an implicit cast', () => {
  const e = analyze('a + 1.5');
  expect(e).toMatchObject({
    kind: 'call',
    fn: '$add',
    type: { name: 'FLOAT64' },
    args: [
      { kind: 'cast', type: { name: 'FLOAT64' }, expr: { kind: 'column', index: 0, name: 'A' } },
      { kind: 'literal', value: 1.5 },
    ],
  });
});

test('a literal converted for a signature is converted in place', () => {
  const e = analyze('1 + 1.5');
  expect(e).toMatchObject({
    kind: 'call',
    args: [
      { kind: 'literal', value: 1, type: { name: 'FLOAT64' } },
      { kind: 'literal', value: 1.5 },
    ],
  });
});

test('a string literal compared with a DATE becomes a DATE constant', () => {
  expect(analyze("d = '2020-1-2'")).toMatchObject({
    fn: '$equal',
    args: [{ kind: 'column' }, { kind: 'literal', value: '2020-01-02', type: { name: 'DATE' } }],
  });
});

test('constant arrays and structs fold into literals', () => {
  expect(analyze('[1, 2]')).toMatchObject({ kind: 'literal', value: [1n, 2n] });
  expect(analyze("STRUCT(1 AS x, 'y' AS z)")).toMatchObject({ kind: 'literal', value: [1n, 'y'] });
  expect(analyze('[a, 2]')).toMatchObject({ kind: 'call', fn: '$make_array' });
});

test('NOT LIKE and IS NOT NULL wrap the positive form in $not', () => {
  expect(analyze("s NOT LIKE 'x%'")).toMatchObject({ fn: '$not', args: [{ fn: '$like' }] });
  expect(analyze('a IS NOT NULL')).toMatchObject({ fn: '$not', args: [{ fn: '$is_null' }] });
});

test('referenced columns, depth and determinism', () => {
  const e = analyze('CONCAT(s, CAST(a AS STRING), s)');
  expect(referencedColumns(e)).toEqual([1, 0]);
  expect(expressionDepth(e)).toBe(3);
  expect(firstNonDeterministicFunction(analyze('a + UNIX_MICROS(CURRENT_TIMESTAMP())'))).toBe('CURRENT_TIMESTAMP');
  expect(firstNonDeterministicFunction(analyze('UNIX_MICROS(CURRENT_TIMESTAMP())'), true)).toBeUndefined();
  expect(firstNonDeterministicFunction(analyze('GENERATE_UUID()'), true)).toBe('GENERATE_UUID');
  expect(firstNonDeterministicFunction(analyze('ABS(a)'))).toBeUndefined();
});

test('an expression parsed inside a longer statement reports positions in its own text', () => {
  const stmt = parseStatement('SELECT 1 + x', 'query');
  if (stmt.kind !== 'queryStatement' || stmt.query.body.kind !== 'select') throw new Error('unexpected parse');
  const item = stmt.query.body.columns[0];
  if (item.kind !== 'selectColumn') throw new Error('unexpected parse');
  expect(() => analyzeExpression(item.expr, { columns, text: '1 + x', baseOffset: 7 })).toThrow(
    'Unrecognized name: x [at 1:5]\n1 + x\n    ^',
  );
});
