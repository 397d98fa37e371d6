/**
 * Starting a read-write transaction on a database: a lock owner with the transaction's priority
 * (a retry passes the priority of the attempt it retries), the schema it starts on, and for
 * REPEATABLE_READ the snapshot its reads use, taken now.
 */
import type { SpannerError } from '../../errors/spanner-error';
import type { Database } from '../database/database';
import type { LockPriority } from '../locking/lock-request';
import { ReadWriteTransaction } from './read-write-transaction';
import type { ReadWriteMode } from './transaction-options';

export function beginReadWrite(
  db: Database,
  mode: ReadWriteMode,
  id: string,
  priority: LockPriority,
  onWounded: (error: SpannerError) => void,
): ReadWriteTransaction {
  const lock = db.locks.owner(id, priority, onWounded);
  const snapshot = mode.isolation === 'REPEATABLE_READ' ? db.commitTimestamps.strongRead() : null;
  return new ReadWriteTransaction(mode, lock, db.catalog, snapshot);
}
