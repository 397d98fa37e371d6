/**
 * Builds a request's JSON from the three places REST puts it: the body (whole or one field, per the
 * rule), the path variables, and the query string. Query values arrive as text and are converted to
 * the JSON kind of their field, since the decoder does not accept `"true"` for a bool.
 */
import * as protobuf from 'protobufjs';
import { malformedJsonBody } from '../../errors';
import { HttpRule } from './http-rules';
import { findField } from './json-normalizer';

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

const NUMERIC_TYPES = new Set(['int32', 'uint32', 'sint32', 'fixed32', 'sfixed32', 'float', 'double']);

function scalarFromText(field: protobuf.Field, text: string, name: string): unknown {
  if (field.type === 'bool') {
    if (text === 'true' || text === 'false') return text === 'true';
    throw malformedJsonBody(`Invalid value at '${name}' (TYPE_BOOL), "${text}"`);
  }
  if (NUMERIC_TYPES.has(field.type)) {
    const n = Number(text);
    if (text.trim() === '' || Number.isNaN(n))
      throw malformedJsonBody(`Invalid value at '${name}' (${field.type}), "${text}"`);
    return n;
  }
  return text;
}

/** Sets `a.b.c` in obj, creating objects on the way; fields must exist in the message type. */
function setField(
  type: protobuf.Type,
  obj: Record<string, unknown>,
  dotted: string,
  value: string,
  origin: 'path' | 'query',
): void {
  const parts = dotted.split('.');
  let current = obj;
  let currentType = type;
  parts.forEach((part, i) => {
    const field = findField(currentType, part);
    if (!field) {
      throw malformedJsonBody(
        origin === 'query'
          ? `Unknown name "${dotted}": Cannot bind query parameter. Field '${part}' could not be found in request message.`
          : `Unknown name "${dotted}": Cannot bind path variable.`,
      );
    }
    if (i === parts.length - 1) {
      const scalar = scalarFromText(field, value, dotted);
      if (field.repeated) current[field.name] = [...((current[field.name] as unknown[]) ?? []), scalar];
      else current[field.name] = scalar;
      return;
    }
    if (!(field.resolvedType instanceof protobuf.Type)) throw malformedJsonBody(`Invalid field path "${dotted}".`);
    current = (current[field.name] ??= {}) as Record<string, unknown>;
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
