/**
 * DATE functions, EXTRACT (`$extract`, `$extract_date`) and GENERATE_DATE_ARRAY. DATE values are
 * `YYYY-MM-DD` text; arithmetic runs on day numbers (civil-time.ts). Time zone arguments default
 * to the statement's zone.
 */

import {
  dateArrayStepZero,
  dateArrayTooLarge,
  dateTimeAddOverflow,
  dateTruncOutOfRange,
  invalidDateFromParts,
  invalidDateOfTimestamp,
  unixDateOutOfRange,
} from '../../../../../errors/datetime-evaluation-errors';
import { isTimestampValue, type SpannerValue } from '../../../../../types/spanner-value';
import {
  argType,
  datePartArg,
  intervalUnit,
  strict,
  type CallInfo,
  type ImplementationTable,
} from '../../function-implementation';
import {
  dateTextOfDay,
  dayOfDateText,
  daysFromCivil,
  isDayInRange,
  isValidCivil,
  MAX_DAY,
  MIN_DAY,
  pad,
} from './civil-time';
import { addToDay, dayDiff, extractFromDay, truncateDay } from './date-arithmetic';
import { formatDateTime } from './format-elements';
import { parseDate } from './parsed-date-time';
import { timeZoneNamed, type TimeZone } from './time-zones';
import { timestampToString, zonedTime } from './zoned-time';
import { INT64_MIN } from '../../../../../types/int64';

const MAX_ARRAY_ELEMENTS = 16000;

/** The time zone argument at `i`, or the statement's zone when it is not given. */
export function zoneArgument(args: readonly SpannerValue[], i: number, info: CallInfo): TimeZone {
  return timeZoneNamed(i < args.length ? (args[i] as string) : info.ctx.timeZone);
}

function part(info: CallInfo, i: number): { name: string; weekday: string | null } {
  const p = datePartArg(info, i);
  return { name: p.part.toUpperCase(), weekday: p.weekday };
}

/** The civil day of a TIMESTAMP in `zone`; one before 0001-01-01 (possible in zones west of UTC) is an error. */
function dayOfTimestamp(value: SpannerValue, zone: TimeZone): number {
  if (!isTimestampValue(value)) throw new Error('expected a TIMESTAMP');
  const days = zonedTime(value.nanos, zone).days;
  if (!isDayInRange(days)) throw invalidDateOfTimestamp(timestampToString(value.nanos, zone.name));
  return days;
}

function dateFromParts([y, m, d]: readonly SpannerValue[]): SpannerValue {
  const [year, month, day] = [y as bigint, m as bigint, d as bigint];
  const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (year < 1n || year > 9999n || !isValidCivil(Number(year), Number(month), Number(day)))
    throw invalidDateFromParts(text);
  return dateTextOfDay(daysFromCivil(Number(year), Number(month), Number(day)));
}

/** DATE_ADD / DATE_SUB: SUB negates the count, except INT64's minimum, which it names. */
function dateAdd(subtract: boolean) {
  return strict(([date, count], info) => {
    const unit = intervalUnit(info, 1).toUpperCase();
    const n = count as bigint;
    if (subtract && n === INT64_MIN) throw dateTimeAddOverflow(true, n, unit, 'date', date as string);
    const amount = subtract ? -n : n;
    const result = addToDay(dayOfDateText(date as string), amount, unit);
    if (result === null) throw dateTimeAddOverflow(false, amount, unit, 'date', date as string);
    return dateTextOfDay(result);
  });
}

function dateTrunc([date]: readonly SpannerValue[], info: CallInfo): SpannerValue {
  const p = part(info, 1);
  const result = truncateDay(dayOfDateText(date as string), p.name, p.weekday);
  if (!isDayInRange(result)) throw dateTruncOutOfRange(date as string, p.name, result);
  return dateTextOfDay(result);
}

function dateFromUnixDate([n]: readonly SpannerValue[]): SpannerValue {
  const days = n as bigint;
  if (days < BigInt(MIN_DAY) || days > BigInt(MAX_DAY)) throw unixDateOutOfRange(days);
  return dateTextOfDay(Number(days));
}

function generateDateArray(args: readonly SpannerValue[], info: CallInfo): SpannerValue {
  if (args.some((a) => a === null)) return null;
  const [start, end] = [dayOfDateText(args[0] as string), dayOfDateText(args[1] as string)];
  const step = args.length > 2 ? (args[2] as bigint) : 1n;
  const unit = args.length > 2 ? intervalUnit(info, 2).toUpperCase() : 'DAY';
  if (step === 0n) throw dateArrayStepZero();
  const out: string[] = [];
  let current: number | null = start;
  while (current !== null && (step > 0n ? current <= end : current >= end)) {
    if (out.length === MAX_ARRAY_ELEMENTS) throw dateArrayTooLarge(MAX_ARRAY_ELEMENTS);
    out.push(dateTextOfDay(current));
    current = addToDay(current, step, unit);
  }
  return out;
}

/** EXTRACT(part FROM date) and EXTRACT(part FROM timestamp [AT TIME ZONE zone]). */
function extract(args: readonly SpannerValue[], info: CallInfo): SpannerValue {
  const value = args[1];
  if (value === null || (args.length > 2 && args[2] === null)) return null;
  const p = part(info, 0);
  const type = argType(info, 1);
  if (type.kind === 'scalar' && type.name === 'DATE') {
    return BigInt(extractFromDay(dayOfDateText(value as string), p.name, p.weekday));
  }
  if (!isTimestampValue(value)) throw new Error('EXTRACT of a non-TIMESTAMP value');
  const z = zonedTime(value.nanos, zoneArgument(args, 2, info));
  switch (p.name) {
    case 'NANOSECOND':
      return BigInt(z.subNanos);
    case 'MICROSECOND':
      return BigInt(Math.floor(z.subNanos / 1000));
    case 'MILLISECOND':
      return BigInt(Math.floor(z.subNanos / 1_000_000));
    case 'SECOND':
      return BigInt(z.secondOfDay % 60);
    case 'MINUTE':
      return BigInt(Math.floor(z.secondOfDay / 60) % 60);
    case 'HOUR':
      return BigInt(Math.floor(z.secondOfDay / 3600));
    default:
      return BigInt(extractFromDay(z.days, p.name, p.weekday));
  }
}

function extractDate(args: readonly SpannerValue[], info: CallInfo): SpannerValue {
  if (args[1] === null || (args.length > 2 && args[2] === null)) return null;
  return dateTextOfDay(dayOfTimestamp(args[1], zoneArgument(args, 2, info)));
}

export const DATE_IMPLS: ImplementationTable = {
  current_date: strict((args, info) => {
    const zone = zoneArgument(args, 0, info);
    return dateTextOfDay(zonedTime(info.ctx.statementTime, zone).days);
  }),
  date: strict((args, info) => {
    if (args.length === 3) return dateFromParts(args);
    return dateTextOfDay(dayOfTimestamp(args[0], zoneArgument(args, 1, info)));
  }),
  date_add: dateAdd(false),
  date_sub: dateAdd(true),
  date_diff: strict(([a, b], info) => {
    const p = part(info, 2);
    return BigInt(dayDiff(dayOfDateText(a as string), dayOfDateText(b as string), p.name, p.weekday));
  }),
  date_trunc: strict(dateTrunc),
  date_from_unix_date: strict(dateFromUnixDate),
  unix_date: strict(([date]) => BigInt(dayOfDateText(date as string))),
  format_date: strict(([format, date]) => {
    const days = dayOfDateText(date as string);
    return formatDateTime(
      format as string,
      { days, secondOfDay: 0, subNanos: 0, offset: 0, epochSeconds: BigInt(days) * 86400n },
      true,
    );
  }),
  parse_date: strict(([format, text]) => dateTextOfDay(parseDate(format as string, text as string))),
  generate_date_array: generateDateArray,
  $extract: extract,
  $extract_date: extractDate,
};
