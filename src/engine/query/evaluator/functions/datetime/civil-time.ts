/**
 * Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01): conversion to
 * and from year/month/day and DATE text, weekdays, ISO weeks, week numbers, month arithmetic.
 * Pure numbers only; time zones are time-zones.ts's and the range rules of each function are the
 * callers'.
 */

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Day numbers of 0001-01-01 and 9999-12-31, the DATE range. */
export const MIN_DAY = -719162;
export const MAX_DAY = 2932896;

export const NANOS_PER_SECOND = 1_000_000_000n;
export const NANOS_PER_DAY = 86_400n * NANOS_PER_SECOND;
/** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999999999Z in nanoseconds. */
export const MIN_TIMESTAMP_NANOS = BigInt(MIN_DAY) * NANOS_PER_DAY;
export const MAX_TIMESTAMP_NANOS = BigInt(MAX_DAY + 1) * NANOS_PER_DAY - 1n;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

export function isValidCivil(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Day number of a civil date (any year, the calendar extended both ways). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function pad(n: number | bigint, width: number): string {
  const negative = n < 0;
  const digits = String(negative ? -n : n).padStart(width, '0');
  return negative ? `-${digits}` : digits;
}

/** DATE text (`YYYY-MM-DD`, always valid in the engine) to its day number. */
export function dayOfDateText(text: string): number {
  return daysFromCivil(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
}

export function dateTextOfDay(days: number): string {
  const c = civilFromDays(days);
  return `${pad(c.year, 4)}-${pad(c.month, 2)}-${pad(c.day, 2)}`;
}

export function isDayInRange(days: number): boolean {
  return days >= MIN_DAY && days <= MAX_DAY;
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOfDay(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

/** 1-based day of the year. */
export function dayOfYear(days: number): number {
  return days - daysFromCivil(civilFromDays(days).year, 1, 1) + 1;
}

/** The day a week starting on `firstWeekday` (0 = Sunday) that holds `days` begins. */
export function startOfWeek(days: number, firstWeekday: number): number {
  return days - ((weekdayOfDay(days) - firstWeekday + 7) % 7);
}

/** Week number (0-based: days before the year's first `firstWeekday` are week 0), as %U / %W. */
export function weekOfYear(days: number, firstWeekday: number): number {
  const jan1 = daysFromCivil(civilFromDays(days).year, 1, 1);
  const firstStart = startOfWeek(jan1 + 6, firstWeekday);
  return Math.floor((days - firstStart) / 7) + 1;
}

/** Monday of ISO week 1 of `isoYear`. */
function isoYearStart(isoYear: number): number {
  return startOfWeek(daysFromCivil(isoYear, 1, 4), 1);
}

export function isoYearOfDay(days: number): number {
  const year = civilFromDays(days).year;
  if (days >= isoYearStart(year + 1)) return year + 1;
  return days < isoYearStart(year) ? year - 1 : year;
}

export function isoWeekOfDay(days: number): number {
  return Math.floor((days - isoYearStart(isoYearOfDay(days))) / 7) + 1;
}

export function isoYearStartOfDay(days: number): number {
  return isoYearStart(isoYearOfDay(days));
}

/** `date + months`, the day clamped to the end of a shorter month; null past year ±(2^53). */
export function addMonths(days: number, months: bigint): number | null {
  const c = civilFromDays(days);
  const total = BigInt(c.year) * 12n + BigInt(c.month - 1) + months;
  if (total > 12n * 100000n || total < -12n * 100000n) return null;
  const year = Number(total / 12n - (total % 12n < 0n ? 1n : 0n));
  const month = Number(total - BigInt(year) * 12n) + 1;
  return daysFromCivil(year, month, Math.min(c.day, daysInMonth(year, month)));
}

/** Months between the months holding two days (`b` to `a`), as DATE_DIFF(..., MONTH). */
export function monthIndex(days: number): number {
  const c = civilFromDays(days);
  return c.year * 12 + c.month - 1;
}

/** Floor division and modulo for bigints. */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

export function floorMod(a: bigint, b: bigint): bigint {
  return a - floorDiv(a, b) * b;
}
