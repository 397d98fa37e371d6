/**
 * Result rows to the wire: the row type of the metadata and each row's values, as the official
 * emulator's reads_test.cc expects them (NULLs, FLOAT64 numbers, duplicate column names, empty
 * results with every type), and the ResultSets encode as valid protos.
 */
import { ResultSet } from '../../generated/google/spanner/v1/result_set';
import { Type, TypeCode } from '../../generated/google/spanner/v1/type';
import { resultSetMetadata, resultSetToProto, rowToProto } from '../../src/convert/result-sets';
import {
  arrayOf,
  BOOL,
  BYTES,
  DATE,
  FLOAT32,
  FLOAT64,
  INT64,
  STRING,
  structOf,
  TIMESTAMP,
} from '../../src/engine/query/analyzer/sql-type';
import { timestampValue } from '../../src/types/spanner-value';

const field = (name: string, code: TypeCode) => ({ name, type: Type.fromPartial({ code }) });

const COLUMNS = [
  { name: 'int64', type: INT64 },
  { name: 'bool', type: BOOL },
  { name: 'double', type: FLOAT64 },
  { name: 'string', type: STRING },
  { name: 'string', type: STRING },
];

test('metadata and rows, as the emulator converts a row cursor', () => {
  const result = resultSetToProto(COLUMNS, [
    [1n, true, 1.234, 'Test', null],
    [2n, true, 0, '', null],
    [3n, false, -9.999, 'Key:Value', null],
  ]);
  expect(result.metadata!.rowType!.fields).toEqual([
    field('int64', TypeCode.INT64),
    field('bool', TypeCode.BOOL),
    field('double', TypeCode.FLOAT64),
    field('string', TypeCode.STRING),
    field('string', TypeCode.STRING),
  ]);
  expect(result.rows).toEqual([
    ['1', true, 1.234, 'Test', null],
    ['2', true, 0, '', null],
    ['3', false, -9.999, 'Key:Value', null],
  ]);
  expect(ResultSet.decode(ResultSet.encode(result).finish())).toEqual(result);
});

test('FLOAT32 values go out as numbers, or the special strings', () => {
  expect(
    rowToProto(
      [Math.fround(1.1), NaN, -Infinity],
      [FLOAT32, FLOAT32, FLOAT32].map((type) => ({ name: 'f', type })),
    ),
  ).toEqual([Math.fround(1.1), 'NaN', '-Infinity']);
});

test('an empty result still has its row type, for every type', () => {
  const columns = [
    { name: 'int64', type: INT64 },
    { name: 'bytes', type: BYTES },
    { name: 'timestamp', type: TIMESTAMP },
    { name: 'date', type: DATE },
    { name: 'array', type: arrayOf(INT64) },
    {
      name: 'struct',
      type: arrayOf(
        structOf([
          { name: 'element1', type: INT64 },
          { name: 'element2', type: INT64 },
        ]),
      ),
    },
  ];
  const result = resultSetToProto(columns, []);
  expect(result.rows).toEqual([]);
  expect(result.metadata).toEqual(resultSetMetadata(columns));
  const structField = result.metadata!.rowType!.fields[5].type!;
  expect(structField.code).toBe(TypeCode.ARRAY);
  expect(structField.arrayElementType!.structType!.fields.map((f) => f.name)).toEqual(['element1', 'element2']);
  expect(ResultSet.decode(ResultSet.encode(result).finish())).toEqual(result);
});

test('a row must have one value per column', () => {
  expect(() => rowToProto([1n], COLUMNS)).toThrow('Row of 1 values for 5 columns');
  expect(rowToProto([timestampValue(0n)], [{ name: 't', type: TIMESTAMP }])).toEqual(['1970-01-01T00:00:00Z']);
});
