/**
 * Group commit for one database file: commit work submitted during one turn of the event loop runs
 * together at the next turn, each piece in a savepoint of one SQLite transaction, so concurrent
 * commits share one write to disk (one fsync) instead of paying one each. A piece that throws
 * rolls back its own savepoint only; the others are unaffected, unless SQLite itself abandoned the
 * transaction (then the whole group fails and nothing of it is written). Every caller's promise settles
 * after the shared transaction is durable, never before, so an acknowledged commit is on disk. For
 * a file on disk the group's write-ahead log is flushed off the event loop (wal-flusher.ts), so
 * requests keep being served while the disk syncs; the group's rows may be read in that window,
 * as Spanner lets a read see a commit before its writer hears of it.
 * Knows nothing of transactions or locks: the work decides what to write.
 */
import { databaseDroppedDuringCommit } from '../../errors/transaction-errors';
import type { Statement } from 'better-sqlite3';
import type { SqliteDatabase } from '../storage/sqlite-file';
import { WalFlusher } from '../storage/wal-flusher';

interface Job {
  readonly work: () => unknown;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

export class CommitQueue {
  private pending: Job[] = [];
  /** Absent in memory, where there is no disk to wait for. */
  private readonly flusher: WalFlusher | undefined;
  private readonly syncOff: Statement | undefined;
  private readonly syncOn: Statement | undefined;

  constructor(private readonly sqlite: SqliteDatabase) {
    if (sqlite.memory) return;
    this.flusher = new WalFlusher(`${sqlite.name}-wal`);
    this.syncOff = sqlite.prepare('PRAGMA synchronous = NORMAL');
    this.syncOn = sqlite.prepare('PRAGMA synchronous = FULL');
  }

  /** Runs `work` inside the next group's SQLite transaction; settles once that group is durable. */
  submit<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => this.runGroup());
      this.pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
    });
  }

  private runGroup(): void {
    const jobs = this.pending;
    this.pending = [];
    if (!this.sqlite.open) {
      for (const job of jobs) job.reject(databaseDroppedDuringCommit());
      return;
    }
    let outcomes: Outcome[];
    try {
      outcomes = this.withoutSync(() => this.writeGroup(jobs));
    } catch (e) {
      // The shared transaction itself failed (the disk, say): nothing of the group is durable.
      for (const job of jobs) job.reject(e);
      return;
    }
    if (this.flusher === undefined || !outcomes.some((outcome) => outcome.ok)) {
      settle(jobs, outcomes);
      return;
    }
    this.flusher.flush((error) => {
      if (error === null) settle(jobs, outcomes);
      else for (const job of jobs) job.reject(error);
    });
  }

  /** Closes the log's descriptor once the flushes in flight are done; the file is closed apart. */
  close(): void {
    this.flusher?.close();
  }

  /** Runs `write` with SQLite's own flush at commit off, when the flusher does it instead. */
  private withoutSync<T>(write: () => T): T {
    if (this.syncOff === undefined || this.syncOn === undefined) return write();
    this.syncOff.run();
    try {
      return write();
    } finally {
      this.syncOn.run();
    }
  }

  /** The group's writes in one transaction; a lone piece needs no savepoint of its own. */
  private writeGroup(jobs: readonly Job[]): Outcome[] {
    if (jobs.length > 1) return this.sqlite.transaction(() => jobs.map((job) => this.runInSavepoint(job)))();
    try {
      return [{ ok: true, value: this.sqlite.transaction(jobs[0].work)() }];
    } catch (error) {
      return [{ ok: false, error }];
    }
  }

  private runInSavepoint(job: Job): Outcome {
    try {
      return { ok: true, value: this.sqlite.transaction(job.work)() };
    } catch (error) {
      // Some failures (a full disk, an I/O error) make SQLite roll back the whole transaction
      // itself: later pieces would then run outside it, each committing alone. The group fails.
      if (!this.sqlite.inTransaction) throw error;
      return { ok: false, error };
    }
  }
}

function settle(jobs: readonly Job[], outcomes: readonly Outcome[]): void {
  jobs.forEach((job, i) => {
    const outcome = outcomes[i];
    if (outcome.ok) job.resolve(outcome.value);
    else job.reject(outcome.error);
  });
}
