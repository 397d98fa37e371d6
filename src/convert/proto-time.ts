/**
 * google.protobuf.Timestamp and Duration to and from the engine's microseconds. Spanner's commit
 * and read timestamps have microsecond precision, so nanoseconds below a microsecond are dropped
 * (floored: a read at 10.0000005 s sees exactly what a read at 10.000000 s sees).
 */

import type { Duration } from '../../generated/google/protobuf/duration';
import type { Timestamp } from '../../generated/google/protobuf/timestamp';
import type { Micros } from '../common/clock';

export function microsFromTimestamp(ts: Timestamp): Micros {
  return Number(ts.seconds) * 1_000_000 + Math.floor(ts.nanos / 1000);
}

export function timestampFromMicros(micros: Micros): Timestamp {
  const seconds = Math.floor(micros / 1_000_000);
  return { seconds: String(seconds), nanos: (micros - seconds * 1_000_000) * 1000 };
}

/** Negative durations keep their sign (callers refuse them where Spanner does). */
export function microsFromDuration(d: Duration): Micros {
  return Number(d.seconds) * 1_000_000 + Math.trunc(d.nanos / 1000);
}

export function durationFromMicros(micros: Micros): Duration {
  const seconds = Math.trunc(micros / 1_000_000);
  return { seconds: String(seconds), nanos: (micros - seconds * 1_000_000) * 1000 };
}
