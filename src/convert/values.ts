/**
 * Engine values (SpannerValue) to and from wire values (google.protobuf.Value as ts-proto holds
 * it), by SqlType, with Spanner's encodings: INT64 as decimal text, FLOAT64/FLOAT32 as numbers or
 * `NaN`/`Infinity`/`-Infinity`, NUMERIC, DATE, TIMESTAMP, JSON and UUID as canonical text, BYTES
 * and TOKENLIST as base64, ARRAY and STRUCT as lists. Values that do not parse get the official
 * emulator's errors. Mutations may pass `spanner.commit_timestamp()` for a TIMESTAMP column and get
 * a marker back (commit-timestamp.ts). INTERVAL has no engine form yet and is refused.
 */
import { assertNever } from '../errors/assert-never';
import { isSpannerError } from '../errors/spanner-error';
import {
  arrayElementRefused,
  couldNotParseStringAsBytes,
  couldNotParseStringAsDate,
  couldNotParseStringAsFloat32,
  couldNotParseStringAsFloat64,
  couldNotParseStringAsInteger,
  couldNotParseStringAsJson,
  couldNotParseStringAsNumeric,
  couldNotParseStringAsTimestamp,
  couldNotParseStringAsUuid,
  intervalValuesNotSupported,
  invalidDate,
  stringNotValidUtf8,
  timestampMustBeInUtc,
  timestampOutOfRange,
  valueProtoTypeMismatch,
} from '../errors/wire-value-errors';
import type { ScalarKind, SqlType, StructSqlType } from '../engine/query/analyzer/sql-type';
import { canonicalJsonText, JsonParseFailure } from '../types/json/json-parser';
import { isTimestampValue, SpannerValue, timestampValue } from '../types/spanner-value';
import { enumValueFromText, enumValueToText, protoValueToText } from './proto-types';
import { COMMIT_TIMESTAMP, COMMIT_TIMESTAMP_PLACEHOLDER, CommitTimestampMarker } from './commit-timestamp';
import { typeDebugName } from './type-text';
import { base64Decode, base64Encode } from './wire-base64';
import { formatWireTimestamp, parseWireDate, parseWireTimestamp } from './wire-date-time';
import { float32FromNumber, floatFromText, int64FromText, numericFromText } from './wire-numbers';
import { parseWireUuid } from './wire-uuid';
import { isWellFormedText, messageText, ResultWireValue, wireValueText } from './wire-value';

export interface ValueFromProtoOptions {
  /** Accept `spanner.commit_timestamp()` for a (top-level) TIMESTAMP value: mutations only. */
  readonly allowCommitTimestamp: true;
}

/** The engine value of a wire value of type `type`; throws Spanner's error when it does not fit. */
export function valueFromProto(wire: unknown, type: SqlType): SpannerValue;
export function valueFromProto(
  wire: unknown,
  type: SqlType,
  options: ValueFromProtoOptions,
): SpannerValue | CommitTimestampMarker;
export function valueFromProto(
  wire: unknown,
  type: SqlType,
  options?: ValueFromProtoOptions,
): SpannerValue | CommitTimestampMarker {
  if (wire === null) return null;
  if (
    options !== undefined &&
    wire === COMMIT_TIMESTAMP_PLACEHOLDER &&
    type.kind === 'scalar' &&
    type.name === 'TIMESTAMP'
  ) {
    return COMMIT_TIMESTAMP;
  }
  switch (type.kind) {
    case 'scalar':
      return scalarFromProto(wire, type.name, type);
    case 'array':
      return arrayFromProto(wire, type);
    case 'struct':
      return structFromProto(wire, type);
    case 'proto':
      return bytesFromProto(textOf(wire, type));
    case 'enum': {
      const text = textOf(wire, type);
      const n = enumValueFromText(text);
      if (n === null) throw couldNotParseStringAsInteger(messageText(text));
      return n;
    }
    default:
      return assertNever(type, 'type');
  }
}

function mismatch(wire: unknown, type: SqlType): never {
  throw valueProtoTypeMismatch(wireValueText(wire), typeDebugName(type));
}

function listOf(wire: unknown, type: SqlType): readonly unknown[] {
  if (!Array.isArray(wire)) mismatch(wire, type);
  return wire;
}

/** An array's elements; a refused element's error says which one, as the official emulator's does. */
function arrayFromProto(wire: unknown, type: SqlType & { kind: 'array' }): SpannerValue[] {
  return listOf(wire, type).map((element, i) => {
    try {
      return valueFromProto(element, type.element);
    } catch (e) {
      if (!isSpannerError(e)) throw e;
      throw arrayElementRefused(e, i, wireValueText(element), wireValueText(wire));
    }
  });
}

function structFromProto(wire: unknown, type: StructSqlType): SpannerValue[] {
  const fields = listOf(wire, type);
  if (fields.length !== type.fields.length) mismatch(wire, type);
  return fields.map((field, i) => valueFromProto(field, type.fields[i].type));
}

function textOf(wire: unknown, type: SqlType): string {
  if (typeof wire !== 'string') mismatch(wire, type);
  return wire;
}

function scalarFromProto(wire: unknown, name: ScalarKind, type: SqlType): SpannerValue {
  switch (name) {
    case 'BOOL':
      if (typeof wire !== 'boolean') mismatch(wire, type);
      return wire;
    case 'INT64':
      return int64FromProto(textOf(wire, type));
    case 'FLOAT64':
      return floatFromProto(wire, type, false);
    case 'FLOAT32':
      return floatFromProto(wire, type, true);
    case 'NUMERIC':
      return numericFromProto(textOf(wire, type));
    case 'STRING':
      return stringFromProto(textOf(wire, type));
    case 'BYTES':
    case 'TOKENLIST':
      return bytesFromProto(textOf(wire, type));
    case 'DATE':
      return dateFromProto(textOf(wire, type));
    case 'TIMESTAMP':
      return timestampFromProto(textOf(wire, type));
    case 'JSON':
      return jsonFromProto(textOf(wire, type));
    case 'UUID':
      return uuidFromProto(textOf(wire, type));
    case 'INTERVAL':
      textOf(wire, type);
      throw intervalValuesNotSupported();
    default:
      return assertNever(name, 'scalar type');
  }
}

function int64FromProto(text: string): bigint {
  const value = int64FromText(text);
  if (value === null) throw couldNotParseStringAsInteger(messageText(text));
  return value;
}

function floatFromProto(wire: unknown, type: SqlType, float32: boolean): number {
  if (typeof wire === 'string') {
    const special = floatFromText(wire);
    if (special !== null) return special;
    throw float32 ? couldNotParseStringAsFloat32(messageText(wire)) : couldNotParseStringAsFloat64(messageText(wire));
  }
  if (typeof wire !== 'number') mismatch(wire, type);
  if (!float32) return wire;
  const value = float32FromNumber(wire);
  if (value === null) mismatch(wire, type);
  return value;
}

function numericFromProto(text: string): string {
  const value = numericFromText(text);
  if (value === null) throw couldNotParseStringAsNumeric(messageText(text));
  return value;
}

function stringFromProto(text: string): string {
  if (!isWellFormedText(text)) throw stringNotValidUtf8(wireValueText(text));
  return text;
}

function bytesFromProto(text: string): Uint8Array {
  const bytes = base64Decode(text);
  if (bytes === null) throw couldNotParseStringAsBytes(messageText(text));
  return bytes;
}

function dateFromProto(text: string): string {
  const parsed = parseWireDate(text);
  switch (parsed.kind) {
    case 'date':
      return parsed.text;
    case 'unparsable':
      throw couldNotParseStringAsDate(messageText(text));
    case 'outOfRange':
      throw invalidDate(messageText(text));
    default:
      return assertNever(parsed, 'date parse');
  }
}

function timestampFromProto(text: string): SpannerValue {
  const parsed = parseWireTimestamp(text);
  switch (parsed.kind) {
    case 'timestamp':
      return timestampValue(parsed.nanos);
    case 'notUtc':
      throw timestampMustBeInUtc(messageText(text));
    case 'unparsable':
      throw couldNotParseStringAsTimestamp(messageText(text), parsed.reason);
    case 'outOfRange':
      throw timestampOutOfRange(parsed.instant);
    default:
      return assertNever(parsed, 'timestamp parse');
  }
}

function jsonFromProto(text: string): string {
  try {
    return canonicalJsonText(text);
  } catch (e) {
    if (e instanceof JsonParseFailure) throw couldNotParseStringAsJson(messageText(text));
    throw e;
  }
}

function uuidFromProto(text: string): string {
  const parsed = parseWireUuid(text);
  if (parsed.kind === 'invalid') throw couldNotParseStringAsUuid(messageText(text), messageText(parsed.reason));
  return parsed.text;
}

/** The wire value of an engine value of type `type` (results, and anything else sent back). */
export function valueToProto(value: SpannerValue, type: SqlType): ResultWireValue {
  if (value === null) return null;
  switch (type.kind) {
    case 'scalar':
      return scalarToProto(value, type.name);
    case 'array':
    case 'struct':
      return structuredToProto(value, type);
    case 'proto':
      return protoValueToText(value as Uint8Array);
    case 'enum':
      return enumValueToText(value as bigint);
    default:
      return assertNever(type, 'type');
  }
}

function structuredToProto(value: SpannerValue, type: SqlType & { kind: 'array' | 'struct' }): ResultWireValue[] {
  if (!Array.isArray(value)) throw new Error(`${typeDebugName(type)} value expected, got ${typeof value}`);
  const items = value as readonly SpannerValue[];
  if (type.kind === 'array') return items.map((item) => valueToProto(item, type.element));
  return items.map((item, i) => valueToProto(item, type.fields[i].type));
}

function scalarToProto(value: SpannerValue, name: ScalarKind): ResultWireValue {
  switch (name) {
    case 'BOOL':
      return value as boolean;
    case 'INT64':
      return (value as bigint).toString();
    case 'FLOAT64':
    case 'FLOAT32':
      return floatToProto(value as number);
    case 'BYTES':
    case 'TOKENLIST':
      return base64Encode(value as Uint8Array);
    case 'TIMESTAMP':
      if (!isTimestampValue(value)) throw new Error('TIMESTAMP value expected');
      return formatWireTimestamp(value.nanos);
    case 'NUMERIC':
    case 'STRING':
    case 'DATE':
    case 'JSON':
    case 'UUID':
      return value as string;
    case 'INTERVAL':
      throw intervalValuesNotSupported();
    default:
      return assertNever(name, 'scalar type');
  }
}

function floatToProto(x: number): ResultWireValue {
  if (Number.isFinite(x)) return x;
  if (Number.isNaN(x)) return 'NaN';
  return x > 0 ? 'Infinity' : '-Infinity';
}
