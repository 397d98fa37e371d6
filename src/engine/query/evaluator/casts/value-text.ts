/**
 * A value as CAST(value AS STRING) writes it, for every type that casts to STRING: floats as
 * GoogleSQL prints them (float-text.ts), NUMERIC and DATE in their canonical text, TIMESTAMP in a
 * time zone (functions/datetime/zoned-time.ts), BYTES decoded as UTF-8 (invalid UTF-8 is an error, as in the
 * cast). JSON, which does not cast to STRING, gives its normalized text so that FORMAT can reuse
 * this; ARRAY and STRUCT have no text here (FORMAT's `%t` writes them itself).
 */

import { invalidUtf8InCast } from '../../../../errors/numeric-evaluation-errors';
import { isTimestampValue, type SpannerValue } from '../../../../types/spanner-value';
import { DEFAULT_TIME_ZONE } from '../../analyzer/date-time-text';
import { typeName, type SqlType } from '../../analyzer/sql-type';
import { float32Text, float64Text } from '../../../../types/float-text';
import { timestampToString } from '../functions/datetime/zoned-time';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** BYTES -> STRING as CAST does it: the bytes must be valid UTF-8. */
export function utf8Text(bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw invalidUtf8InCast();
  }
}

/** The text of a non-NULL `value` of `type`; TIMESTAMP uses `timeZone`. */
export function valueToText(type: SqlType, value: SpannerValue, timeZone: string = DEFAULT_TIME_ZONE): string {
  if (type.kind !== 'scalar') throw new Error(`${typeName(type)} has no text form`);
  switch (type.name) {
    case 'BOOL':
      return value ? 'true' : 'false';
    case 'INT64':
      return String(value);
    case 'FLOAT64':
      return float64Text(value as number);
    case 'FLOAT32':
      return float32Text(value as number);
    case 'TIMESTAMP':
      if (!isTimestampValue(value)) throw new Error('TIMESTAMP value expected');
      return timestampToString(value.nanos, timeZone);
    case 'BYTES':
      return utf8Text(value as Uint8Array);
    case 'NUMERIC':
    case 'STRING':
    case 'DATE':
    case 'JSON':
    case 'UUID':
    case 'INTERVAL':
    case 'TOKENLIST':
      if (typeof value !== 'string') throw new Error(`${type.name} value has no text form`);
      return value;
  }
}
