/**
 * JSON values from SQL values and text: PARSE_JSON, TO_JSON, SAFE_TO_JSON, TO_JSON_STRING,
 * JSON_OBJECT, JSON_ARRAY; and the whole-document questions JSON_TYPE, JSON_KEYS, JSON_CONTAINS.
 */

import { SpannerError } from '../../../../../errors/spanner-error';
import {
  invalidJsonKeysArgument,
  invalidJsonObjectInput,
  invalidParseJsonInput,
  invalidWideNumberMode,
  toJsonStringUnsupportedType,
} from '../../../../../errors/json-evaluation-errors';
import type { SpannerValue } from '../../../../../types/spanner-value';
import { isScalar, typeName, type SqlType } from '../../../analyzer/sql-type';
import { argType, namedArgument, strict, type CallInfo, type ImplementationTable } from '../../function-implementation';
import { toJson } from './json-conversions';
import { JsonParseFailure, parseJson } from '../../../../../types/json/json-parser';
import { readJson } from './json-query-impls';
import {
  compareKeys,
  isJsonScalar,
  jsonEquals,
  jsonKind,
  jsonPrettyText,
  jsonText,
  type JsonObject,
  type JsonValue,
} from '../../../../../types/json/json-value';

function parseJsonFunction(args: readonly SpannerValue[], info: CallInfo): SpannerValue {
  const mode = namedArgument(args, info, 'wide_number_mode');
  if (args[0] === null || mode === null) return null;
  if (mode !== undefined && mode !== 'exact' && mode !== 'round')
    throw invalidWideNumberMode(String(mode), 'PARSE_JSON');
  try {
    return jsonText(parseJson(args[0] as string, mode ?? 'exact'));
  } catch (e) {
    if (e instanceof JsonParseFailure) throw invalidParseJsonInput(e.message);
    throw e;
  }
}

function toJsonFunction(args: readonly SpannerValue[], info: CallInfo): SpannerValue {
  const stringify = namedArgument(args, info, 'stringify_wide_numbers');
  if (stringify === null) return null;
  return jsonText(toJson(args[0], argType(info, 0), { stringifyWideNumbers: stringify === true }));
}

function safeToJson(args: readonly SpannerValue[], info: CallInfo): SpannerValue {
  try {
    return jsonText(toJson(args[0], argType(info, 0)));
  } catch (e) {
    if (e instanceof SpannerError) return 'null';
    throw e;
  }
}

function toJsonString(args: readonly SpannerValue[], info: CallInfo): SpannerValue {
  const type = argType(info, 0);
  if (!isScalar(type, 'JSON')) throw toJsonStringUnsupportedType(typeName(type));
  const pretty = args.length > 1 ? args[1] : false;
  if (pretty === null) return null;
  if (args[0] === null) return 'null';
  const value = readJson(args[0]);
  return pretty === true ? jsonPrettyText(value) : jsonText(value);
}

function jsonObjectFromPairs(args: readonly SpannerValue[], info: CallInfo): SpannerValue {
  const object: JsonObject = new Map();
  for (let i = 0; i + 1 < args.length; i += 2) {
    if (args[i] === null) throw invalidJsonObjectInput('A key cannot be NULL');
    const key = args[i] as string;
    if (!object.has(key)) object.set(key, toJson(args[i + 1], argType(info, i + 1)));
  }
  return jsonText(object);
}

function jsonObject(args: readonly SpannerValue[], info: CallInfo): SpannerValue {
  if (args.length === 0 || argType(info, 0).kind !== 'array') return jsonObjectFromPairs(args, info);
  const [keys, values] = args as [readonly SpannerValue[] | null, readonly SpannerValue[] | null];
  if (keys === null) throw invalidJsonObjectInput('The keys array cannot be NULL');
  if (values === null) throw invalidJsonObjectInput('The values array cannot be NULL');
  if (keys.length !== values.length) throw invalidJsonObjectInput('The number of keys and values must match');
  const elementType = (argType(info, 1) as SqlType & { kind: 'array' }).element;
  const object: JsonObject = new Map();
  keys.forEach((key, i) => {
    if (key === null) throw invalidJsonObjectInput('A key cannot be NULL');
    if (!object.has(key as string)) object.set(key as string, toJson(values[i], elementType));
  });
  return jsonText(object);
}

/** `a.b`; keys JSONPath could not spell bare are quoted (`"a.b"`). */
function keyPathPart(key: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(key) ? key : JSON.stringify(key);
}

interface KeysWalk {
  readonly maxDepth: number;
  readonly mode: 'strict' | 'lax' | 'lax recursive';
  readonly found: Set<string>;
}

function collectKeys(v: JsonValue, prefix: string, depth: number, walk: KeysWalk, arrayDepth: number): void {
  if (v instanceof Map) {
    if (depth >= walk.maxDepth) return;
    for (const [key, child] of v) {
      const path = prefix === '' ? keyPathPart(key) : `${prefix}.${keyPathPart(key)}`;
      walk.found.add(path);
      collectKeys(child, path, depth + 1, walk, 0);
    }
  } else if (Array.isArray(v) && walk.mode !== 'strict') {
    if (arrayDepth >= 1 && walk.mode === 'lax') return;
    for (const item of v) collectKeys(item, prefix, depth, walk, arrayDepth + 1);
  }
}

function jsonKeys(args: readonly SpannerValue[], info: CallInfo): SpannerValue {
  const mode = namedArgument(args, info, 'mode');
  if (args[0] === null || mode === null) return null;
  const depthArg = info.call.args.length > 1 ? args[1] : null;
  if (depthArg !== null && (depthArg as bigint) <= 0n) throw invalidJsonKeysArgument('max_depth must be positive.');
  const modeText = mode === undefined ? 'strict' : (mode as string).toLowerCase();
  if (modeText !== 'strict' && modeText !== 'lax' && modeText !== 'lax recursive') {
    throw invalidJsonKeysArgument(`Invalid mode for JSON_KEYS: ${String(mode)}`);
  }
  const maxDepth = depthArg === null ? Infinity : Number(depthArg);
  const walk: KeysWalk = { maxDepth, mode: modeText, found: new Set() };
  collectKeys(readJson(args[0]), '', 0, walk, 0);
  return [...walk.found].sort(compareKeys);
}

/** JSON_CONTAINS: objects by member subsets, arrays by element subsets; a top-level array holds scalars. */
function contains(target: JsonValue, candidate: JsonValue, top: boolean): boolean {
  if (candidate instanceof Map) {
    if (!(target instanceof Map)) return false;
    for (const [key, value] of candidate) {
      const member = target.get(key);
      if (member === undefined || !contains(member, value, false)) return false;
    }
    return true;
  }
  if (Array.isArray(candidate)) {
    if (!Array.isArray(target)) return false;
    return candidate.every((c) => target.some((t) => contains(t, c, false)));
  }
  if (top && Array.isArray(target)) return target.some((t) => isJsonScalar(t) && jsonEquals(t, candidate));
  return jsonEquals(target, candidate);
}

export const JSON_CONSTRUCT_IMPLS: ImplementationTable = {
  parse_json: parseJsonFunction,
  to_json: toJsonFunction,
  safe_to_json: safeToJson,
  to_json_string: toJsonString,
  json_type: strict(([json]) => jsonKind(readJson(json))),
  json_keys: jsonKeys,
  json_object: jsonObject,
  json_array: (args, info) => jsonText(args.map((a, i) => toJson(a, argType(info, i)))),
  json_contains: strict(([a, b]) => contains(readJson(a), readJson(b), true)),
};
