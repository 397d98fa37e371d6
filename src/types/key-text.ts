/**
 * Keys and values as Spanner's (and the official emulator's) error messages print them:
 * `{Int64(1), String("a")↓}`, each value with its type name, DESC parts marked with `↓`, NULL as
 * `Int64(NULL)`. For messages only; nothing parses this text back.
 */

import { assertNever } from '../errors/assert-never';
import { float32Text, float64Text } from './float-text';
import { bytesLiteral, stringLiteral } from './value-literals';
import { isTimestampValue, ScalarTypeName, SpannerValue, ValueType } from './spanner-value';

export interface KeyTextPart {
  readonly type: ValueType;
  readonly desc: boolean;
}

export function keyText(parts: readonly KeyTextPart[], values: readonly SpannerValue[]): string {
  return `{${values.map((v, i) => `${valueText(parts[i].type, v)}${parts[i].desc ? '↓' : ''}`).join(', ')}}`;
}

export function valueText(type: ValueType, value: SpannerValue): string {
  if (type.kind === 'array') {
    if (value === null) return 'Array(NULL)';
    return `Array[${(value as SpannerValue[]).map((v) => valueText(type.element, v)).join(', ')}]`;
  }
  return `${TYPE_NAMES[type.name]}(${value === null ? 'NULL' : scalarText(type.name, value)})`;
}

const TYPE_NAMES: Record<ScalarTypeName, string> = {
  BOOL: 'Bool',
  INT64: 'Int64',
  FLOAT32: 'Float',
  FLOAT64: 'Double',
  NUMERIC: 'Numeric',
  STRING: 'String',
  BYTES: 'Bytes',
  DATE: 'Date',
  TIMESTAMP: 'Timestamp',
  JSON: 'Json',
};

function scalarText(type: ScalarTypeName, value: SpannerValue): string {
  switch (type) {
    case 'FLOAT32':
    case 'FLOAT64':
      return floatText(type, value as number);
    case 'BOOL':
    case 'INT64':
    case 'NUMERIC':
    case 'DATE':
    case 'JSON':
      return String(value);
    case 'STRING':
      return stringLiteral(value as string);
    case 'BYTES':
      return bytesLiteral(value as Uint8Array);
    case 'TIMESTAMP':
      return isTimestampValue(value) ? timestampText(value.nanos) : String(value);
    default:
      return assertNever(type, 'value type');
  }
}

/** As ZetaSQL's DebugString prints floats: `Double(1e+20)`, `Float(0.1)`, `Double(inf)`, `Double(-0)`. */
function floatText(type: 'FLOAT32' | 'FLOAT64', x: number): string {
  if (Object.is(x, -0)) return '-0';
  return type === 'FLOAT32' ? float32Text(x) : float64Text(x);
}

/**
 * `2020-01-01 12:00:00.500+00`: UTC, the fraction only when non-zero, in milli-, micro- or
 * nanoseconds, whichever is exact.
 */
function timestampText(nanos: bigint): string {
  const millis = nanos / 1_000_000n - (nanos % 1_000_000n < 0n ? 1n : 0n);
  const iso = new Date(Number(millis)).toISOString();
  const subSecond = ((nanos % 1_000_000_000n) + 1_000_000_000n) % 1_000_000_000n;
  const digits = subSecond.toString().padStart(9, '0').replace(/0+$/, '');
  const fraction = subSecond === 0n ? '' : `.${digits.padEnd(Math.ceil(digits.length / 3) * 3, '0')}`;
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${fraction}+00`;
}
