/**
 * JSON extraction: JSON_QUERY, JSON_VALUE, JSON_QUERY_ARRAY, JSON_VALUE_ARRAY (each over JSON
 * values and over JSON-formatted STRINGs, which behave differently, see json-text-extract.ts),
 * the subscript `json[0]` / `json['key']` and field access `json.key`.
 */

import type { SpannerValue } from '../../../../../types/spanner-value';
import { isScalar } from '../../../analyzer/sql-type';
import { argType, type CallInfo, type FunctionImpl, type ImplementationTable } from '../../function-implementation';
import { evaluateJsonPath, parseJsonPath } from './json-path';
import { readStoredJson } from './json-conversions';
import { arrayElementSpans, compactText, firstToken, locateInText, type TextSpan } from './json-text-extract';
import { jsonNumberText, jsonText, type JsonValue } from '../../../../../types/json/json-value';

/** A stored JSON value (already valid, normalized text) as the JSON model. */
export function readJson(value: SpannerValue): JsonValue {
  return readStoredJson(value as string);
}

type Extraction = (input: JsonValue) => SpannerValue;
type TextExtraction = (text: string, span: TextSpan) => SpannerValue;

/** Dispatches on the input's type: a JSON value or a JSON-formatted STRING. */
function extraction(fromJson: Extraction, fromText: TextExtraction): FunctionImpl {
  return (args: readonly SpannerValue[], info: CallInfo) => {
    const [input, pathArg] = args;
    if (input === null || pathArg === null) return null;
    const steps = parseJsonPath(args.length > 1 ? (pathArg as string) : '$');
    if (isScalar(argType(info, 0), 'STRING')) {
      const text = input as string;
      const span = locateInText(text, steps);
      return span === null ? null : fromText(text, span);
    }
    const found = evaluateJsonPath(readJson(input), steps);
    return found === undefined ? null : fromJson(found);
  };
}

function scalarText(v: JsonValue): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'bigint' || typeof v === 'number') return jsonNumberText(v);
  return null;
}

/** JSON_VALUE over text: the scalar's text as written, NULL for null, arrays and objects. */
function textScalar(text: string, span: TextSpan): string | null {
  const token = firstToken(text, span);
  switch (token.type) {
    case 'string':
      return token.value;
    case 'number':
      return token.text;
    case 'true':
    case 'false':
      return token.type;
    default:
      return null;
  }
}

function textQuery(text: string, span: TextSpan): string | null {
  const compact = compactText(text, span);
  return compact === 'null' ? null : compact;
}

function valueArray(items: readonly JsonValue[]): SpannerValue {
  const out: (string | null)[] = [];
  for (const item of items) {
    if (item !== null && (Array.isArray(item) || item instanceof Map)) return null;
    out.push(item === null ? null : scalarText(item));
  }
  return out;
}

function textValueArray(text: string, span: TextSpan): SpannerValue {
  const spans = arrayElementSpans(text, span);
  if (spans === null) return null;
  const out: (string | null)[] = [];
  for (const s of spans) {
    const kind = firstToken(text, s).type;
    if (kind === '[' || kind === '{') return null;
    out.push(textScalar(text, s));
  }
  return out;
}

function subscript([json, key]: readonly SpannerValue[]): SpannerValue {
  if (json === null || key === null) return null;
  const value = readJson(json);
  let found: JsonValue | undefined;
  if (typeof key === 'bigint')
    found = Array.isArray(value) && key >= 0n && key < BigInt(value.length) ? value[Number(key)] : undefined;
  else found = value instanceof Map ? value.get(key as string) : undefined;
  return found === undefined ? null : jsonText(found);
}

export const JSON_QUERY_IMPLS: ImplementationTable = {
  json_query: extraction(jsonText, textQuery),
  json_value: extraction(scalarText, textScalar),
  json_query_array: extraction(
    (v) => (Array.isArray(v) ? v.map(jsonText) : null),
    (text, span) => arrayElementSpans(text, span)?.map((s) => compactText(text, s)) ?? null,
  ),
  json_value_array: extraction((v) => (Array.isArray(v) ? valueArray(v) : null), textValueArray),
  $subscript: subscript,
  $json_field: subscript,
};
