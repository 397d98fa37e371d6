/**
 * Change stream OPTIONS values: retention_period within [24h, 7d] in Spanner's time-spec form
 * (`36h`, `7d`, `86400s`) and a known value_capture_type. Option names and value kinds are
 * checked by the parser, as Spanner checks them while parsing; NULL values are valid (unset).
 */

import {
  invalidChangeStreamRetentionPeriod,
  invalidTimeDuration,
  invalidValueCaptureType,
} from '../../../errors/change-stream-errors';
import type { DdlOption } from '../../../sql/ast/ddl-common';
import { INT64_MAX } from '../../../types/int64';

const MIN_RETENTION_SECONDS = 24n * 60n * 60n;
const MAX_RETENTION_SECONDS = 7n * 24n * 60n * 60n;

const VALUE_CAPTURE_TYPES: ReadonlySet<string> = new Set([
  'OLD_AND_NEW_VALUES',
  'NEW_ROW',
  'NEW_VALUES',
  'NEW_ROW_AND_OLD_VALUES',
]);

const UNIT_SECONDS: Readonly<Record<string, bigint>> = { s: 1n, m: 60n, h: 3600n, d: 86400n };

/** Seconds of a `<digits><s|m|h|d>` time spec, or null when malformed or out of INT64 range. */
export function parseTimeSpecSeconds(spec: string): bigint | null {
  const m = /^(\d+)([smhd])$/.exec(spec);
  if (m === null) return null;
  const seconds = BigInt(m[1]) * UNIT_SECONDS[m[2]];
  return seconds > INT64_MAX ? null : seconds;
}

export function validateChangeStreamOptions(options: readonly DdlOption[]): void {
  for (const option of options) {
    const value = option.value;
    if (value.kind !== 'string') continue;
    switch (option.name.toLowerCase()) {
      case 'retention_period': {
        const seconds = parseTimeSpecSeconds(value.value);
        if (seconds === null) throw invalidTimeDuration(value.value);
        if (seconds < MIN_RETENTION_SECONDS || seconds > MAX_RETENTION_SECONDS) {
          throw invalidChangeStreamRetentionPeriod(value.value);
        }
        break;
      }
      case 'value_capture_type':
        if (!VALUE_CAPTURE_TYPES.has(value.value)) throw invalidValueCaptureType(value.value);
        break;
    }
  }
}
