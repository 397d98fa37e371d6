/**
 * TIMESTAMP_ADD / _SUB, TIMESTAMP_DIFF and TIMESTAMP_TRUNC on nanosecond instants. Intervals are
 * applied in microseconds, as Spanner does (sub-microsecond counts are dropped), and overflow is
 * reported at the step of the conversion that overflows, with GoogleSQL's messages.
 */

import {
  dateTimeAddOverflow,
  timestampDiffOverflow,
  timestampIntervalOverflow,
  timestampIntervalScaleOverflow,
  timestampTruncUnderflow,
  timestampTruncWeekOverflow,
} from '../../../../../errors/datetime-evaluation-errors';
import { floorDiv, MAX_TIMESTAMP_NANOS, MIN_DAY, MIN_TIMESTAMP_NANOS } from './civil-time';
import { truncateDay } from './date-arithmetic';
import type { TimeZone } from './time-zones';
import {
  timestampMessageText,
  truncatedInstantOf,
  timestampRfc3339Text,
  timestampToString,
  zonedTime,
} from './zoned-time';
import { INT64_MIN, isInt64 } from '../../../../../types/int64';

/** The amount of each sub-day part in nanoseconds. */
const PART_NANOS: Readonly<Record<string, bigint>> = {
  NANOSECOND: 1n,
  MICROSECOND: 1000n,
  MILLISECOND: 1_000_000n,
  SECOND: 1_000_000_000n,
  MINUTE: 60_000_000_000n,
  HOUR: 3_600_000_000_000n,
  DAY: 86_400_000_000_000n,
};

/** An interval as microseconds, with the count and part its overflow message names. */
function intervalMicros(count: bigint, part: string): { micros: bigint; count: bigint; part: string } {
  const scaled = (n: bigint, factor: bigint, scale: 'SECOND' | 'MILLISECOND'): bigint => {
    if (!isInt64(n * factor)) throw timestampIntervalScaleOverflow(n, scale);
    return n * factor;
  };
  switch (part) {
    case 'NANOSECOND':
      return { micros: count / 1000n, count, part };
    case 'MICROSECOND':
      return { micros: count, count, part };
    case 'MILLISECOND':
      return { micros: scaled(count, 1000n, 'MILLISECOND'), count, part };
    case 'SECOND':
      return { micros: scaled(count, 1_000_000n, 'SECOND'), count, part };
    case 'MINUTE':
    case 'HOUR': {
      const seconds = count * (part === 'HOUR' ? 3600n : 60n);
      if (!isInt64(seconds)) throw timestampIntervalOverflow(count, part);
      return { micros: scaled(seconds, 1_000_000n, 'SECOND'), count, part };
    }
    case 'DAY': {
      const hours = count * 24n;
      if (!isInt64(hours)) throw timestampIntervalOverflow(count, 'HOUR');
      return intervalMicros(hours, 'HOUR');
    }
    default:
      throw new Error(`date part ${part} cannot be added to a timestamp`);
  }
}

/** `ts + count part` (or minus); messages show `ts` in `messageZone`. */
export function timestampAdd(
  nanos: bigint,
  count: bigint,
  part: string,
  subtract: boolean,
  messageZone: TimeZone,
): bigint {
  if (subtract && count === INT64_MIN)
    throw dateTimeAddOverflow(true, count, part, 'timestamp', timestampMessageText(nanos, messageZone));
  const interval = intervalMicros(subtract ? -count : count, part);
  const result = nanos + interval.micros * 1000n;
  if (result < MIN_TIMESTAMP_NANOS || result > MAX_TIMESTAMP_NANOS) {
    throw dateTimeAddOverflow(
      false,
      interval.count,
      interval.part,
      'timestamp',
      timestampMessageText(nanos, messageZone),
    );
  }
  return result;
}

/** TIMESTAMP_DIFF(a, b, part): whole parts from b to a, truncated toward zero. */
export function timestampDiff(a: bigint, b: bigint, part: string): bigint {
  const result = (a - b) / PART_NANOS[part];
  if (!isInt64(result)) throw timestampDiffOverflow(part, timestampRfc3339Text(a), timestampRfc3339Text(b));
  return result;
}

/** TIMESTAMP_TRUNC in `zone` (named `zoneName` in messages). */
export function timestampTrunc(
  nanos: bigint,
  part: string,
  weekday: string | null,
  zone: TimeZone,
  zoneName: string,
): bigint {
  if (part === 'NANOSECOND' || part === 'MICROSECOND' || part === 'MILLISECOND' || part === 'SECOND') {
    const unit = PART_NANOS[part];
    return floorDiv(nanos, unit) * unit;
  }
  const z = zonedTime(nanos, zone);
  let result: bigint;
  if (part === 'MINUTE' || part === 'HOUR') {
    const unit = part === 'MINUTE' ? 60 : 3600;
    result = truncatedInstantOf(z.days, z.secondOfDay - (z.secondOfDay % unit), zone, nanos);
  } else {
    const day = truncateDay(z.days, part, weekday);
    if (day < MIN_DAY && part === 'WEEK') throw timestampTruncWeekOverflow(timestampToString(nanos, zoneName));
    result = truncatedInstantOf(day, 0, zone, nanos);
  }
  if (result < MIN_TIMESTAMP_NANOS) throw timestampTruncUnderflow(part, zoneName);
  return result;
}
