/**
 * The JSON document model of the JSON functions and its canonical text. Spanner keeps integers
 * exactly (int64 and uint64 range) and other numbers as doubles, so a JSON number is a bigint or
 * a JS number; objects are Maps (the first of duplicate keys wins, see json-parser.ts) printed with
 * keys in byte order, the way Spanner normalizes stored JSON. Parsing is json-parser.ts.
 */

import { assertNever } from '../../errors/assert-never';

export type JsonValue = null | boolean | string | bigint | number | JsonValue[] | JsonObject;
export type JsonObject = Map<string, JsonValue>;

export type JsonKind = 'null' | 'boolean' | 'string' | 'number' | 'array' | 'object';

export function jsonKind(v: JsonValue): JsonKind {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (v instanceof Map) return 'object';
  switch (typeof v) {
    case 'boolean':
      return 'boolean';
    case 'string':
      return 'string';
    case 'bigint':
    case 'number':
      return 'number';
    default:
      return assertNever(v, 'JSON value');
  }
}

export function isJsonScalar(v: JsonValue): boolean {
  return !Array.isArray(v) && !(v instanceof Map);
}

/** UTF-8 byte order, which for JS strings is code point order (not UTF-16 unit order). */
export function compareKeys(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

function sortedEntries(o: JsonObject): [string, JsonValue][] {
  return [...o.entries()].sort((x, y) => compareKeys(x[0], y[0]));
}

/** The digits and decimal point position of a double's shortest round-trip form. */
export function shortestDigits(x: number): { digits: string; point: number } {
  const [mantissa, exponent] = Math.abs(x).toExponential().split('e');
  return { digits: mantissa.replace('.', ''), point: Number(exponent) + 1 };
}

function exponentText(e: number): string {
  const sign = e < 0 ? '-' : '+';
  const abs = Math.abs(e);
  return `e${sign}${abs < 10 ? '0' : ''}${abs}`;
}

/** A double as JSON prints it: `1.0`, `0.0001`, `1e-05`, `1e+15`, `123.5`. */
export function jsonDoubleText(x: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const { digits, point } = shortestDigits(x);
  const k = digits.length;
  if (k <= point && point <= 15) return `${sign}${digits}${'0'.repeat(point - k)}.0`;
  if (point > 0 && point <= 15) return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
  if (point > -4 && point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  const mantissa = k === 1 ? digits : `${digits[0]}.${digits.slice(1)}`;
  return `${sign}${mantissa}${exponentText(point - 1)}`;
}

export function jsonNumberText(n: bigint | number): string {
  return typeof n === 'bigint' ? n.toString() : jsonDoubleText(n);
}

export function jsonStringText(s: string): string {
  return JSON.stringify(s);
}

/** Compact canonical text: no spaces, object keys sorted. */
export function jsonText(v: JsonValue): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `[${v.map(jsonText).join(',')}]`;
  if (v instanceof Map)
    return `{${sortedEntries(v)
      .map(([k, x]) => `${jsonStringText(k)}:${jsonText(x)}`)
      .join(',')}}`;
  if (typeof v === 'string') return jsonStringText(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return jsonNumberText(v);
}

/** TO_JSON_STRING(json, TRUE): two-space indentation, `"key": value`. */
export function jsonPrettyText(v: JsonValue, indent = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[\n${v.map((x) => inner + jsonPrettyText(x, inner)).join(',\n')}\n${indent}]`;
  }
  if (v instanceof Map) {
    if (v.size === 0) return '{}';
    const members = sortedEntries(v).map(([k, x]) => `${inner}${jsonStringText(k)}: ${jsonPrettyText(x, inner)}`);
    return `{\n${members.join(',\n')}\n${indent}}`;
  }
  return jsonText(v);
}

/** Structural equality; numbers compare by value across integer and double forms. */
export function jsonEquals(a: JsonValue, b: JsonValue): boolean {
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEquals(x, b[i]));
  if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false;
    for (const [k, x] of a) if (!b.has(k) || !jsonEquals(x, b.get(k) as JsonValue)) return false;
    return true;
  }
  if ((typeof a === 'bigint' || typeof a === 'number') && (typeof b === 'bigint' || typeof b === 'number')) {
    if (typeof a === typeof b) return a === b;
    const [int, dbl] = typeof a === 'bigint' ? [a, b as number] : [b as bigint, a];
    return Number.isInteger(dbl) && BigInt(dbl) === int;
  }
  return a === b;
}
