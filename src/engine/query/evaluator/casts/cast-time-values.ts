/**
 * Casts between DATE and TIMESTAMP (through the statement's default time zone: a date is its
 * midnight there, a timestamp the date it falls on there) and between UUID and BYTES (16 bytes,
 * big-endian, as the canonical lower-case text spells them).
 */

import { dateToTimestampOutOfRange } from '../../../../errors/datetime-evaluation-errors';
import { evaluationFailed } from '../../../../errors/evaluation-errors';
import { isTimestampValue, timestampValue, type SpannerValue } from '../../../../types/spanner-value';
import type { ScalarKind } from '../../analyzer/sql-type';
import type { EvalContext } from '../eval-context';
import { civilSeconds, zoneResolver } from './timestamp-from-text';
import { dateTextOfDay, MAX_TIMESTAMP_NANOS, MIN_TIMESTAMP_NANOS } from '../functions/datetime/civil-time';
import { timeZoneNamed } from '../functions/datetime/time-zones';
import { zonedTime } from '../functions/datetime/zoned-time';

const NANOS_PER_SECOND = 1_000_000_000n;

/** Midnight of `date` (`YYYY-MM-DD`) in `zone`, as nanoseconds since the epoch. */
export function dateToTimestampNanos(date: string, zone: string): bigint {
  const [year, month, day] = date.split('-').map(Number);
  const wall = civilSeconds(year, month, day);
  const nanos = BigInt(wall - zoneResolver(zone)(wall)) * NANOS_PER_SECOND;
  // Zones east of UTC put 0001-01-01's midnight before the first representable instant.
  if (nanos < MIN_TIMESTAMP_NANOS || nanos > MAX_TIMESTAMP_NANOS) throw dateToTimestampOutOfRange(date);
  return nanos;
}

/** The date (`YYYY-MM-DD`) on which the instant `nanos` falls in `zone`. */
export function timestampToDate(nanos: bigint, zone: string): string {
  return dateTextOfDay(zonedTime(nanos, timeZoneNamed(zone)).days);
}

function uuidToBytes(text: string): Uint8Array {
  return Buffer.from(text.replace(/-/g, ''), 'hex');
}

function bytesToUuid(bytes: Uint8Array): string {
  if (bytes.length !== 16) throw evaluationFailed(`Invalid UUID bytes length: ${bytes.length}`);
  const hex = Buffer.from(bytes).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A DATE/TIMESTAMP or UUID/BYTES cast, or undefined when the pair is not one of those. */
export function castTimeValue(
  value: SpannerValue,
  from: ScalarKind,
  to: ScalarKind,
  ctx: EvalContext,
): SpannerValue | undefined {
  if (from === 'DATE' && to === 'TIMESTAMP') return timestampValue(dateToTimestampNanos(value as string, ctx.timeZone));
  if (from === 'TIMESTAMP' && to === 'DATE' && isTimestampValue(value))
    return timestampToDate(value.nanos, ctx.timeZone);
  if (from === 'UUID' && to === 'BYTES') return uuidToBytes(value as string);
  if (from === 'BYTES' && to === 'UUID') return bytesToUuid(value as Uint8Array);
  return undefined;
}
