/**
 * Reading DATE and TIMESTAMP values from text as CAST(STRING AS DATE / TIMESTAMP) does, with
 * GoogleSQL's three kinds of failure: text of the wrong shape (`Invalid timestamp: '...'`), fields
 * or instants out of range (`Invalid timestamp string "..." (scale TIMESTAMP_NANOSECOND)`), and
 * unknown zones (`Invalid time zone: ...`). A timestamp without a zone is read in the default
 * zone. Literals are the analyzer's (date-time-text.ts), which accept a little more.
 */

import { invalidTimestampText, invalidTimeZone } from '../../../../errors/datetime-evaluation-errors';
import {
  dateTextOutOfRange,
  invalidDateText,
  timestampTextOutOfRange,
} from '../../../../errors/numeric-evaluation-errors';
import { timeZoneNamed, utcOfWall, type TimeZone } from '../functions/datetime/time-zones';

const NANOS_PER_SECOND = 1_000_000_000n;
const MIN_SECONDS = -62135596800;
const MAX_SECONDS_EXCLUSIVE = 253402300800;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const DATE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TIMESTAMP_RE =
  /^(\d{4,5})-(\d{1,2})-(\d{1,2})(?:[ Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d{1,9}))?(?:([zZ])|([+-][0-9:]*)| ([^+-].*))?)?$/;

export function isValidCivilDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** CAST(STRING AS DATE): exactly `YYYY-[M]M-[D]D`, years 0001-9999. */
export function textToDate(text: string): string {
  const m = DATE_RE.exec(text);
  if (!m) throw invalidDateText(text);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidCivilDate(year, month, day)) throw invalidDateText(text);
  if (year < 1) throw dateTextOutOfRange(text);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * A function giving the offset (seconds) at a wall time for a zone written after a timestamp or
 * as a time zone argument: a fixed offset, `UTC`/`UTC+3`, or a zone name. Throws for unknown ones.
 */
export function zoneResolver(zone: string): (wallSeconds: number) => number {
  let named: TimeZone;
  try {
    named = timeZoneNamed(zone);
  } catch (e) {
    // A bad `UTC+h` written after a timestamp is reported by its offset alone, as GoogleSQL does.
    const offset = /^UTC([+-].*)$/.exec(zone);
    throw offset !== null ? invalidTimeZone(offset[1]) : e;
  }
  return (wall) => wall - utcOfWall(named, wall);
}

/** Seconds since the epoch of a civil date and time read as UTC. */
export function civilSeconds(year: number, month: number, day: number, h = 0, mi = 0, s = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(h, mi, s, 0);
  return d.getTime() / 1000;
}

/** CAST(STRING AS TIMESTAMP) in nanoseconds since the epoch; `defaultZone` when none is written. */
export function textToTimestamp(text: string, defaultZone: string): bigint {
  const m = TIMESTAMP_RE.exec(text);
  if (!m) throw invalidTimestampText(text);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [h, mi, s] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (!isValidCivilDate(year, month, day) || h > 23 || mi > 59 || s > 60) throw timestampTextOutOfRange(text);
  const zone = m[8] !== undefined ? 'UTC' : (m[9] ?? m[10] ?? defaultZone);
  const offsetAt = zoneResolver(zone);
  const wall = civilSeconds(year, month, day, h, mi, s);
  const seconds = wall - offsetAt(wall);
  if (year > 9999 || seconds < MIN_SECONDS || seconds >= MAX_SECONDS_EXCLUSIVE) throw timestampTextOutOfRange(text);
  return BigInt(seconds) * NANOS_PER_SECOND + BigInt((m[7] ?? '').padEnd(9, '0'));
}
