/**
 * The counters of a database's sequences (CREATE SEQUENCE and the internal sequences of identity
 * columns), kept in the database file's `sequence_counters` table by lower-cased sequence name.
 * A stored counter is a reservation: values below it may have been handed out, so a restart
 * resumes from it and never hands a value out twice (it may skip some, as Spanner's sequences
 * may). Counters are taken in memory from reserved blocks; a block is written as it is reserved,
 * in its own (autocommit) write unless a transaction is open, so planning a commit costs one
 * write per block, not per value. Schema changes restart or forget counters inside their own
 * transaction (restartSequenceCounter, forgetSequenceCounter...): a restart bumps the row's
 * epoch and a forget removes the row, which is how the cache learns of either. What a counter
 * value becomes (bit reversal, skipped ranges) is sequences.ts's.
 */
import type { SqliteDatabase } from '../storage/sqlite-file';

/** Values reserved per write of a counter. */
const BLOCK = 1000n;

const INT64_MAX = (1n << 63n) - 1n;

interface Reservation {
  /** The next counter value to hand out. */
  next: bigint;
  /** The stored counter: values from `next` up to it are reserved. */
  reserved: bigint;
  /** The stored epoch the reservation belongs to (a restart bumps it). */
  readonly epoch: bigint;
}

interface StoredCounter {
  readonly counter: bigint;
  readonly epoch: bigint;
}

export class SequenceCounters {
  private readonly cache = new Map<string, Reservation>();
  private readonly select;
  private readonly upsert;

  constructor(sqlite: SqliteDatabase) {
    this.select = sqlite.prepare('SELECT counter, epoch FROM sequence_counters WHERE name = ?').safeIntegers(true);
    this.upsert = sqlite.prepare(
      `INSERT INTO sequence_counters (name, counter, epoch) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET counter = excluded.counter`,
    );
  }

  /**
   * The sequence's next counter value (`start` when it has none yet), advancing it; null when
   * the counter has reached the INT64 maximum (the sequence is exhausted).
   */
  take(sequence: string, start: bigint): bigint | null {
    const name = sequence.toLowerCase();
    const entry = this.current(name) ?? { next: start, reserved: start, epoch: 0n };
    if (entry.next >= INT64_MAX) return null;
    if (entry.next >= entry.reserved) {
      entry.reserved = entry.next + BLOCK > INT64_MAX ? INT64_MAX : entry.next + BLOCK;
      this.upsert.run(name, entry.reserved, entry.epoch);
    }
    this.cache.set(name, entry);
    return entry.next++;
  }

  /** The counter the next value would be taken from; null before the sequence's first value. */
  peek(sequence: string): bigint | null {
    return this.current(sequence.toLowerCase())?.next ?? null;
  }

  /** The cached reservation, or the stored counter when the cache is stale or empty; null if none. */
  private current(name: string): Reservation | null {
    const stored = this.select.get(name) as StoredCounter | undefined;
    if (stored === undefined) {
      this.cache.delete(name);
      return null;
    }
    const cached = this.cache.get(name);
    if (cached !== undefined && cached.reserved === stored.counter && cached.epoch === stored.epoch) return cached;
    return { next: stored.counter, reserved: stored.counter, epoch: stored.epoch };
  }
}

/** Sets a counter that exists back to `start` (ALTER ... RESTART COUNTER, START COUNTER WITH). */
export function restartSequenceCounter(sqlite: SqliteDatabase, sequence: string, start: bigint): void {
  sqlite
    .prepare('UPDATE sequence_counters SET counter = ?, epoch = epoch + 1 WHERE name = ?')
    .run(start, sequence.toLowerCase());
}

/** Drops a counter: the sequence starts over from its START COUNTER WITH value. */
export function forgetSequenceCounter(sqlite: SqliteDatabase, sequence: string): void {
  sqlite.prepare('DELETE FROM sequence_counters WHERE name = ?').run(sequence.toLowerCase());
}

/** Drops the counters of sequences that no longer exist (`live` holds their lower-cased names). */
export function forgetSequenceCountersExcept(sqlite: SqliteDatabase, live: ReadonlySet<string>): void {
  const names = sqlite.prepare('SELECT name FROM sequence_counters').pluck().all() as string[];
  for (const name of names) if (!live.has(name)) forgetSequenceCounter(sqlite, name);
}

/** Moves a counter to a new name (an identity column's table renamed); no counter, no move. */
export function renameSequenceCounter(sqlite: SqliteDatabase, from: string, to: string): void {
  if (from.toLowerCase() === to.toLowerCase()) return;
  forgetSequenceCounter(sqlite, to);
  sqlite.prepare('UPDATE sequence_counters SET name = ? WHERE name = ?').run(to.toLowerCase(), from.toLowerCase());
}
