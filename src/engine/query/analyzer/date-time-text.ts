/**
 * Reading DATE and TIMESTAMP values from text, as GoogleSQL's literals and string coercions do:
 * `YYYY-[M]M-[D]D`, optionally followed by a time (` ` or `T`), fractional seconds up to
 * nanoseconds and a time zone (`Z`, `+hh[:mm]`, or a name such as `UTC` or
 * `America/Los_Angeles`). A timestamp without a zone is read in the default zone, which is
 * America/Los_Angeles in Spanner. Formatting values back is the executor's concern.
 */

export const DEFAULT_TIME_ZONE = 'America/Los_Angeles';

const NANOS_PER_SECOND = 1_000_000_000n;
/** 0001-01-01T00:00:00Z and 10000-01-01T00:00:00Z in seconds since the epoch. */
const MIN_SECONDS = -62135596800n;
const MAX_SECONDS_EXCLUSIVE = 253402300800n;

interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(d: CivilDate): boolean {
  if (d.year < 1 || d.year > 9999 || d.month < 1 || d.month > 12 || d.day < 1) return false;
  const leap = (d.year % 4 === 0 && d.year % 100 !== 0) || d.year % 400 === 0;
  const max = d.month === 2 && leap ? 29 : DAYS_IN_MONTH[d.month - 1];
  return d.day <= max;
}

const DATE_RE = /^(\d{1,4})-(\d{1,2})-(\d{1,2})/;

function readDate(text: string): { date: CivilDate; rest: string } | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return validDate(date) ? { date, rest: text.slice(m[0].length) } : null;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The canonical `YYYY-MM-DD`, or null when `text` is not a valid date. */
export function parseDateText(text: string): string | null {
  const r = readDate(text.trim());
  if (r === null || r.rest !== '') return null;
  return `${pad(r.date.year, 4)}-${pad(r.date.month, 2)}-${pad(r.date.day, 2)}`;
}

const TIME_RE = /^[ T](\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d{0,9}))?/i;
const OFFSET_RE = /^\s*([+-])(\d{1,2})(?::?(\d{2}))?$/;

/** Offset of `zone` from UTC at the instant `utcMillis`, in minutes; null for an unknown zone. */
function zoneOffsetMinutes(zone: string, utcMillis: number): number | null {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return null;
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(utcMillis)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asUtc - Math.floor(utcMillis / 1000) * 1000) / 60000);
}

/** Offset in minutes for the zone text after the time, or null when it is not a zone. */
function offsetForZone(zoneText: string, wallMillis: number): number | null {
  const zone = zoneText.trim();
  if (zone === '') return zoneOffsetAtWallTime(DEFAULT_TIME_ZONE, wallMillis);
  if (/^z$/i.test(zone)) return 0;
  const m = OFFSET_RE.exec(zoneText);
  if (m) {
    const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
    if (Number(m[2]) > 14 || Number(m[3] ?? 0) > 59) return null;
    return m[1] === '-' ? -minutes : minutes;
  }
  if (!/^\s/.test(zoneText)) return null;
  return zoneOffsetAtWallTime(zone, wallMillis);
}

/** The offset that maps the wall time `wallMillis` (read as UTC) in `zone` to an instant. */
function zoneOffsetAtWallTime(zone: string, wallMillis: number): number | null {
  const first = zoneOffsetMinutes(zone, wallMillis);
  if (first === null) return null;
  const second = zoneOffsetMinutes(zone, wallMillis - first * 60000);
  return second ?? first;
}

/** Nanoseconds since the epoch, or null when `text` is not a valid timestamp in range. */
export function parseTimestampText(text: string): bigint | null {
  const r = readDate(text.trim());
  if (r === null) return null;
  let rest = r.rest;
  let h = 0;
  let mi = 0;
  let s = 0;
  let fraction = '';
  const t = TIME_RE.exec(rest);
  if (t) {
    [h, mi, s] = [Number(t[1]), Number(t[2]), Number(t[3])];
    fraction = t[4] ?? '';
    if (h > 23 || mi > 59 || s > 60) return null;
    rest = rest.slice(t[0].length);
  }
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  const wall = new Date(0);
  wall.setUTCFullYear(r.date.year, r.date.month - 1, r.date.day);
  wall.setUTCHours(h, mi, s, 0);
  const wallTime = wall.getTime();
  const offset = offsetForZone(rest, wallTime);
  if (offset === null) return null;
  const seconds = BigInt(Math.floor(wallTime / 1000)) - BigInt(offset * 60);
  if (seconds < MIN_SECONDS || seconds >= MAX_SECONDS_EXCLUSIVE) return null;
  return seconds * NANOS_PER_SECOND + BigInt(fraction.padEnd(9, '0') || '0');
}
