/**
 * Casts from STRING to every type that accepts one: numbers (cast-number-text.ts), BOOL
 * (`true`/`false` in any case, nothing else), BYTES (the UTF-8 encoding), DATE and TIMESTAMP
 * (timestamp-from-text.ts) and UUID. INTERVAL values have no engine form yet, so that cast is
 * reported as not evaluable.
 */

import { badValueForType, evaluationFailed, functionNotEvaluable } from '../../../../errors/evaluation-errors';
import { timestampValue, type SpannerValue } from '../../../../types/spanner-value';
import type { ScalarKind } from '../../analyzer/sql-type';
import { messageText, textToFloat32, textToFloat64, textToInt64, textToNumeric } from './cast-number-text';
import type { EvalContext } from '../eval-context';
import { textToDate, textToTimestamp } from './timestamp-from-text';

const UUID_RE = /^\{?([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})\}?$/i;

function textToBool(text: string): boolean {
  const lower = text.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  throw badValueForType('bool', messageText(text));
}

function textToUuid(text: string): string {
  const m = UUID_RE.exec(text.trim());
  if (!m) throw evaluationFailed(`Invalid UUID string: ${messageText(text)}`);
  return m.slice(1).join('-').toLowerCase();
}

export function castFromString(text: string, to: ScalarKind, ctx: EvalContext): SpannerValue {
  switch (to) {
    case 'INT64':
      return textToInt64(text);
    case 'FLOAT64':
      return textToFloat64(text);
    case 'FLOAT32':
      return textToFloat32(text);
    case 'NUMERIC':
      return textToNumeric(text);
    case 'BOOL':
      return textToBool(text);
    case 'BYTES':
      return Buffer.from(text, 'utf8');
    case 'DATE':
      return textToDate(text);
    case 'TIMESTAMP':
      return timestampValue(textToTimestamp(text, ctx.timeZone));
    case 'UUID':
      return textToUuid(text);
    default:
      throw functionNotEvaluable(`CAST from STRING to ${to}`);
  }
}
