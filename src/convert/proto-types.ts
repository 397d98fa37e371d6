/**
 * PROTO and ENUM on the wire: the type names its message or enum by full name
 * (`protoTypeFqn`); a PROTO value is its serialized message in base64 (like BYTES), an ENUM value
 * its number as decimal text (an int32, read like INT64 text).
 */
import { TypeCode, type Type } from '../../generated/google/spanner/v1/type';
import { enumType, protoType, type SqlType } from '../engine/query/analyzer/sql-type';
import { protoTypesNotSupported } from '../errors/wire-value-errors';
import { base64Decode, base64Encode } from './wire-base64';
import { int64FromText } from './wire-numbers';

/** The engine type of a PROTO or ENUM wire type (`code` one of them). */
export function protoTypeFromProto(type: Type): SqlType {
  if (type.protoTypeFqn === '') throw protoTypesNotSupported(type.code);
  return type.code === TypeCode.ENUM ? enumType(type.protoTypeFqn) : protoType(type.protoTypeFqn);
}

/** A PROTO value's bytes, or null when the text is not base64. */
export function protoValueFromText(text: string): Uint8Array | null {
  return base64Decode(text);
}

export function protoValueToText(bytes: Uint8Array): string {
  return base64Encode(bytes);
}

const INT32_MIN = -(2n ** 31n);
const INT32_MAX = 2n ** 31n - 1n;

/** An ENUM value's number, or null when the text is not an int32. */
export function enumValueFromText(text: string): bigint | null {
  const n = int64FromText(text);
  return n === null || n < INT32_MIN || n > INT32_MAX ? null : n;
}

export function enumValueToText(n: bigint): string {
  return n.toString();
}
