/**
 * Exact proto3 JSON for the REST gateway. protobufjs + proto3-json-serializer do the JSON mapping
 * (int64 as strings, bytes as base64, Timestamps with nanoseconds, Any with @type, Durations as
 * "1.5s"); the handlers use ts-proto objects, so the two meet through the binary encoding, which
 * both sides agree on exactly.
 */
import * as protobuf from 'protobufjs';
import { fromProto3JSON, JSONValue, toProto3JSON } from 'proto3-json-serializer';
import { malformedJsonBody } from '../../errors';
import { MethodDefinition } from '../../handlers/handler-types';
import { negateDurations, unsignDurations } from './json-durations';
import { normalizeMessage } from './json-normalizer';
import { decodeRequestStrictly, InvalidUtf8Error } from '../strict-request-decoding';

export function decodeRequest(type: protobuf.Type, definition: MethodDefinition, json: unknown): unknown {
  const [normalized, negativeDurations] = unsignDurations(type, normalizeMessage(type, json));
  let message: protobuf.Message | null;
  try {
    message = fromProto3JSON(type, normalized as JSONValue);
  } catch (e) {
    throw malformedJsonBody(e instanceof Error ? e.message : String(e));
  }
  if (message) negateDurations(message, negativeDurations);
  const bytes = message ? type.encode(message).finish() : new Uint8Array();
  try {
    return decodeRequestStrictly(definition, bytes);
  } catch (e) {
    // The body was valid UTF-8, so only a `\ud800`-style escape can have made a string invalid.
    if (e instanceof InvalidUtf8Error) throw malformedJsonBody(UNPAIRED_SURROGATE);
    throw e;
  }
}

const UNPAIRED_SURROGATE = 'A string holds an unpaired UTF-16 surrogate escape, which has no UTF-8 form.';

/** The message type a JSON value is written as: an Any's packed type, or the field's own type. */
function messageTypeOf(type: protobuf.Type, json: JSONValue): protobuf.Type | undefined {
  if (type.fullName === '.google.protobuf.Any') {
    const url = typeof json === 'object' && json !== null && !Array.isArray(json) ? json['@type'] : undefined;
    const packed = typeof url === 'string' ? type.root.lookup(url.slice(url.lastIndexOf('/') + 1)) : null;
    return packed instanceof protobuf.Type ? packed : undefined;
  }
  return type.fullName.startsWith('.google.protobuf.') ? undefined : type;
}

/** proto3 JSON omits empty maps, as Google's gateway does; the serializer writes `{}`. */
function pruneEmptyMaps(type: protobuf.Type, json: JSONValue): void {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return;
  for (const field of type.fieldsArray) {
    const value = json[field.name];
    if (value === undefined) continue;
    if (field.map && typeof value === 'object' && value !== null && Object.keys(value).length === 0) {
      delete json[field.name];
    } else if (field.resolvedType instanceof protobuf.Type) {
      const values = field.map ? Object.values(value as object) : Array.isArray(value) ? value : [value];
      for (const v of values as JSONValue[]) {
        const nestedType = messageTypeOf(field.resolvedType, v);
        if (nestedType) pruneEmptyMaps(nestedType, v);
      }
    }
  }
}

export function encodeMessage(type: protobuf.Type, bytes: Uint8Array, numericEnums: boolean): JSONValue {
  const json = toProto3JSON(type.decode(bytes), { numericEnums });
  pruneEmptyMaps(type, json);
  return json;
}

export function encodeResponse(
  type: protobuf.Type,
  definition: MethodDefinition,
  response: unknown,
  numericEnums: boolean,
): JSONValue {
  return encodeMessage(type, definition.responseSerialize(response), numericEnums);
}

/** `$alt=json;enum-encoding=int` (Google's REST clients) asks for enums as numbers. */
export function wantsNumericEnums(query: [string, string][]): boolean {
  return query.some(([k, v]) => (k === '$alt' || k === 'alt') && /(^|;)enum-encoding=int(;|$)/.test(v));
}
