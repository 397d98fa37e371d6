/**
 * Checks a request's JSON against its proto message before decoding, with proto3 JSON's rules. The
 * JSON parser we use drops unknown fields and snake_case names silently, turns "abc" into 0, 1.5
 * into 1 and an int32 overflow into another number; Google's gateway refuses all of these and
 * accepts snake_case. So this walk renames fields to their JSON names, refuses unknown fields and
 * ill-typed values naming their path (proto field names, as Google's messages give them), drops
 * nulls (proto3 JSON: null means the default), refuses a second member of one oneof, and hands
 * scalars on in the decoder's exact form (json-scalars.ts). Well-known types with a JSON form of
 * their own pass through to the decoder once their JSON kind (string, object, list) is right.
 */
import * as protobuf from 'protobufjs';
import {
  invalidJsonValue,
  jsonListOnSingularField,
  jsonObjectOnScalarField,
  jsonOneofAlreadySet,
  jsonValueNotList,
  jsonValueNotMap,
  malformedJsonBody,
  nullInJsonList,
} from '../../errors';
import { normalizeScalar, scalarTypeName } from './json-scalars';

const isString = (value: unknown) => typeof value === 'string';

/**
 * Types whose JSON form is not an object of their fields, with the JSON kind each takes; passed
 * through to the decoder once the kind is right (whose own messages would name no field).
 */
const OPAQUE_TYPES = new Map<string, (value: unknown) => boolean>([
  ['.google.protobuf.Any', isPlainObject],
  ['.google.protobuf.Timestamp', isString],
  ['.google.protobuf.Duration', isString],
  ['.google.protobuf.FieldMask', isString],
  ['.google.protobuf.Struct', isPlainObject],
  ['.google.protobuf.Value', () => true],
  ['.google.protobuf.ListValue', Array.isArray],
]);

/** Types whose JSON form may be an array (a KeyRange bound is a ListValue: `"startClosed": ["a"]`). */
const LIST_VALUED_TYPES = new Set(['.google.protobuf.ListValue', '.google.protobuf.Value']);

/** Where null is a value of its own rather than "the default". */
const NULL_VALUED_TYPES = new Set(['.google.protobuf.Value', '.google.protobuf.NullValue']);

export function toJsonName(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** The proto name of a field (protobufjs keeps only the camelCase JSON name; proto names are snake_case). */
export function protoFieldName(field: protobuf.Field): string {
  return field.name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** The field a JSON key names; own fields only, so `constructor` or `__proto__` name nothing. */
export function findField(type: protobuf.Type, name: string): protobuf.Field | undefined {
  const own = (key: string) => (Object.prototype.hasOwnProperty.call(type.fields, key) ? type.fields[key] : undefined);
  return own(name) ?? own(toJsonName(name));
}

/** How Google's gateway names a field's type in messages. */
export function fieldTypeName(field: protobuf.Field): string {
  const resolved = field.resolvedType;
  return resolved ? `type.googleapis.com/${resolved.fullName.replace(/^\./, '')}` : scalarTypeName(field.type);
}

function where(path: string): string {
  return path ? ` at '${path}'` : '';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function normalizeEnum(type: protobuf.Enum, value: unknown, path: string): unknown {
  const valid =
    (typeof value === 'string' && Object.prototype.hasOwnProperty.call(type.values, value)) ||
    (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 2 ** 31);
  if (!valid) throw invalidJsonValue(path, `type.googleapis.com/${type.fullName.replace(/^\./, '')}`, value);
  return value;
}

/** One value of the field's type: the field itself when singular, an element or map value otherwise. */
function normalizeElement(field: protobuf.Field, value: unknown, path: string): unknown {
  const type = field.resolvedType;
  if (value === null) {
    if (type && NULL_VALUED_TYPES.has(type.fullName)) return value;
    throw nullInJsonList(path, fieldTypeName(field));
  }
  if (type instanceof protobuf.Enum) return normalizeEnum(type, value, path);
  if (type instanceof protobuf.Type) {
    const opaqueKind = OPAQUE_TYPES.get(type.fullName);
    if (opaqueKind && opaqueKind(value)) return value;
    if (opaqueKind || !isPlainObject(value)) throw invalidJsonValue(path, fieldTypeName(field), value);
    return normalizeMessage(type, value, path);
  }
  if (isPlainObject(value)) throw jsonObjectOnScalarField(path, fieldTypeName(field));
  return normalizeScalar(field.type, value, path);
}

function normalizeMapKey(field: protobuf.Field, key: string, path: string): void {
  const keyType = (field as unknown as protobuf.MapField).keyType;
  if (keyType !== 'string') normalizeScalar(keyType, key, path);
}

/** The field's value in the decoder's form; undefined when it is to be left out (null). */
function normalizeValue(field: protobuf.Field, value: unknown, path: string): unknown {
  if (value === null) {
    const type = field.resolvedType;
    const nullIsValue = !field.repeated && !field.map && type !== null && NULL_VALUED_TYPES.has(type.fullName);
    return nullIsValue ? value : undefined;
  }
  if (field.map) {
    if (!isPlainObject(value)) throw jsonValueNotMap(path);
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        normalizeMapKey(field, k, `${path}[${k}]`);
        return [k, normalizeElement(field, v, `${path}[${k}]`)];
      }),
    );
  }
  if (field.repeated) {
    if (!Array.isArray(value)) throw jsonValueNotList(path);
    return value.map((v, i) => normalizeElement(field, v, `${path}[${i}]`));
  }
  if (Array.isArray(value) && !LIST_VALUED_TYPES.has(field.resolvedType?.fullName ?? '')) {
    throw jsonListOnSingularField(path, fieldTypeName(field));
  }
  return normalizeElement(field, value, path);
}

export function normalizeMessage(type: protobuf.Type, json: unknown, path = ''): Record<string, unknown> {
  if (!isPlainObject(json)) {
    throw invalidJsonValue(path, `type.googleapis.com/${type.fullName.replace(/^\./, '')}`, json);
  }
  const out: Record<string, unknown> = {};
  const oneofsSet = new Set<string>();
  for (const [key, value] of Object.entries(json)) {
    const field = findField(type, key);
    if (!field) throw malformedJsonBody(`Unknown name "${key}"${where(path)}: Cannot find field.`);
    const name = protoFieldName(field);
    const normalized = normalizeValue(field, value, path ? `${path}.${name}` : name);
    if (normalized === undefined) continue;
    // A null member does not count as set (proto3 JSON: null is the default).
    const oneof = field.partOf?.name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    if (oneof !== undefined && oneofsSet.has(oneof)) throw jsonOneofAlreadySet(path, oneof, key);
    if (oneof !== undefined) oneofsSet.add(oneof);
    out[field.name] = normalized;
  }
  return out;
}
