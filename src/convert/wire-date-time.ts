/**
 * DATE and TIMESTAMP text on the wire, read and written as Spanner's front end does (absl's civil
 * and time parsers with the formats the official emulator uses):
 *  - DATE: `[+-]Y-M-D`, the year any number of digits, month and day one or two, ASCII white space
 *    around it; a day the month lacks does not parse; a year outside [1, 9999] parses but is
 *    refused as out of range.
 *  - TIMESTAMP: must end with an upper-case `Z` (no offsets, no lower-case `z`); before it
 *    `YYYY-M-DTH:M:S[.fraction]` with a four-character year, an upper-case `T`, one or two digits
 *    per field, any number of fractional digits (truncated to nanoseconds), second 60 meaning the
 *    next minute's first second; leading white space (and white space before the `Z`) is skipped.
 *    The instant must lie in 0001-01-01T00:00:00Z..9999-12-31T23:59:59.999999999Z.
 * Written: `YYYY-MM-DD` and `YYYY-MM-DDTHH:MM:SS[.fraction]Z`, the fraction without trailing zeros.
 */
import {
  dateTextOfDay,
  daysFromCivil,
  floorDiv,
  floorMod,
  isValidCivil,
  MAX_TIMESTAMP_NANOS,
  MIN_TIMESTAMP_NANOS,
  NANOS_PER_DAY,
  NANOS_PER_SECOND,
  pad,
} from '../engine/query/evaluator/functions/datetime/civil-time';

export type DateParse =
  { readonly kind: 'date'; readonly text: string } | { readonly kind: 'unparsable' } | { readonly kind: 'outOfRange' };

const WS = '[ \\t\\n\\v\\f\\r]*';
const DATE_TEXT = new RegExp(`^${WS}([+-]?\\d+)-(\\d{1,2})-(\\d{1,2})${WS}$`);
const INT64_MAX = 2n ** 63n - 1n;

export function parseWireDate(text: string): DateParse {
  const m = DATE_TEXT.exec(text);
  if (m === null) return { kind: 'unparsable' };
  const year = BigInt(m[1]);
  if (year > INT64_MAX || year < -INT64_MAX - 1n) return { kind: 'unparsable' };
  const month = Number(m[2]);
  const day = Number(m[3]);
  // The leap-year rule repeats every 400 years, so a year's residue decides whether the day exists.
  if (!isValidCivil(2000 + Number(((year % 400n) + 400n) % 400n), month, day)) return { kind: 'unparsable' };
  if (year < 1n || year > 9999n) return { kind: 'outOfRange' };
  return { kind: 'date', text: `${pad(Number(year), 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

export type TimestampParse =
  | { readonly kind: 'timestamp'; readonly nanos: bigint }
  | { readonly kind: 'notUtc' }
  | { readonly kind: 'unparsable'; readonly reason: string }
  | { readonly kind: 'outOfRange'; readonly instant: string };

const TIMESTAMP_PREFIX = new RegExp(
  `^${WS}(-\\d{3}|\\d{4})-(\\d{1,2})-(\\d{1,2})T(\\d{1,2}):(\\d{1,2}):(\\d{1,2})(\\.\\d*)?`,
);
const TRAILING_SPACE = new RegExp(`^${WS}$`);

const FAILED = { kind: 'unparsable', reason: 'Failed to parse input' } as const;

interface Fields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly seconds: number;
  readonly fraction: string;
}

export function parseWireTimestamp(text: string): TimestampParse {
  if (!text.endsWith('Z')) return { kind: 'notUtc' };
  const body = text.slice(0, -1);
  const m = TIMESTAMP_PREFIX.exec(body);
  if (m === null || m[7] === '.') return FAILED;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return FAILED;
  if (year === 0 && m[1].startsWith('-')) return FAILED; // `-000` is no year
  if (!TRAILING_SPACE.test(body.slice(m[0].length))) {
    return { kind: 'unparsable', reason: 'Illegal trailing data in input string' };
  }
  if (!isValidCivil(year, month, day)) return { kind: 'unparsable', reason: 'Out-of-range field' };
  // A leap second reads as the next minute's first second, its fraction dropped.
  const leap = second === 60;
  const fields: Fields = {
    year,
    month,
    day,
    seconds: hour * 3600 + minute * 60 + (leap ? 60 : second),
    fraction: leap ? '' : (m[7] ?? '').slice(1),
  };
  const nanos = instantNanos(fields);
  if (nanos < MIN_TIMESTAMP_NANOS || nanos > MAX_TIMESTAMP_NANOS) {
    return { kind: 'outOfRange', instant: abslTimeText(nanos, fields.fraction) };
  }
  return { kind: 'timestamp', nanos };
}

function instantNanos(f: Fields): bigint {
  const day = BigInt(daysFromCivil(f.year, f.month, f.day));
  const subsecond = BigInt(f.fraction.slice(0, 9).padEnd(9, '0'));
  return day * NANOS_PER_DAY + BigInt(f.seconds) * NANOS_PER_SECOND + subsecond;
}

/** The wire text of an instant in the TIMESTAMP range. */
export function formatWireTimestamp(nanos: bigint): string {
  return `${dateTimeText(nanos, 4)}${fractionText(floorMod(nanos, NANOS_PER_SECOND))}Z`;
}

/** `Y-MM-DDTHH:MM:SS`, the year at least `yearWidth` characters. */
function dateTimeText(nanos: bigint, yearWidth: number): string {
  const day = floorDiv(nanos, NANOS_PER_DAY);
  const date = dateTextOfDay(Number(day));
  const dash = date.indexOf('-', 1);
  const yearText = pad(Number(date.slice(0, dash)), yearWidth);
  const seconds = Number(floorMod(nanos, NANOS_PER_DAY) / NANOS_PER_SECOND);
  const time = `${pad(Math.floor(seconds / 3600), 2)}:${pad(Math.floor(seconds / 60) % 60, 2)}:${pad(seconds % 60, 2)}`;
  return `${yearText}${date.slice(dash)}T${time}`;
}

function fractionText(subsecond: bigint): string {
  if (subsecond === 0n) return '';
  return `.${subsecond.toString().padStart(9, '0').replace(/0+$/, '')}`;
}

/** An instant as absl's FormatTime prints it in messages: `0-01-02T03:04:05.5+00:00`. */
function abslTimeText(nanos: bigint, fraction: string): string {
  const digits = fraction.slice(0, 15).replace(/0+$/, '');
  return `${dateTimeText(nanos, 0)}${digits === '' ? '' : `.${digits}`}+00:00`;
}
