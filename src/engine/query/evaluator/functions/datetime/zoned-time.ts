/**
 * A TIMESTAMP seen in a time zone: its civil day, second of the day, sub-second nanoseconds and
 * the zone's offset, and the way back from civil fields to an instant. Also the texts of a
 * timestamp that messages and STRING(TIMESTAMP) use. Formatting with format elements is
 * format-elements.ts's.
 */

import { civilFromDays, dateTextOfDay, floorDiv, NANOS_PER_SECOND, pad } from './civil-time';
import { offsetAt, offsetText, timeZoneNamed, utcOfWall, UTC_ZONE, wallInstants, type TimeZone } from './time-zones';

export interface ZonedTime {
  /** Civil day number in the zone. */
  readonly days: number;
  readonly secondOfDay: number;
  /** Nanoseconds within the second, 0..999999999. */
  readonly subNanos: number;
  /** Seconds since the epoch (UTC) of the instant, floored to the second. */
  readonly epochSeconds: bigint;
  readonly offset: number;
}

/**
 * `ts` in `zone`. Formatting (`forDisplay`) drops the seconds of an offset, as GoogleSQL's
 * formatting does (local mean time -7:52:58 shows as -07:52); computations keep them.
 */
export function zonedTime(nanos: bigint, zone: TimeZone, forDisplay = false): ZonedTime {
  const epochSeconds = floorDiv(nanos, NANOS_PER_SECOND);
  const subNanos = Number(nanos - epochSeconds * NANOS_PER_SECOND);
  const exact = offsetAt(zone, Number(epochSeconds));
  const offset = forDisplay ? Math.trunc(exact / 60) * 60 : exact;
  const local = Number(epochSeconds) + offset;
  const days = Math.floor(local / 86400);
  return { days, secondOfDay: local - days * 86400, subNanos, epochSeconds, offset };
}

/** The instant of a civil day, second of the day and nanoseconds in `zone`. */
export function instantOf(days: number, secondOfDay: number, subNanos: bigint, zone: TimeZone): bigint {
  const utc = utcOfWall(zone, days * 86400 + secondOfDay);
  return BigInt(utc) * NANOS_PER_SECOND + subNanos;
}

/**
 * The instant of a truncated civil time: of the instants that wall time has (two in a repeated
 * hour), the latest not after `original`, as TIMESTAMP_TRUNC keeps the offset in force.
 */
export function truncatedInstantOf(days: number, secondOfDay: number, zone: TimeZone, original: bigint): bigint {
  const candidates = wallInstants(zone, days * 86400 + secondOfDay).map((s) => BigInt(s) * NANOS_PER_SECOND);
  const notAfter = candidates.filter((c) => c <= original);
  if (notAfter.length === 0) return candidates.reduce((a, b) => (b < a ? b : a));
  return notAfter.reduce((a, b) => (b > a ? b : a));
}

export function timeOfDayText(secondOfDay: number): string {
  const h = Math.floor(secondOfDay / 3600);
  const m = Math.floor((secondOfDay % 3600) / 60);
  return `${pad(h, 2)}:${pad(m, 2)}:${pad(secondOfDay % 60, 2)}`;
}

/** `-08`, `+05:30`: the offset as CAST(TIMESTAMP AS STRING) writes it, seconds dropped. */
function shortOffsetText(offset: number): string {
  const text = offsetText(offset, true);
  return text.endsWith(':00') ? text.slice(0, 3) : text;
}

/** Fraction digits in groups of three, none when zero: `.120`, `.000010`, `.123456789`. */
function groupedFraction(subNanos: number): string {
  if (subNanos === 0) return '';
  const digits = pad(subNanos, 9);
  if (subNanos % 1_000_000 === 0) return `.${digits.slice(0, 3)}`;
  if (subNanos % 1000 === 0) return `.${digits.slice(0, 6)}`;
  return `.${digits}`;
}

/**
 * A TIMESTAMP as STRING(ts[, zone]) and CAST(ts AS STRING) write it, in the named zone:
 * `2020-01-01 04:00:00.120-08`. Throws OUT_OF_RANGE for an invalid zone name.
 */
export function timestampToString(nanos: bigint, zoneName: string): string {
  const z = zonedTime(nanos, timeZoneNamed(zoneName), true);
  return `${dateTextOfDay(z.days)} ${timeOfDayText(z.secondOfDay)}${groupedFraction(z.subNanos)}${shortOffsetText(z.offset)}`;
}

/** A TIMESTAMP in overflow messages: always six fraction digits, `9999-12-31 15:59:59.000000-08`. */
export function timestampMessageText(nanos: bigint, zone: TimeZone): string {
  const z = zonedTime(nanos, zone, true);
  const micros = pad(Math.floor(z.subNanos / 1000), 6);
  return `${dateTextOfDay(z.days)} ${timeOfDayText(z.secondOfDay)}.${micros}${shortOffsetText(z.offset)}`;
}

/** A TIMESTAMP in UTC as RFC 3339 with the shortest fraction and an unpadded year. */
export function timestampRfc3339Text(nanos: bigint): string {
  const z = zonedTime(nanos, UTC_ZONE);
  const c = civilFromDays(z.days);
  const fraction = z.subNanos === 0 ? '' : `.${pad(z.subNanos, 9).replace(/0+$/, '')}`;
  return `${c.year}-${pad(c.month, 2)}-${pad(c.day, 2)}T${timeOfDayText(z.secondOfDay)}${fraction}+00:00`;
}
