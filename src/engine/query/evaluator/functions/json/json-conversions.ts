/**
 * SQL values to JSON (TO_JSON and every function that embeds SQL values in JSON: JSON_ARRAY,
 * JSON_OBJECT, JSON_SET...), following GoogleSQL's JSON encodings: INT64 and NUMERIC stay exact
 * numbers (or strings with `stringify_wide_numbers` beyond 2^53), NaN and infinities become
 * strings, BYTES base64, DATE and TIMESTAMP RFC 3339 text, STRUCT an object (first of duplicate
 * field names wins). JSON to SQL values is json-to-sql.ts.
 */

import { assertNever } from '../../../../../errors/assert-never';
import { functionNotEvaluable } from '../../../../../errors/evaluation-errors';
import { jsonNestingTooDeep, toJsonConversionFailed } from '../../../../../errors/json-evaluation-errors';
import { isTimestampValue, type SpannerValue } from '../../../../../types/spanner-value';
import { typeName, type SqlType } from '../../../analyzer/sql-type';
import { decimalRoundTrips, JsonParseFailure, parseJson } from '../../../../../types/json/json-parser';
import type { JsonObject, JsonValue } from '../../../../../types/json/json-value';
import { dateTextOfDay, NANOS_PER_DAY, pad } from '../datetime/civil-time';
import { INT64_MIN, UINT64_MAX } from '../../../../../types/int64';

const MAX_EXACT_DOUBLE = 2n ** 53n;

export interface ToJsonOptions {
  readonly stringifyWideNumbers: boolean;
}

const PLAIN: ToJsonOptions = { stringifyWideNumbers: false };

/** A SQL value of `type` as JSON. */
export function toJson(value: SpannerValue, type: SqlType, options: ToJsonOptions = PLAIN): JsonValue {
  if (value === null) return null;
  switch (type.kind) {
    case 'array':
      return (value as readonly SpannerValue[]).map((v) => toJson(v, type.element, options));
    case 'struct': {
      const fields = value as readonly SpannerValue[];
      const object: JsonObject = new Map();
      type.fields.forEach((f, i) => {
        const key = f.name ?? '';
        if (!object.has(key)) object.set(key, toJson(fields[i], f.type, options));
      });
      return object;
    }
    case 'scalar':
      return scalarToJson(value, type, options);
    case 'proto':
    case 'enum':
      throw functionNotEvaluable(`TO_JSON of ${typeName(type)}`);
    default:
      return assertNever(type, 'SQL type');
  }
}

function scalarToJson(value: SpannerValue, type: SqlType & { kind: 'scalar' }, options: ToJsonOptions): JsonValue {
  switch (type.name) {
    case 'BOOL':
    case 'STRING':
    case 'DATE':
    case 'UUID':
      return value as boolean | string;
    case 'INT64': {
      const n = value as bigint;
      return options.stringifyWideNumbers && isWide(n) ? n.toString() : n;
    }
    case 'FLOAT32':
    case 'FLOAT64':
      return doubleToJson(value as number);
    case 'NUMERIC':
      return numericToJson(value as string, options);
    case 'BYTES':
      return Buffer.from(value as Uint8Array).toString('base64');
    case 'TIMESTAMP':
      if (!isTimestampValue(value)) throw toJsonConversionFailed(typeName(type));
      return timestampRfc3339Text(value.nanos);
    case 'JSON':
      return readStoredJson(value as string);
    case 'INTERVAL':
    case 'TOKENLIST':
      throw toJsonConversionFailed(typeName(type));
    default:
      return assertNever(type.name, 'scalar type');
  }
}

/**
 * A JSON SQL value (valid, normalized text) as the JSON model. Its text can only fail to parse
 * when functions such as JSON_ARRAY or JSON_SET nested it past the parser's depth limit.
 */
export function readStoredJson(text: string): JsonValue {
  try {
    return parseJson(text, 'round');
  } catch (e) {
    if (e instanceof JsonParseFailure) throw jsonNestingTooDeep(e.message);
    throw e;
  }
}

function isWide(n: bigint): boolean {
  return n > MAX_EXACT_DOUBLE || n < -MAX_EXACT_DOUBLE;
}

function doubleToJson(x: number): JsonValue {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  return x;
}

/** An integral NUMERIC stays an exact integer; others must survive a double, as GoogleSQL requires. */
function numericToJson(text: string, options: ToJsonOptions): JsonValue {
  if (!text.includes('.')) {
    const int = BigInt(text);
    if (options.stringifyWideNumbers && isWide(int)) return text;
    if (int >= INT64_MIN && int <= UINT64_MAX) return int;
  }
  const double = Number(text);
  if (decimalRoundTrips(text, double)) return double;
  if (options.stringifyWideNumbers) return text;
  throw toJsonConversionFailed('NUMERIC');
}

/** `2020-01-02T03:04:05.500Z`: UTC, the fraction in groups of three digits as needed. */
function timestampRfc3339Text(nanos: bigint): string {
  let days = nanos / NANOS_PER_DAY;
  let within = nanos % NANOS_PER_DAY;
  if (within < 0n) {
    within += NANOS_PER_DAY;
    days -= 1n;
  }
  const second = Number(within / 1_000_000_000n);
  const fraction = within % 1_000_000_000n;
  const time = `${pad(Math.floor(second / 3600), 2)}:${pad(Math.floor(second / 60) % 60, 2)}:${pad(second % 60, 2)}`;
  let digits = fraction === 0n ? '' : `.${pad(fraction, 9)}`;
  while (digits.endsWith('000')) digits = digits.slice(0, -3);
  return `${dateTextOfDay(Number(days))}T${time}${digits}Z`;
}
