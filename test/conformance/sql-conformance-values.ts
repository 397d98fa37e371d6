/**
 * Compares result values the way the SQL corpus README says: by the type the server reports for
 * the column. TIMESTAMP without trailing zero fraction digits, NUMERIC as a canonical decimal,
 * FLOAT64 as numbers (NaN equals NaN), FLOAT32 rounded to single precision on both sides, ARRAY and
 * STRUCT element by element, everything else as exact JSON. Also names a server type the way
 * expectations spell it (`INT64`, `ARRAY<STRING>`, `STRUCT`).
 */
import { isDeepStrictEqual } from 'util';
import { TypeCode, typeCodeFromJSON } from '../../generated/google/spanner/v1/type';

/** A google.spanner.v1.Type in REST JSON; the code may be a name or a number. */
export interface TypeJson {
  code: string | number;
  arrayElementType?: TypeJson;
  structType?: { fields?: { name?: string; type: TypeJson }[] };
}

export function typeName(type: TypeJson): string {
  const code = typeCodeFromJSON(type.code);
  if (code === TypeCode.ARRAY && type.arrayElementType !== undefined)
    return `ARRAY<${typeName(type.arrayElementType)}>`;
  return code;
}

export function valuesEqual(type: TypeJson, actual: unknown, expected: unknown): boolean {
  if (actual === null || expected === null) return actual === expected;
  switch (typeCodeFromJSON(type.code)) {
    case TypeCode.TIMESTAMP:
      return (
        typeof actual === 'string' && typeof expected === 'string' && timestampText(actual) === timestampText(expected)
      );
    case TypeCode.NUMERIC:
      return (
        typeof actual === 'string' && typeof expected === 'string' && decimalText(actual) === decimalText(expected)
      );
    case TypeCode.FLOAT64:
      return floatsEqual(floatOf(actual), floatOf(expected), (x) => x);
    case TypeCode.FLOAT32:
      return floatsEqual(floatOf(actual), floatOf(expected), Math.fround);
    case TypeCode.ARRAY:
      return arraysEqual(actual, expected, () => type.arrayElementType);
    case TypeCode.STRUCT:
      return arraysEqual(actual, expected, (i) => type.structType?.fields?.[i]?.type);
    default:
      return isDeepStrictEqual(actual, expected);
  }
}

export function rowsEqual(
  types: readonly TypeJson[],
  actual: readonly unknown[],
  expected: readonly unknown[],
): boolean {
  return (
    actual.length === expected.length &&
    types.length === actual.length &&
    arraysEqual(actual, expected, (i) => types[i])
  );
}

function arraysEqual(actual: unknown, expected: unknown, typeAt: (i: number) => TypeJson | undefined): boolean {
  if (!Array.isArray(actual) || !Array.isArray(expected) || actual.length !== expected.length) return false;
  return actual.every((value, i) => {
    const type = typeAt(i);
    return type === undefined ? isDeepStrictEqual(value, expected[i]) : valuesEqual(type, value, expected[i]);
  });
}

/** RFC 3339 without trailing zero fraction digits (and without the dot when none remain). */
function timestampText(text: string): string {
  return text.replace(/\.(\d*?)0*Z$/, (_m, digits: string) => (digits === '' ? 'Z' : `.${digits}Z`));
}

/** A decimal without sign for zero, leading integer zeros or trailing fraction zeros. */
function decimalText(text: string): string {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (match === null) return text;
  const integer = match[2].replace(/^0+/, '') || '0';
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  const magnitude = fraction === '' ? integer : `${integer}.${fraction}`;
  return match[1] === '-' && magnitude !== '0' ? `-${magnitude}` : magnitude;
}

/** A proto3 JSON double: a number or one of "NaN", "Infinity", "-Infinity" (or a numeric string). */
function floatOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (value === 'NaN') return Number.NaN;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isNaN(number) ? undefined : number;
}

function floatsEqual(a: number | undefined, b: number | undefined, round: (x: number) => number): boolean {
  if (a === undefined || b === undefined) return false;
  return (Number.isNaN(a) && Number.isNaN(b)) || round(a) === round(b);
}
