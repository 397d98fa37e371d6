/**
 * Time zones of the date and timestamp functions: fixed offsets (`+05:30`, `UTC-3`, `-0530`) and
 * IANA names (`America/Los_Angeles`, case-sensitive as in GoogleSQL), their UTC offset at an
 * instant (from the platform's ICU data through Intl.DateTimeFormat, cached per zone), and the
 * conversions between instants and civil (wall clock) seconds. Offsets keep their seconds
 * (local mean time before 1883 is -7:52:58 in Los Angeles).
 */

import { invalidEmptyTimeZone, invalidTimeZone } from '../../../../../errors/datetime-evaluation-errors';
import { daysFromCivil } from './civil-time';
import { BoundedCache } from '../../../../../common/bounded-cache';

export interface TimeZone {
  readonly name: string;
  /** Offset in seconds of a fixed-offset zone; null for a named zone. */
  readonly fixedOffset: number | null;
  readonly format: Intl.DateTimeFormat | null;
}

const MAX_OFFSET_SECONDS = 14 * 3600;
const COLON_OFFSET = /^(?:UTC)?([+-])(\d{1,2})(?::(\d{1,2}))?$/;
const PACKED_OFFSET = /^(?:UTC)?([+-])(\d{2})(\d{1,2})$/;

const zoneCache = new BoundedCache<TimeZone>(1000);

/** The zone a function's time zone argument names; INVALID time zones are OUT_OF_RANGE. */
export function timeZoneNamed(name: string): TimeZone {
  return zoneCache.get(name, () => {
    if (name === '') throw invalidEmptyTimeZone();
    const zone = fixedZone(name) ?? namedZone(name);
    if (zone === null) throw invalidTimeZone(name);
    return zone;
  });
}

/** A fixed-offset zone, or null when `name` is not offset syntax or is out of range. */
function fixedZone(name: string): TimeZone | null {
  const m = COLON_OFFSET.exec(name) ?? PACKED_OFFSET.exec(name);
  if (m === null) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  const total = hours * 3600 + minutes * 60;
  if (minutes > 59 || total > MAX_OFFSET_SECONDS) return null;
  return { name, fixedOffset: m[1] === '-' ? -total : total, format: null };
}

export function fixedOffsetZone(offsetSeconds: number): TimeZone {
  return { name: 'UTC', fixedOffset: offsetSeconds, format: null };
}

export const UTC_ZONE = fixedOffsetZone(0);

/** Canonical spellings by lower-case name: GoogleSQL's zone names are case-sensitive, ICU's not. */
let canonicalSpellings: Map<string, string> | null = null;

function spellingOf(name: string): string | undefined {
  if (canonicalSpellings === null) {
    const names = [...Intl.supportedValuesOf('timeZone'), 'UTC', 'GMT', 'Etc/UTC', 'Etc/GMT'];
    canonicalSpellings = new Map(names.map((n) => [n.toLowerCase(), n]));
  }
  return canonicalSpellings.get(name.toLowerCase());
}

function namedZone(name: string): TimeZone | null {
  if (/\s/.test(name)) return null;
  const spelling = spellingOf(name);
  if (spelling !== undefined && spelling !== name) return null;
  try {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    return { name, fixedOffset: null, format };
  } catch {
    return null;
  }
}

/** Offset from UTC in seconds of `zone` at the instant `utcSeconds`. */
export function offsetAt(zone: TimeZone, utcSeconds: number): number {
  if (zone.format === null) return zone.fixedOffset ?? 0;
  const fields: Record<string, string> = {};
  for (const part of zone.format.formatToParts(new Date(utcSeconds * 1000))) fields[part.type] = part.value;
  const year = fields.era === 'BC' || fields.era === 'B' ? 1 - Number(fields.year) : Number(fields.year);
  const days = daysFromCivil(year, Number(fields.month), Number(fields.day));
  const wall = days * 86400 + Number(fields.hour) * 3600 + Number(fields.minute) * 60 + Number(fields.second);
  return wall - utcSeconds;
}

/**
 * The instant (seconds) of the wall-clock time `wallSeconds` in `zone`. A time repeated by a
 * backward transition takes the earlier instant; a time skipped by a forward transition is read
 * with the offset before the transition (03:30 for 02:30 on a spring-forward day), as GoogleSQL.
 */
export function utcOfWall(zone: TimeZone, wallSeconds: number): number {
  if (zone.format === null) return wallSeconds - (zone.fixedOffset ?? 0);
  const before = offsetAt(zone, wallSeconds - 86400);
  const first = wallSeconds - before;
  if (offsetAt(zone, first) === before) return first;
  const after = offsetAt(zone, wallSeconds + 86400);
  const second = wallSeconds - after;
  return offsetAt(zone, second) === after ? second : first;
}

/** The instants a wall time may denote: both in a repeated hour, one otherwise (two for a gap). */
export function wallInstants(zone: TimeZone, wallSeconds: number): number[] {
  if (zone.format === null) return [wallSeconds - (zone.fixedOffset ?? 0)];
  const candidates = [
    wallSeconds - offsetAt(zone, wallSeconds - 86400),
    wallSeconds - offsetAt(zone, wallSeconds + 86400),
  ];
  const valid = candidates.filter((t) => t + offsetAt(zone, t) === wallSeconds);
  return valid.length > 0 ? valid : candidates;
}

/** A zone's offset as `+HHMM` (`%z`) or `+HH:MM` (`%Ez`), seconds dropped. */
export function offsetText(offsetSeconds: number, colon: boolean): string {
  const sign = offsetSeconds < 0 ? '-' : '+';
  const minutes = Math.floor(Math.abs(offsetSeconds) / 60);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return colon ? `${sign}${hh}:${mm}` : `${sign}${hh}${mm}`;
}

/** `%Z`: `UTC`, `UTC+2`, `UTC+0530`. */
export function offsetZoneName(offsetSeconds: number): string {
  const minutes = Math.trunc(offsetSeconds / 60);
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  if (abs % 60 === 0) return `UTC${sign}${abs / 60}`;
  return `UTC${sign}${offsetText(offsetSeconds, false).slice(1)}`;
}
