/**
 * TIMESTAMP functions. Values are nanosecond instants ({kind: 'timestamp', nanos}); time zone
 * arguments default to the statement's zone. STRING(TIMESTAMP) shares the `string` id with
 * STRING(JSON) and is dispatched by the JSON table, through `timestampToString` (zoned-time.ts).
 * JUSTIFY_DAYS / _HOURS / _INTERVAL need INTERVAL values, which have no representation yet.
 */

import { dateToTimestampOutOfRange, unixTimeOutOfRange } from '../../../../../errors/datetime-evaluation-errors';
import { isTimestampValue, timestampValue, type SpannerValue } from '../../../../../types/spanner-value';
import {
  argType,
  datePartArg,
  intervalUnit,
  strict,
  type CallInfo,
  type FunctionImpl,
  type ImplementationTable,
} from '../../function-implementation';
import { dayOfDateText, floorDiv, MAX_TIMESTAMP_NANOS, MIN_TIMESTAMP_NANOS } from './civil-time';
import { zoneArgument } from './date-impls';
import { formatDateTime } from './format-elements';
import { parseTimestamp } from './parsed-date-time';
import { timestampAdd, timestampDiff, timestampTrunc } from './timestamp-arithmetic';
import { timestampFromText } from './timestamp-text';
import { timeZoneNamed } from './time-zones';
import { instantOf, zonedTime } from './zoned-time';

export { timestampToString } from './zoned-time';

function nanosOf(value: SpannerValue): bigint {
  if (!isTimestampValue(value)) throw new Error('expected a TIMESTAMP value');
  return value.nanos;
}

function timestampFunction(args: readonly SpannerValue[], info: CallInfo): SpannerValue {
  const zoneGiven = args.length > 1;
  const zone = zoneArgument(args, 1, info);
  const from = argType(info, 0);
  if (from.kind === 'scalar' && from.name === 'DATE') {
    const nanos = instantOf(dayOfDateText(args[0] as string), 0, 0n, zone);
    if (nanos < MIN_TIMESTAMP_NANOS || nanos > MAX_TIMESTAMP_NANOS) throw dateToTimestampOutOfRange(args[0] as string);
    return timestampValue(nanos);
  }
  return timestampValue(timestampFromText(args[0] as string, zoneGiven ? zone : null, zone));
}

/** TIMESTAMP_SECONDS / _MILLIS / _MICROS: `n` units of `unitNanos` since the epoch. */
function fromUnit(unitNanos: bigint): FunctionImpl {
  return strict(([n]) => {
    const nanos = (n as bigint) * unitNanos;
    if (nanos < MIN_TIMESTAMP_NANOS || nanos > MAX_TIMESTAMP_NANOS) throw unixTimeOutOfRange(n as bigint);
    return timestampValue(nanos);
  });
}

function toUnit(unitNanos: bigint): FunctionImpl {
  return strict(([ts]) => floorDiv(nanosOf(ts), unitNanos));
}

function addImpl(subtract: boolean): FunctionImpl {
  return strict(([ts, count], info) => {
    const unit = intervalUnit(info, 1).toUpperCase();
    return timestampValue(timestampAdd(nanosOf(ts), count as bigint, unit, subtract, timeZoneNamed(info.ctx.timeZone)));
  });
}

function truncImpl(args: readonly SpannerValue[], info: CallInfo): SpannerValue {
  const p = datePartArg(info, 1);
  const zoneName = args.length > 2 ? (args[2] as string) : info.ctx.timeZone;
  return timestampValue(
    timestampTrunc(nanosOf(args[0]), p.part.toUpperCase(), p.weekday, timeZoneNamed(zoneName), zoneName),
  );
}

function formatTimestamp(args: readonly SpannerValue[], info: CallInfo): SpannerValue {
  const z = zonedTime(nanosOf(args[1]), zoneArgument(args, 2, info), true);
  return formatDateTime(args[0] as string, z, false);
}

export const TIMESTAMP_IMPLS: ImplementationTable = {
  current_timestamp: (_args, info) => timestampValue(info.ctx.statementTime),
  timestamp: strict(timestampFunction),
  timestamp_add: addImpl(false),
  timestamp_sub: addImpl(true),
  timestamp_diff: strict(([a, b], info) =>
    timestampDiff(nanosOf(a), nanosOf(b), datePartArg(info, 2).part.toUpperCase()),
  ),
  timestamp_trunc: strict(truncImpl),
  timestamp_seconds: fromUnit(1_000_000_000n),
  timestamp_millis: fromUnit(1_000_000n),
  timestamp_micros: fromUnit(1000n),
  unix_seconds: toUnit(1_000_000_000n),
  unix_millis: toUnit(1_000_000n),
  unix_micros: toUnit(1000n),
  format_timestamp: strict(formatTimestamp),
  parse_timestamp: strict((args, info) =>
    timestampValue(parseTimestamp(args[0] as string, args[1] as string, zoneArgument(args, 2, info))),
  ),
};
