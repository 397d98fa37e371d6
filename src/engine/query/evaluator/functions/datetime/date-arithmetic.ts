/**
 * Date part arithmetic on day numbers, shared by the DATE functions, EXTRACT and the day-and-above
 * parts of the TIMESTAMP functions: adding an interval, the boundaries crossed between two days
 * (DATE_DIFF), truncation and extraction. Range checks and their messages are the callers'.
 */

import { WEEKDAYS } from '../../../analyzer/date-parts';
import {
  addMonths,
  civilFromDays,
  dayOfYear,
  daysFromCivil,
  isDayInRange,
  isoWeekOfDay,
  isoYearOfDay,
  isoYearStartOfDay,
  monthIndex,
  startOfWeek,
  weekdayOfDay,
  weekOfYear,
} from './civil-time';

/** 0 (Sunday) to 6 for `WEEK(<weekday>)`; plain WEEK starts on Sunday. */
export function firstWeekdayOf(weekday: string | null): number {
  return weekday === null ? 0 : Math.max(0, WEEKDAYS.indexOf(weekday.toUpperCase()));
}

/** `day + count part` (DAY, WEEK, MONTH, QUARTER, YEAR), or null outside the DATE range. */
export function addToDay(day: number, count: bigint, part: string): number | null {
  let result: number | null;
  switch (part) {
    case 'DAY':
    case 'WEEK': {
      const total = BigInt(day) + count * (part === 'WEEK' ? 7n : 1n);
      result = total < -1_000_000_000n || total > 1_000_000_000n ? null : Number(total);
      break;
    }
    case 'MONTH':
      result = addMonths(day, count);
      break;
    case 'QUARTER':
      result = addMonths(day, count * 3n);
      break;
    case 'YEAR':
      result = addMonths(day, count * 12n);
      break;
    default:
      throw new Error(`date part ${part} cannot be added to a date`);
  }
  return result !== null && isDayInRange(result) ? result : null;
}

function quarterIndex(day: number): number {
  const c = civilFromDays(day);
  return c.year * 4 + Math.floor((c.month - 1) / 3);
}

/** DATE_DIFF(a, b, part): `part` boundaries between b and a. */
export function dayDiff(a: number, b: number, part: string, weekday: string | null): number {
  switch (part) {
    case 'DAY':
      return a - b;
    case 'WEEK': {
      const first = firstWeekdayOf(weekday);
      return (startOfWeek(a, first) - startOfWeek(b, first)) / 7;
    }
    case 'ISOWEEK':
      return (startOfWeek(a, 1) - startOfWeek(b, 1)) / 7;
    case 'MONTH':
      return monthIndex(a) - monthIndex(b);
    case 'QUARTER':
      return quarterIndex(a) - quarterIndex(b);
    case 'YEAR':
      return civilFromDays(a).year - civilFromDays(b).year;
    case 'ISOYEAR':
      return isoYearOfDay(a) - isoYearOfDay(b);
    default:
      throw new Error(`date part ${part} has no date difference`);
  }
}

/** The first day of the `part` holding `day` (may fall before 0001-01-01). */
export function truncateDay(day: number, part: string, weekday: string | null): number {
  const c = civilFromDays(day);
  switch (part) {
    case 'DAY':
      return day;
    case 'WEEK':
      return startOfWeek(day, firstWeekdayOf(weekday));
    case 'ISOWEEK':
      return startOfWeek(day, 1);
    case 'MONTH':
      return daysFromCivil(c.year, c.month, 1);
    case 'QUARTER':
      return daysFromCivil(c.year, c.month - ((c.month - 1) % 3), 1);
    case 'YEAR':
      return daysFromCivil(c.year, 1, 1);
    case 'ISOYEAR':
      return isoYearStartOfDay(day);
    default:
      throw new Error(`date part ${part} cannot truncate a date`);
  }
}

/** EXTRACT of a day-or-above part. */
export function extractFromDay(day: number, part: string, weekday: string | null): number {
  const c = civilFromDays(day);
  switch (part) {
    case 'DAYOFWEEK':
      return weekdayOfDay(day) + 1;
    case 'DAY':
      return c.day;
    case 'DAYOFYEAR':
      return dayOfYear(day);
    case 'WEEK':
      return weekOfYear(day, firstWeekdayOf(weekday));
    case 'ISOWEEK':
      return isoWeekOfDay(day);
    case 'MONTH':
      return c.month;
    case 'QUARTER':
      return Math.floor((c.month - 1) / 3) + 1;
    case 'YEAR':
      return c.year;
    case 'ISOYEAR':
      return isoYearOfDay(day);
    default:
      throw new Error(`date part ${part} cannot be extracted from a date`);
  }
}
