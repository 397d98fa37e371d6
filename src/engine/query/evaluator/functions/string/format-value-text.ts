/**
 * FORMAT's %t (a value's plain text) and %T (the value as a GoogleSQL literal): strings quoted
 * and escaped, floats always with a fraction or exponent (`1.0`), non-finite floats as casts,
 * typed literals for NUMERIC, DATE, TIMESTAMP (in UTC) and JSON, arrays in brackets, structs in
 * parentheses (`STRUCT(x)` when a %T struct has one field). Scalar text comes from value-text.ts.
 */

import { isTimestampValue, type SpannerValue } from '../../../../../types/spanner-value';
import { assertNever } from '../../../../../errors/assert-never';
import { functionNotEvaluable } from '../../../../../errors/evaluation-errors';
import { typeName, type SqlType } from '../../../analyzer/sql-type';
import { float32Text, float64Text } from '../../../../../types/float-text';
import { bytesLiteral, stringLiteral } from '../../../../../types/value-literals';
import { timestampToString } from '../datetime/zoned-time';
import { valueToText } from '../../casts/value-text';

/** A finite float's text with a fraction or exponent; null for NaN and infinities. */
function floatText(x: number, float32: boolean): string | null {
  if (!Number.isFinite(x)) return null;
  if (Object.is(x, -0)) return '-0.0';
  const text = float32 ? float32Text(x) : float64Text(x);
  return /^-?[0-9]+$/.test(text) ? `${text}.0` : text;
}

function scalarText(type: SqlType & { kind: 'scalar' }, value: SpannerValue, literal: boolean): string {
  switch (type.name) {
    case 'STRING':
      return literal ? stringLiteral(value as string) : (value as string);
    case 'BYTES':
      return literal ? bytesLiteral(value as Uint8Array) : Buffer.from(value as Uint8Array).toString('utf8');
    case 'FLOAT64':
    case 'FLOAT32': {
      const text = floatText(value as number, type.name === 'FLOAT32');
      if (text !== null) return text;
      const special = valueToText(type, value);
      return literal ? `CAST(${stringLiteral(special)} AS ${type.name})` : special;
    }
    case 'TIMESTAMP': {
      const text = isTimestampValue(value) ? timestampToString(value.nanos, 'UTC') : String(value);
      return literal ? `TIMESTAMP ${stringLiteral(text)}` : text;
    }
    case 'NUMERIC':
    case 'DATE':
    case 'JSON':
    case 'UUID':
    case 'INTERVAL': {
      const text = valueToText(type, value);
      return literal ? `${type.name} ${stringLiteral(text)}` : text;
    }
    default:
      return valueToText(type, value);
  }
}

/** The %t (literal = false) or %T (literal = true) text of a value of `type`. */
export function formatValueText(type: SqlType, value: SpannerValue, literal: boolean): string {
  if (value === null) return 'NULL';
  switch (type.kind) {
    case 'array':
      return `[${(value as readonly SpannerValue[]).map((v) => formatValueText(type.element, v, literal)).join(', ')}]`;
    case 'struct': {
      const fields = (value as readonly SpannerValue[]).map((v, i) => formatValueText(type.fields[i].type, v, literal));
      return literal && fields.length <= 1 ? `STRUCT(${fields.join('')})` : `(${fields.join(', ')})`;
    }
    case 'scalar':
      return scalarText(type, value, literal);
    case 'proto':
    case 'enum':
      throw functionNotEvaluable(`FORMAT of ${typeName(type)}`);
    default:
      return assertNever(type, 'SQL type');
  }
}
