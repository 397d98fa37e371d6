/**
 * Engine types to and from google.spanner.v1.Type: the official emulator's table
 * (frontend/converters/types_test.cc) both ways for the types the engine has, and the refusals:
 * missing codes, arrays without element types, arrays of arrays, PostgreSQL annotations, a PROTO
 * or ENUM without its type name, TOKENLIST in results. The converted types encode as valid protos.
 */
import { Type, TypeAnnotationCode, TypeCode } from '../../generated/google/spanner/v1/type';
import { typeFromProto, typeToProto } from '../../src/convert/types';
import {
  arrayOf,
  enumType,
  protoType,
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

/** A wire Type with the defaults ts-proto fills in. */
function t(code: TypeCode, extra: Partial<Type> = {}): Type {
  return Type.fromPartial({ code, ...extra });
}

const STR_INT = structOf([
  { name: 'str', type: STRING },
  { name: 'int', type: INT64 },
]);
const STR_INT_WIRE = t(TypeCode.STRUCT, {
  structType: {
    fields: [
      { name: 'str', type: t(TypeCode.STRING) },
      { name: 'int', type: t(TypeCode.INT64) },
    ],
  },
});

const cases: [string, SqlType, Type][] = [
  ['BOOL', BOOL, t(TypeCode.BOOL)],
  ['INT64', INT64, t(TypeCode.INT64)],
  ['FLOAT32', FLOAT32, t(TypeCode.FLOAT32)],
  ['FLOAT64', FLOAT64, t(TypeCode.FLOAT64)],
  ['TIMESTAMP', TIMESTAMP, t(TypeCode.TIMESTAMP)],
  ['NUMERIC', NUMERIC, t(TypeCode.NUMERIC)],
  ['JSON', JSON_TYPE, t(TypeCode.JSON)],
  ['DATE', DATE, t(TypeCode.DATE)],
  ['STRING', STRING, t(TypeCode.STRING)],
  ['BYTES', BYTES, t(TypeCode.BYTES)],
  ['INTERVAL', INTERVAL, t(TypeCode.INTERVAL)],
  ['UUID', scalar('UUID'), t(TypeCode.UUID)],
  ['ARRAY<INT64>', arrayOf(INT64), t(TypeCode.ARRAY, { arrayElementType: t(TypeCode.INT64) })],
  ['ARRAY<NUMERIC>', arrayOf(NUMERIC), t(TypeCode.ARRAY, { arrayElementType: t(TypeCode.NUMERIC) })],
  ['ARRAY<JSON>', arrayOf(JSON_TYPE), t(TypeCode.ARRAY, { arrayElementType: t(TypeCode.JSON) })],
  ['ARRAY<INTERVAL>', arrayOf(INTERVAL), t(TypeCode.ARRAY, { arrayElementType: t(TypeCode.INTERVAL) })],
  ['STRUCT<>', structOf([]), t(TypeCode.STRUCT, { structType: { fields: [] } })],
  ['STRUCT<str STRING, int INT64>', STR_INT, STR_INT_WIRE],
  ['ARRAY<STRUCT<...>>', arrayOf(STR_INT), t(TypeCode.ARRAY, { arrayElementType: STR_INT_WIRE })],
  [
    'ARRAY<STRUCT<>>',
    arrayOf(structOf([])),
    t(TypeCode.ARRAY, { arrayElementType: t(TypeCode.STRUCT, { structType: { fields: [] } }) }),
  ],
  [
    'STRUCT with an unnamed field',
    structOf([{ name: null, type: INT64 }]),
    t(TypeCode.STRUCT, { structType: { fields: [{ name: '', type: t(TypeCode.INT64) }] } }),
  ],
];

test.each(cases)('%s both ways', (_name, type, wire) => {
  expect(typeToProto(type)).toEqual(wire);
  expect(typeFromProto(wire)).toEqual(type);
  expect(Type.decode(Type.encode(typeToProto(type)).finish())).toEqual(wire);
});

test('a STRUCT type without struct_type is the empty struct, as protobuf defaults it', () => {
  expect(typeFromProto(t(TypeCode.STRUCT))).toEqual(structOf([]));
});

const INVALID = Code.INVALID_ARGUMENT;
const refusals: [string, Type | undefined, Code, string][] = [
  ['no type at all', undefined, INVALID, 'Type code must be specified, found '],
  ['code unspecified', t(TypeCode.TYPE_CODE_UNSPECIFIED), INVALID, 'Type code must be specified, found '],
  ['unrecognized code', t(TypeCode.UNRECOGNIZED), INVALID, 'Type code must be specified, found code: UNRECOGNIZED'],
  [
    'ARRAY without element type',
    t(TypeCode.ARRAY),
    INVALID,
    'Array types must specify element type, found code: ARRAY',
  ],
  [
    'ARRAY of ARRAY',
    t(TypeCode.ARRAY, { arrayElementType: t(TypeCode.ARRAY, { arrayElementType: t(TypeCode.INT64) }) }),
    INVALID,
    'Array of array types are not supported',
  ],
  [
    'ARRAY whose element has no code',
    t(TypeCode.ARRAY, { arrayElementType: t(TypeCode.TYPE_CODE_UNSPECIFIED) }),
    INVALID,
    'Type code must be specified, found ',
  ],
  [
    'STRUCT field without a type',
    t(TypeCode.STRUCT, { structType: { fields: [{ name: 'a', type: undefined }] } }),
    INVALID,
    'Type code must be specified, found ',
  ],
  [
    'PostgreSQL NUMERIC',
    t(TypeCode.NUMERIC, { typeAnnotation: TypeAnnotationCode.PG_NUMERIC }),
    Code.UNIMPLEMENTED,
    'Type annotation PG_NUMERIC (PostgreSQL dialect) is not supported by this emulator.',
  ],
  [
    'PROTO without its type name',
    t(TypeCode.PROTO),
    Code.UNIMPLEMENTED,
    'PROTO types in requests and results are not supported yet.',
  ],
];

test('PROTO and ENUM types name their message or enum, both ways', () => {
  const user = t(TypeCode.PROTO, { protoTypeFqn: 'customer.app.User' });
  const states = t(TypeCode.ARRAY, { arrayElementType: t(TypeCode.ENUM, { protoTypeFqn: 'customer.app.State' }) });
  expect(typeFromProto(user)).toEqual(protoType('customer.app.User'));
  expect(typeFromProto(states)).toEqual(arrayOf(enumType('customer.app.State')));
  expect(typeToProto(protoType('customer.app.User'))).toEqual(user);
  expect(typeToProto(arrayOf(enumType('customer.app.State')))).toEqual(states);
});

test.each(refusals)('refused: %s', (_name, wire, code, message) => {
  expect(refusal(() => typeFromProto(wire))).toEqual({ code, message });
});

test('TOKENLIST never reaches a result', () => {
  expect(refusal(() => typeToProto(arrayOf(scalar('TOKENLIST'))))).toEqual({
    code: INVALID,
    message: 'TOKENLIST is an internal-only type and cannot be returned to the user by SQL query.',
  });
});
