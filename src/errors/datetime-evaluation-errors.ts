/**
 * Errors of the DATE and TIMESTAMP functions while evaluating: invalid time zones, results out of
 * the DATE / TIMESTAMP range, text that does not read as a date or timestamp, format elements
 * that cannot be used. All OUT_OF_RANGE (so SAFE. calls answer NULL), with GoogleSQL's messages.
 */

import { Code } from './codes';
import { SpannerError } from './spanner-error';

function outOfRange(message: string): SpannerError {
  return new SpannerError(Code.OUT_OF_RANGE, message);
}

export function invalidTimeZone(name: string): SpannerError {
  return outOfRange(`Invalid time zone: ${name}`);
}

export function invalidEmptyTimeZone(): SpannerError {
  return outOfRange('Invalid empty time zone');
}

/** `Adding 1 DAY to date 9999-12-31 causes overflow` (also `Subtracting ... from ...`). */
export function dateTimeAddOverflow(
  subtract: boolean,
  amount: bigint,
  part: string,
  kind: 'date' | 'timestamp',
  value: string,
): SpannerError {
  const verb = subtract ? `Subtracting ${amount} ${part} from` : `Adding ${amount} ${part} to`;
  return outOfRange(`${verb} ${kind} ${value} causes overflow`);
}

/** An INTERVAL count of HOUR / MINUTE units that overflows when converted to seconds. */
export function timestampIntervalOverflow(amount: bigint, part: string): SpannerError {
  return outOfRange(`TIMESTAMP_ADD interval value  ${amount} at ${part} precision causes overflow`);
}

/** An interval in seconds or milliseconds that overflows INT64 as microseconds. */
export function timestampIntervalScaleOverflow(amount: bigint, scale: 'SECOND' | 'MILLISECOND'): SpannerError {
  return outOfRange(
    `Converting timestamp interval ${amount} at TIMESTAMP_${scale} scale to TIMESTAMP_MICROSECOND scale causes overflow`,
  );
}

export function timestampDiffOverflow(part: string, a: string, b: string): SpannerError {
  return outOfRange(`TIMESTAMP_DIFF at ${part} precision between values of ${a} and ${b} causes overflow`);
}

export function unixDateOutOfRange(value: bigint): SpannerError {
  return outOfRange(`DATE_FROM_UNIX_DATE range is -719162 to 2932896 but saw ${value}`);
}

/** DATE(year, month, day) naming no valid date. */
export function invalidDateFromParts(text: string): SpannerError {
  return outOfRange(`Input calculates to invalid date: ${text}`);
}

/** TIMESTAMP_SECONDS / _MILLIS / _MICROS outside the TIMESTAMP range. */
export function unixTimeOutOfRange(value: bigint): SpannerError {
  return outOfRange(
    `Input value ${value} cannot be converted into a TIMESTAMP, because it would be out of the allowed range between -62135596800000000 to 253402300799999999 (microseconds)`,
  );
}

/** TIMESTAMP(text, zone) when the text names its own zone. */
export function timeZoneNotAllowed(text: string): SpannerError {
  return outOfRange(`Timezone is not allowed in "${text}"`);
}

/** Text that does not have the shape of a timestamp. */
export function invalidTimestampText(text: string): SpannerError {
  return outOfRange(`Invalid timestamp: '${text}'`);
}

/** Text shaped like a timestamp whose fields or instant are out of range. */
export function invalidTimestampString(text: string): SpannerError {
  return outOfRange(`Invalid timestamp string "${text}"`);
}

export function dateTruncOutOfRange(date: string, part: string, dayNumber: number): SpannerError {
  return outOfRange(`Truncating date ${date} to ${part} resulted in an out of range date value: ${dayNumber}`);
}

export function timestampTruncUnderflow(part: string, zone: string): SpannerError {
  return outOfRange(`Truncating to the nearest ${part} causes underflow at timezone ${zone}`);
}

export function timestampTruncWeekOverflow(timestamp: string): SpannerError {
  return outOfRange(`Truncating ${timestamp} to the nearest week causes overflow`);
}

export function formatElementNotSupported(element: string): SpannerError {
  return outOfRange(`Format element ${element} not supported yet`);
}

export function parseInputFailed(input: string): SpannerError {
  return outOfRange(`Failed to parse input string "${input}"`);
}

export function parsedFieldOutOfRange(): SpannerError {
  return outOfRange('Out-of-range datetime field in parsing function');
}

export function parsedResultInvalid(): SpannerError {
  return outOfRange('Invalid result from parsing function');
}

/** `Invalid format: %H is not allowed for the DATE type.` */
export function parseElementNotAllowed(element: string, typeName: string): SpannerError {
  return outOfRange(`Invalid format: ${element} is not allowed for the ${typeName} type.`);
}

export function isoParseElementsNotSupported(): SpannerError {
  return outOfRange('ISO parse elements are not supported yet');
}

export function weekdayParseElementsNotSupported(): SpannerError {
  return outOfRange('Weekday parse elements are not supported yet');
}

export function dayOfYearBeyondYear(year: number, days: number, dayOfYear: number): SpannerError {
  return outOfRange(`Year ${year} has ${days} days, but the specified day of year was ${dayOfYear}`);
}

export function dateArrayStepZero(): SpannerError {
  return outOfRange('Sequence step cannot be 0.');
}

export function dateArrayTooLarge(limit: number): SpannerError {
  return outOfRange(`Cannot generate arrays with more than ${limit} elements.`);
}

export function weekNumberInvalid(week: number, year: number): SpannerError {
  return outOfRange(`Week number ${week} is invalid for year ${year}`);
}

/** `Mismatch between format character '-' and string character ' ' at string index: 4 with format: '%Y-%m'`. */
export function parseFormatMismatch(
  formatChar: string,
  inputChar: string,
  index: number,
  format: string,
): SpannerError {
  return outOfRange(
    `Mismatch between format character '${formatChar}' and string character '${inputChar}' at string index: ${index} with format: '${format}'`,
  );
}

/** DATE(ts, zone) whose civil date in the zone precedes 0001-01-01. */
export function invalidDateOfTimestamp(timestamp: string): SpannerError {
  return outOfRange(`Invalid date extracted from timestamp ${timestamp}`);
}

/** TIMESTAMP(date, zone) or CAST(date AS TIMESTAMP) whose midnight in the zone precedes 0001-01-01T00:00:00Z. */
export function dateToTimestampOutOfRange(date: string): SpannerError {
  return outOfRange(`Cannot convert date ${date} to timestamp`);
}
