/**
 * Checks a request's JSON against its proto message before decoding. The JSON parser we use drops
 * unknown fields and snake_case names silently; Google's gateway rejects the first and accepts the
 * second. So this walk renames snake_case fields to their JSON names and refuses unknown ones with
 * Google's wording. Values are left for the decoder to check.
 */
import * as protobuf from 'protobufjs';
import { malformedJsonBody } from '../../errors';

/** Types whose JSON form is not an object of their fields; passed through untouched. */
const OPAQUE_TYPES = new Set([
  '.google.protobuf.Any',
  '.google.protobuf.Timestamp',
  '.google.protobuf.Duration',
  '.google.protobuf.FieldMask',
  '.google.protobuf.Struct',
  '.google.protobuf.Value',
  '.google.protobuf.ListValue',
]);

export function toJsonName(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

export function findField(type: protobuf.Type, name: string): protobuf.Field | undefined {
  return type.fields[name] ?? type.fields[toJsonName(name)];
}

function where(path: string): string {
  return path ? ` at '${path}'` : '';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkEnum(type: protobuf.Enum, value: unknown, path: string): void {
  const values = Array.isArray(value) ? value : [value];
  for (const v of values) {
    if (typeof v === 'string' && !(v in type.values)) {
      throw malformedJsonBody(`Invalid value at '${path}' (type.googleapis.com${type.fullName}), "${v}"`);
    }
  }
}

function normalizeValue(field: protobuf.Field, value: unknown, path: string): unknown {
  const type = field.resolvedType;
  if (type instanceof protobuf.Enum && !field.map) checkEnum(type, value, path);
  if (!(type instanceof protobuf.Type) || OPAQUE_TYPES.has(type.fullName) || value === null) return value;
  if (field.map) {
    if (!isPlainObject(value)) throw malformedJsonBody(`Invalid value${where(path)}: expected a map object.`);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeMessage(type, v, `${path}[${k}]`)]));
  }
  if (field.repeated) {
    if (!Array.isArray(value)) throw malformedJsonBody(`Invalid value${where(path)}: expected a list.`);
    return value.map((v, i) => normalizeMessage(type, v, `${path}[${i}]`));
  }
  return normalizeMessage(type, value, path);
}

export function normalizeMessage(type: protobuf.Type, json: unknown, path = ''): Record<string, unknown> {
  if (!isPlainObject(json)) {
    throw malformedJsonBody(`Invalid value${where(path)} (${type.name}): expected a JSON object.`);
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    const field = findField(type, key);
    if (!field) throw malformedJsonBody(`Unknown name "${key}"${where(path)}: Cannot find field.`);
    out[field.name] = normalizeValue(field, value, path ? `${path}.${field.name}` : field.name);
  }
  return out;
}
