/**
 * proto3 JSON rules for one scalar value, as Google's gateway applies them: integers as JSON
 * numbers or decimal strings, in the range of their type and without a fraction; 64-bit integers
 * out as strings; floats as numbers or "NaN"/"Infinity"/"-Infinity"; bools as true/false (or their
 * strings, which query parameters give); strings only as strings; bytes as base64, standard or
 * URL-safe. A value is returned in the form the decoder reads exactly, or refused naming its field.
 * Messages, enums, lists and maps are json-normalizer.ts's.
 */
import { invalidJsonValue } from '../../errors';

const TYPE_NAMES: Readonly<Record<string, string>> = {
  double: 'TYPE_DOUBLE',
  float: 'TYPE_FLOAT',
  int32: 'TYPE_INT32',
  sint32: 'TYPE_SINT32',
  sfixed32: 'TYPE_SFIXED32',
  uint32: 'TYPE_UINT32',
  fixed32: 'TYPE_FIXED32',
  int64: 'TYPE_INT64',
  sint64: 'TYPE_SINT64',
  sfixed64: 'TYPE_SFIXED64',
  uint64: 'TYPE_UINT64',
  fixed64: 'TYPE_FIXED64',
  bool: 'TYPE_BOOL',
  string: 'TYPE_STRING',
  bytes: 'TYPE_BYTES',
};

const INT32: readonly [bigint, bigint] = [-(2n ** 31n), 2n ** 31n - 1n];
const UINT32: readonly [bigint, bigint] = [0n, 2n ** 32n - 1n];
const INT64: readonly [bigint, bigint] = [-(2n ** 63n), 2n ** 63n - 1n];
const UINT64: readonly [bigint, bigint] = [0n, 2n ** 64n - 1n];

const RANGES: Readonly<Record<string, readonly [bigint, bigint]>> = {
  int32: INT32,
  sint32: INT32,
  sfixed32: INT32,
  uint32: UINT32,
  fixed32: UINT32,
  int64: INT64,
  sint64: INT64,
  sfixed64: INT64,
  uint64: UINT64,
  fixed64: UINT64,
};

const DECIMAL_INTEGER = /^-?\d{1,40}$/;
const NUMBER_TEXT = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const FLOAT_MAX = 3.4028234663852886e38;
const NON_FINITE = new Set(['NaN', 'Infinity', '-Infinity']);
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

export function scalarTypeName(type: string): string {
  return TYPE_NAMES[type] ?? `TYPE_${type.toUpperCase()}`;
}

export function isScalarType(type: string): boolean {
  return type in TYPE_NAMES;
}

/** The exact integer a JSON value denotes, or undefined if it denotes none (1.5, "abc", true). */
function integerOf(value: unknown): bigint | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value) : undefined;
  if (typeof value !== 'string') return undefined;
  if (DECIMAL_INTEGER.test(value)) return BigInt(value);
  // "1e2" and "3.0" are integers too; beyond 2^53 such text is refused rather than rounded.
  if (!NUMBER_TEXT.test(value)) return undefined;
  const n = Number(value);
  return Number.isSafeInteger(n) ? BigInt(n) : undefined;
}

function floatOf(value: unknown, type: string): number | undefined {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && (NON_FINITE.has(value) || NUMBER_TEXT.test(value))
        ? Number(value)
        : undefined;
  if (n === undefined) return undefined;
  return type === 'float' && Number.isFinite(n) && Math.abs(n) > FLOAT_MAX ? undefined : n;
}

function boolOf(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  return value === 'true' ? true : value === 'false' ? false : undefined;
}

function convert(type: string, value: unknown): unknown {
  const range = RANGES[type];
  if (range) {
    const n = integerOf(value);
    if (n === undefined || n < range[0] || n > range[1]) return undefined;
    return range === INT64 || range === UINT64 ? n.toString() : Number(n);
  }
  switch (type) {
    case 'double':
    case 'float':
      return floatOf(value, type);
    case 'bool':
      return boolOf(value);
    case 'string':
      return typeof value === 'string' ? value : undefined;
    case 'bytes':
      return typeof value === 'string' && BASE64.test(value) ? value : undefined;
    default:
      return undefined;
  }
}

/** The value in the decoder's form, or an INVALID_ARGUMENT naming the field's path. */
export function normalizeScalar(type: string, value: unknown, path: string): unknown {
  const converted = convert(type, value);
  if (converted === undefined) throw invalidJsonValue(path, scalarTypeName(type), value);
  return converted;
}
