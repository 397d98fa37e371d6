/**
 * PARSE_DATE and PARSE_TIMESTAMP: the fields parse-elements.ts read, resolved into a DATE day
 * number or a TIMESTAMP instant as GoogleSQL does (missing fields default to 1970-01-01
 * 00:00:00, `%s` wins over every other field, `%j` over month and day, a two-digit year is
 * 1969-2068).
 */

import {
  dayOfYearBeyondYear,
  isoParseElementsNotSupported,
  parsedFieldOutOfRange,
  parsedResultInvalid,
  weekdayParseElementsNotSupported,
  weekNumberInvalid,
} from '../../../../../errors/datetime-evaluation-errors';
import {
  civilFromDays,
  daysFromCivil,
  isDayInRange,
  isLeapYear,
  isValidCivil,
  isoYearStartOfDay,
  MAX_TIMESTAMP_NANOS,
  MIN_TIMESTAMP_NANOS,
  NANOS_PER_SECOND,
  startOfWeek,
} from './civil-time';
import { checkDateFormat, parseFields, type ParsedFields } from './parse-elements';
import type { TimeZone } from './time-zones';
import { instantOf } from './zoned-time';
import { fixedOffsetZone } from './time-zones';

function resolvedYear(f: ParsedFields): number {
  if (f.year !== undefined) return f.year;
  if (f.century !== undefined) return f.century * 100 + (f.yearOfCentury ?? 0);
  if (f.yearOfCentury !== undefined) return f.yearOfCentury < 69 ? 2000 + f.yearOfCentury : 1900 + f.yearOfCentury;
  return 1970;
}

/** The civil day the fields name. */
function resolvedDay(f: ParsedFields): number {
  if (f.isoYear !== undefined && f.isoWeek === true) throw isoParseElementsNotSupported();
  if (f.week !== undefined && f.weekday === true) throw weekdayParseElementsNotSupported();
  const noYear = f.year === undefined && f.century === undefined && f.yearOfCentury === undefined;
  if (f.isoYear !== undefined && noYear) return isoYearStartOfDay(daysFromCivil(f.isoYear, 6, 1));
  const year = resolvedYear(f);
  if (year < 1 || year > 9999) throw parsedResultInvalid();
  const jan1 = daysFromCivil(year, 1, 1);
  if (f.dayOfYear !== undefined) {
    const length = isLeapYear(year) ? 366 : 365;
    if (f.dayOfYear > length) throw dayOfYearBeyondYear(year, length, f.dayOfYear);
    return jan1 + f.dayOfYear - 1;
  }
  if (f.week !== undefined) {
    const start = startOfWeek(jan1 + 6, f.week.firstWeekday) + (f.week.number - 1) * 7;
    if (civilFromDays(start).year > year) throw weekNumberInvalid(f.week.number, year);
    return start;
  }
  const month = f.month ?? 1;
  const day = f.day ?? 1;
  if (!isValidCivil(year, month, day)) throw parsedFieldOutOfRange();
  return daysFromCivil(year, month, day);
}

/** PARSE_DATE: the day number of `input` read by `format`. */
export function parseDate(format: string, input: string): number {
  checkDateFormat(format);
  const day = resolvedDay(parseFields(format, input));
  if (!isDayInRange(day)) throw parsedResultInvalid();
  return day;
}

function secondOfDay(f: ParsedFields): number {
  const hour = f.hour12 !== undefined ? (f.hour12 % 12) + (f.pm === true ? 12 : 0) : (f.hour ?? 0);
  return hour * 3600 + (f.minute ?? 0) * 60 + (f.second ?? 0);
}

/** PARSE_TIMESTAMP: the instant (nanoseconds) of `input` read by `format` in `zone`. */
export function parseTimestamp(format: string, input: string, zone: TimeZone): bigint {
  const f = parseFields(format, input);
  let nanos: bigint;
  if (f.epochSeconds !== undefined) {
    nanos = f.epochSeconds * NANOS_PER_SECOND;
  } else {
    const effectiveZone = f.offset !== undefined ? fixedOffsetZone(f.offset) : (f.zone ?? zone);
    nanos = instantOf(resolvedDay(f), secondOfDay(f), f.subNanos ?? 0n, effectiveZone);
  }
  if (nanos < MIN_TIMESTAMP_NANOS || nanos > MAX_TIMESTAMP_NANOS) throw parsedResultInvalid();
  return nanos;
}
