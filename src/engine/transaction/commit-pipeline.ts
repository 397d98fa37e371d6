/**
 * Committing a read-write transaction: its writes are planned (every mutation checked and applied
 * to a WriteSet over the latest state, at the commit timestamp the attempt will use), the planned
 * rows and index entries are locked exclusively, and the plan is written to storage, all in one
 * synchronous step inside the database's commit queue (group commit: commits of the same moment
 * share one SQLite transaction, each in its own savepoint), so nothing commits in between and the
 * checks hold at the commit point. When a lock is held by an older transaction the step gives up, the commit
 * waits for the locks (wounding younger holders), and plans again: what it waited for may have
 * changed the outcome. A REPEATABLE_READ transaction aborts when a key it writes was committed
 * after its snapshot. Nothing here knows mutations' wire form or the front end's bookkeeping.
 */

import type { Micros } from '../../common/clock';
import { abortedBySchemaChange, abortedByWriteConflict } from '../../errors/transaction-errors';
import type { Database } from '../database/database';
import { exclusivePoint, type LockRequest } from '../locking/lock-request';
import { indexEntryChange } from '../storage/index-writes';
import { indexSpace, tableSpace } from '../locking/lock-spaces';
import type { ReadWriteTransaction } from './read-write-transaction';
import { WriteSet } from './write-set';

/**
 * Applies a transaction's writes to `writes`, as of `commitTimestamp`, and returns their mutation
 * count (commit stats); throws what the checks find.
 */
export type WritePlanner = (writes: WriteSet, commitTimestamp: Micros) => number;

export interface CommitResult {
  readonly commitTimestamp: Micros;
  readonly mutationCount: number;
}

/** Commits `txn` with the writes `plan` makes. */
export async function commitReadWrite(
  db: Database,
  txn: ReadWriteTransaction,
  plan: WritePlanner,
  signal?: AbortSignal,
): Promise<CommitResult> {
  for (;;) {
    const attempt = await db.commits.submit(() => attemptCommit(db, txn, plan));
    if (attempt.kind === 'committed') return attempt.result;
    await txn.lock.acquire(attempt.locks, signal);
  }
}

type Attempt =
  | { readonly kind: 'committed'; readonly result: CommitResult }
  | { readonly kind: 'blocked'; readonly locks: readonly LockRequest[] };

/** Runs inside the commit queue's savepoint: a throw undoes this attempt's writes only. */
function attemptCommit(db: Database, txn: ReadWriteTransaction, plan: WritePlanner): Attempt {
  txn.assertUsable();
  if (db.catalog !== txn.catalog) throw abortedBySchemaChange();
  const commitTimestamp = db.commitTimestamps.next();
  const writes = new WriteSet(db.rows);
  const mutationCount = plan(writes, commitTimestamp);
  // Checked before locking: a commit about to abort must not wound anyone on its way out.
  if (txn.snapshot !== null) assertUnchangedSince(db, writes, txn.snapshot);
  const locks = lockRequestsOf(writes);
  if (!txn.lock.tryAcquire(locks)) return { kind: 'blocked', locks };
  txn.lock.markCommitting();
  db.writeRowChanges(writes.rowChanges(), commitTimestamp);
  return { kind: 'committed', result: { commitTimestamp, mutationCount } };
}

/** Exclusive locks on every written row and on every index entry that goes or comes. */
export function lockRequestsOf(writes: WriteSet): LockRequest[] {
  const locks: LockRequest[] = [];
  for (const { layouts, row } of writes.changes()) {
    locks.push(exclusivePoint(tableSpace(layouts.table.table), row.key));
    for (const index of layouts.indexes) {
      // Only entries the commit writes: an index the change leaves alone is not locked.
      const { remove, put } = indexEntryChange(index, row.before, row.after);
      if (remove !== null) locks.push(exclusivePoint(indexSpace(index.index), remove.key));
      if (put !== null) locks.push(exclusivePoint(indexSpace(index.index), put.key));
    }
  }
  return locks;
}

/** REPEATABLE_READ: a write over a row committed after the snapshot is a write-write conflict. */
function assertUnchangedSince(db: Database, writes: WriteSet, snapshot: Micros): void {
  for (const { layouts, row } of writes.changes()) {
    const changedAt = db.rows.lastChangeOf(layouts.table, row.key);
    if (changedAt !== null && changedAt > snapshot) throw abortedByWriteConflict(layouts.table.table);
  }
}
