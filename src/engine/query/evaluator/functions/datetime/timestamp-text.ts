/**
 * TIMESTAMP(string[, time_zone]): reading canonical timestamp text at run time, with the errors
 * GoogleSQL gives for text of the wrong shape (`Invalid timestamp: '...'`), fields or an instant
 * out of range (`Invalid timestamp string "..."`), and a zone in both the text and the argument.
 * Literal and coercion parsing at analysis time is the analyzer's (date-time-text.ts).
 */

import {
  invalidTimestampString,
  invalidTimestampText,
  timeZoneNotAllowed,
} from '../../../../../errors/datetime-evaluation-errors';
import { daysFromCivil, isValidCivil, MAX_TIMESTAMP_NANOS, MIN_TIMESTAMP_NANOS } from './civil-time';
import { timeZoneNamed, UTC_ZONE, type TimeZone } from './time-zones';
import { instantOf } from './zoned-time';

const SHAPE = /^(\d{1,5})-(\d{1,2})-(\d{1,2})(?:[Tt ](\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d{1,6}))?)?(.*)$/s;

/** The zone the text after the date and time names: null for none, undefined for bad shape. */
function zoneOfSuffix(rest: string): TimeZone | null | undefined {
  if (rest === '') return null;
  if (rest === 'Z' || rest === 'z') return UTC_ZONE;
  if (/^[+-]\d/.test(rest)) return timeZoneNamed(rest);
  if (rest.startsWith(' ') && rest.length > 1 && !/^ [+-]/.test(rest)) return timeZoneNamed(rest.slice(1));
  return undefined;
}

/** Nanoseconds since the epoch of `text`, read in `zoneArg` (given) or `defaultZone`. */
export function timestampFromText(text: string, zoneArg: TimeZone | null, defaultZone: TimeZone): bigint {
  const m = SHAPE.exec(text);
  if (m === null) throw invalidTimestampText(text);
  const suffix = m[8];
  if (m[4] === undefined && suffix !== '') throw invalidTimestampText(text);
  if (zoneArg !== null && suffix !== '' && zoneOfSuffix(suffix) !== undefined) throw timeZoneNotAllowed(text);
  const zone = zoneOfSuffix(suffix);
  if (zone === undefined) throw invalidTimestampText(text);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (year < 1 || year > 9999 || !isValidCivil(year, month, day) || hour > 23 || minute > 59 || second > 60) {
    throw invalidTimestampString(text);
  }
  const subNanos = BigInt((m[7] ?? '').padEnd(9, '0'));
  const nanos = instantOf(
    daysFromCivil(year, month, day),
    hour * 3600 + minute * 60 + second,
    subNanos,
    zone ?? zoneArg ?? defaultZone,
  );
  if (nanos < MIN_TIMESTAMP_NANOS || nanos > MAX_TIMESTAMP_NANOS) throw invalidTimestampString(text);
  return nanos;
}
