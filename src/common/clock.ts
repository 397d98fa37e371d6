/**
 * Time for the engine: wall-clock microseconds since the Unix epoch (Spanner commit timestamps have
 * microsecond precision) and the per-database sequence of commit timestamps, which strictly
 * increases even when the wall clock stalls or steps back, and resumes after a restart from the
 * last timestamp the database persisted. No time zones, no formatting: callers convert.
 */

/** Microseconds since 1970-01-01T00:00:00Z. Exact as a double until the year 2255. */
export type Micros = number;

export interface Clock {
  nowMicros(): Micros;
}

/** The process clock: Date's wall clock refined below a millisecond by the monotonic clock. */
export const systemClock: Clock = {
  nowMicros: () => Math.floor((performance.timeOrigin + performance.now()) * 1000),
};

/**
 * Hands out commit timestamps for one database: each is the current time, or one microsecond
 * after the previous one when the clock has not moved past it.
 */
export class CommitTimestamps {
  private last: Micros;

  constructor(
    private readonly clock: Clock,
    lastIssued: Micros,
  ) {
    this.last = lastIssued;
  }

  next(): Micros {
    const t = Math.max(this.clock.nowMicros(), this.last + 1);
    this.last = t;
    return t;
  }

  /**
   * A timestamp for a strong read: now, and never before the last commit. It counts as issued, so
   * every later commit gets a larger timestamp and a read at it stays a stable snapshot.
   */
  strongRead(): Micros {
    const t = Math.max(this.clock.nowMicros(), this.last);
    this.last = t;
    return t;
  }

  /** The latest timestamp handed out (or restored); 0 when none. */
  get lastIssued(): Micros {
    return this.last;
  }
}

const MICROS_PER = { s: 1_000_000, m: 60_000_000, h: 3_600_000_000, d: 86_400_000_000 } as const;

/** A duration as Spanner writes it in options ('1h', '7d', '90m', '3600s'), or null when malformed. */
export function parseDurationMicros(text: string): Micros | null {
  const m = /^(\d+)([smhd])$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * MICROS_PER[m[2] as keyof typeof MICROS_PER];
}
