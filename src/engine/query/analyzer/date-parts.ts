/**
 * Date part names (`YEAR`, `WEEK(MONDAY)`...) and which ones each date and timestamp operation
 * accepts. Messages follow GoogleSQL ("EXTRACT from DATE does not support the HOUR date part").
 */

export const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

export const DATE_PARTS = [
  'NANOSECOND',
  'MICROSECOND',
  'MILLISECOND',
  'SECOND',
  'MINUTE',
  'HOUR',
  'DAYOFWEEK',
  'DAY',
  'DAYOFYEAR',
  'WEEK',
  'ISOWEEK',
  'MONTH',
  'QUARTER',
  'YEAR',
  'ISOYEAR',
  'DATE',
  'TIME',
  'DATETIME',
];

const DAY_AND_ABOVE = ['DAYOFWEEK', 'DAY', 'DAYOFYEAR', 'WEEK', 'ISOWEEK', 'MONTH', 'QUARTER', 'YEAR', 'ISOYEAR'];
const TIME_PARTS = ['NANOSECOND', 'MICROSECOND', 'MILLISECOND', 'SECOND', 'MINUTE', 'HOUR'];

/** Parts each function (or `EXTRACT from DATE` / `EXTRACT from TIMESTAMP`) accepts. */
const ALLOWED: Record<string, readonly string[]> = {
  'EXTRACT from DATE': DAY_AND_ABOVE,
  'EXTRACT from TIMESTAMP': [...TIME_PARTS, ...DAY_AND_ABOVE, 'DATE'],
  DATE_ADD: ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'],
  DATE_SUB: ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'],
  DATE_DIFF: ['DAY', 'WEEK', 'ISOWEEK', 'MONTH', 'QUARTER', 'YEAR', 'ISOYEAR'],
  DATE_TRUNC: ['DAY', 'WEEK', 'ISOWEEK', 'MONTH', 'QUARTER', 'YEAR', 'ISOYEAR'],
  GENERATE_DATE_ARRAY: ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'],
  TIMESTAMP_ADD: [...TIME_PARTS, 'DAY'],
  TIMESTAMP_SUB: [...TIME_PARTS, 'DAY'],
  TIMESTAMP_DIFF: [...TIME_PARTS, 'DAY'],
  TIMESTAMP_TRUNC: [...TIME_PARTS, 'DAY', 'WEEK', 'ISOWEEK', 'MONTH', 'QUARTER', 'YEAR', 'ISOYEAR'],
};

export function isDatePartName(name: string): boolean {
  return DATE_PARTS.includes(name.toUpperCase());
}

/** Whether `operation` accepts `part`; operations not listed accept every part. */
export function datePartAllowed(operation: string, part: string): boolean {
  const allowed = ALLOWED[operation];
  return allowed === undefined || allowed.includes(part.toUpperCase());
}
