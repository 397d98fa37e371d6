/**
 * Group commit for one database file: commit work submitted during one turn of the event loop runs
 * together at the next turn, each piece in a savepoint of one SQLite transaction, so concurrent
 * commits share one write to disk (one fsync) instead of paying one each. A piece that throws
 * rolls back its own savepoint only; the others are unaffected, unless SQLite itself abandoned the
 * transaction (then the whole group fails and nothing of it is written). Every caller's promise settles
 * after the shared transaction is durable, never before, so an acknowledged commit is on disk.
 * (The flush stays on the event loop: moving it to libuv's thread pool measured slower in the
 * data-plane benchmark, the thread hop per group costing more than the blocking sync.)
 * Knows nothing of transactions or locks: the work decides what to write.
 */
import { databaseDroppedDuringCommit } from '../../errors/transaction-errors';
import type { SqliteDatabase } from '../storage/sqlite-file';

interface Job {
  readonly work: () => unknown;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

export class CommitQueue {
  private pending: Job[] = [];

  constructor(private readonly sqlite: SqliteDatabase) {}

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
      outcomes = this.writeGroup(jobs);
    } catch (e) {
      // The shared transaction itself failed (the disk, say): nothing of the group is durable.
      for (const job of jobs) job.reject(e);
      return;
    }
    jobs.forEach((job, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.error);
    });
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
