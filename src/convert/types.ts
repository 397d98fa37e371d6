/**
 * Engine types (SqlType) to and from google.spanner.v1.Type: result metadata goes out through
 * typeToProto, query parameter types come in through typeFromProto. Malformed wire types get the
 * official emulator's errors (no code, an ARRAY without its element type, an array of arrays);
 * PostgreSQL type annotations are refused (GoogleSQL databases only), PROTO and ENUM are not
 * supported yet (proto-types.ts), TOKENLIST never leaves the engine.
 */
import { StructType_Field, Type, TypeAnnotationCode, TypeCode } from '../../generated/google/spanner/v1/type';
import { assertNever } from '../errors/assert-never';
import {
  arrayOfArrayType,
  arrayTypeMustSpecifyElementType,
  projectTokenlistNotAllowed,
  typeAnnotationNotSupported,
  unspecifiedType,
} from '../errors/wire-value-errors';
import { arrayOf, scalar, ScalarKind, SqlType, structOf } from '../engine/query/analyzer/sql-type';
import { protoTypeFromProto } from './proto-types';
import { wireTypeText } from './type-text';

function wireType(code: TypeCode, extra: Partial<Type> = {}): Type {
  return {
    code,
    arrayElementType: undefined,
    structType: undefined,
    typeAnnotation: TypeAnnotationCode.TYPE_ANNOTATION_CODE_UNSPECIFIED,
    protoTypeFqn: '',
    ...extra,
  };
}

function scalarCode(name: ScalarKind): TypeCode {
  switch (name) {
    case 'TOKENLIST':
      throw projectTokenlistNotAllowed();
    default:
      return TypeCode[name];
  }
}

export function typeToProto(type: SqlType): Type {
  switch (type.kind) {
    case 'scalar':
      return wireType(scalarCode(type.name));
    case 'array':
      return wireType(TypeCode.ARRAY, { arrayElementType: typeToProto(type.element) });
    case 'struct':
      return wireType(TypeCode.STRUCT, {
        structType: { fields: type.fields.map((f) => ({ name: f.name ?? '', type: typeToProto(f.type) })) },
      });
    case 'proto':
      return wireType(TypeCode.PROTO, { protoTypeFqn: type.name });
    case 'enum':
      return wireType(TypeCode.ENUM, { protoTypeFqn: type.name });
    default:
      return assertNever(type, 'type');
  }
}

const SCALAR_CODES: ReadonlyMap<TypeCode, ScalarKind> = new Map<TypeCode, ScalarKind>([
  [TypeCode.BOOL, 'BOOL'],
  [TypeCode.INT64, 'INT64'],
  [TypeCode.FLOAT64, 'FLOAT64'],
  [TypeCode.FLOAT32, 'FLOAT32'],
  [TypeCode.NUMERIC, 'NUMERIC'],
  [TypeCode.STRING, 'STRING'],
  [TypeCode.BYTES, 'BYTES'],
  [TypeCode.DATE, 'DATE'],
  [TypeCode.TIMESTAMP, 'TIMESTAMP'],
  [TypeCode.JSON, 'JSON'],
  [TypeCode.INTERVAL, 'INTERVAL'],
  [TypeCode.UUID, 'UUID'],
]);

/** The engine type of a wire type; throws Spanner's error when it is malformed or unsupported. */
export function typeFromProto(type: Type | undefined): SqlType {
  if (type === undefined) throw unspecifiedType('');
  const annotation = type.typeAnnotation;
  if (annotation !== undefined && annotation !== TypeAnnotationCode.TYPE_ANNOTATION_CODE_UNSPECIFIED) {
    throw typeAnnotationNotSupported(annotation);
  }
  const name = SCALAR_CODES.get(type.code);
  if (name !== undefined) return scalar(name);
  switch (type.code) {
    case TypeCode.ARRAY:
      return arrayFromProto(type);
    case TypeCode.STRUCT:
      return structOf((type.structType?.fields ?? []).map(fieldFromProto));
    case TypeCode.PROTO:
    case TypeCode.ENUM:
      return protoTypeFromProto(type);
    default:
      throw unspecifiedType(wireTypeText(type));
  }
}

function arrayFromProto(type: Type): SqlType {
  if (type.arrayElementType === undefined) throw arrayTypeMustSpecifyElementType(wireTypeText(type));
  const element = typeFromProto(type.arrayElementType);
  if (element.kind === 'array') throw arrayOfArrayType();
  return arrayOf(element);
}

function fieldFromProto(field: StructType_Field): { name: string | null; type: SqlType } {
  return { name: field.name === '' ? null : field.name, type: typeFromProto(field.type) };
}
