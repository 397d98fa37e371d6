/**
 * Builds a request's JSON from the three places REST puts it: the body (whole or one field, per the
 * rule), the path variables, and the query string. Query values stay text (JSON strings), which the
 * normalizer checks against their fields like any other JSON value.
 */
import * as protobuf from 'protobufjs';
import { invalidJsonValue, malformedJsonBody, queryParameterRepeated } from '../../errors';
import { HttpRule } from './http-rules';
import { fieldTypeName, findField, protoFieldName } from './json-normalizer';

/** Query parameters of the gateway itself, never request fields. */
const SYSTEM_PARAMS = new Set([
  'alt',
  'prettyPrint',
  'fields',
  'key',
  'access_token',
  'quotaUser',
  'callback',
  'upload_protocol',
  'uploadType',
]);

export function isSystemParam(name: string): boolean {
  return name.startsWith('$') || SYSTEM_PARAMS.has(name);
}

/**
 * A query value as JSON: text, which proto3 JSON accepts for every scalar type (the normalizer
 * checks it against the field), except that an enum may be given by number.
 */
function valueFromText(field: protobuf.Field, text: string): unknown {
  return field.resolvedType instanceof protobuf.Enum && /^-?\d+$/.test(text) ? Number(text) : text;
}

type Origin = 'path' | 'query';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function assign(current: Record<string, unknown>, field: protobuf.Field, value: unknown, origin: Origin, path: string) {
  const prior = current[field.name];
  if (field.repeated) {
    // A body value that is not a list stays as it is, for the normalizer to refuse.
    if (prior === undefined || Array.isArray(prior)) current[field.name] = [...(prior ?? []), value];
    return;
  }
  // A path variable wins over the body; a query parameter given twice is refused, since which value
  // was meant is unknown (the official emulator's gateway refuses it too).
  if (origin === 'query' && prior !== undefined) throw queryParameterRepeated(path);
  current[field.name] = value;
}

/** Sets `a.b.c` in obj, creating objects on the way; fields must exist in the message type. */
function setField(type: protobuf.Type, obj: Record<string, unknown>, dotted: string, text: string, origin: Origin) {
  const parts = dotted.split('.');
  let current = obj;
  let currentType = type;
  let path = '';
  parts.forEach((part, i) => {
    const field = findField(currentType, part);
    if (!field) {
      throw malformedJsonBody(
        origin === 'query'
          ? `Unknown name "${dotted}": Cannot bind query parameter. Field '${part}' could not be found in request message.`
          : `Unknown name "${dotted}": Cannot bind path variable.`,
      );
    }
    path = path ? `${path}.${protoFieldName(field)}` : protoFieldName(field);
    if (i === parts.length - 1) return assign(current, field, valueFromText(field, text), origin, path);
    if (!(field.resolvedType instanceof protobuf.Type) || field.repeated || field.map) {
      throw malformedJsonBody(`Invalid field path "${dotted}".`);
    }
    const next = current[field.name] ?? {};
    if (!isPlainObject(next)) throw invalidJsonValue(path, fieldTypeName(field), next);
    current[field.name] = next;
    current = next;
    currentType = field.resolvedType;
  });
}

export interface RestInput {
  readonly body: unknown;
  readonly pathValues: Map<string, string>;
  readonly query: [string, string][];
}

export function bindRequest(rule: HttpRule, type: protobuf.Type, input: RestInput): Record<string, unknown> {
  let json: Record<string, unknown> = {};
  if (rule.body === '*') {
    const body = input.body ?? {};
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw malformedJsonBody('The request body must be a JSON object.');
    }
    json = body as Record<string, unknown>;
  } else if (rule.body !== undefined && input.body !== undefined) {
    json[rule.body] = input.body;
  }
  for (const [name, value] of input.query) {
    if (!isSystemParam(name) && rule.body !== '*') setField(type, json, name, value, 'query');
  }
  for (const [fieldPath, value] of input.pathValues) setField(type, json, fieldPath, value, 'path');
  return json;
}
