/**
 * Reads (and, later, queries) in a front-end transaction: what the transaction lets them see (a
 * read-only one its fixed timestamp, waited for when it is in the future; a read-write one the
 * latest state under its locks, or its snapshot; partitioned DML nothing), the locks a read-write
 * one takes first, the check a stream repeats between messages (its transaction may end or be
 * wounded meanwhile), and what a failed read does to its transaction: one begun by the read is
 * rolled back when the client never received its id, and an abort ends a read-write one.
 */

import type { Clock, Micros } from '../../common/clock';
import { readInPartitionedDml } from '../../errors/read-errors';
import { assertNever } from '../../errors/assert-never';
import { Code } from '../../errors/codes';
import { isSpannerError } from '../../errors/spanner-error';
import { abortedBySchemaChange, readAfterTransactionEnded } from '../../errors/transaction-errors';
import type { LockRequest } from '../../engine/locking/lock-request';
import { readWriteView, snapshotView, type ReadView } from '../../engine/read/read-view';
import { waitForReadTimestamp } from '../../engine/transaction/read-timestamp';
import type { FrontTransaction } from './front-transaction';
import type { TransactionRegistry } from './transaction-registry';

/**
 * The view a read of `txn` gets. `resumedAt`: the timestamp a resumed single-use read chose on its
 * first attempt (its own transaction is new, but the read must continue the same snapshot).
 */
export async function openRead(
  txn: FrontTransaction,
  clock: Clock,
  resumedAt: Micros | null,
  signal?: AbortSignal,
): Promise<ReadView> {
  const mode = txn.mode;
  switch (mode.kind) {
    case 'readOnly': {
      const t = resumedAt ?? txn.readTimestamp!;
      await waitForReadTimestamp(clock, t, signal);
      return snapshotView(txn.database, t);
    }
    case 'readWrite':
      return readWriteView(txn.database, txn.readWrite!);
    case 'partitionedDml':
      throw readInPartitionedDml();
    default:
      return assertNever(mode, 'transaction mode');
  }
}

/**
 * Takes a read-write transaction's read locks (waiting for older holders); nothing otherwise. A
 * schema change while it waited aborts it: the read was planned against the schema it began on.
 */
export async function lockForRead(txn: FrontTransaction, requests: readonly LockRequest[], signal?: AbortSignal) {
  await txn.readWrite?.lockForRead(requests, signal);
  assertSchemaUnchanged(txn);
}

/** Between the messages of a stream: its transaction must still be active, unwounded, on its schema. */
export function assertStillReading(txn: FrontTransaction): void {
  if (txn.state === 'failed' && txn.failure !== null) throw txn.failure;
  if (txn.state !== 'active') throw readAfterTransactionEnded();
  txn.readWrite?.assertUsable();
  assertSchemaUnchanged(txn);
}

function assertSchemaUnchanged(txn: FrontTransaction): void {
  if (txn.readWrite !== null && txn.database.catalog !== txn.readWrite.catalog) throw abortedBySchemaChange();
}

/**
 * After a read of `txn` failed with `error`: a transaction the read began and whose id the client
 * never received is rolled back (nothing could ever commit or roll it back); an abort ends a
 * read-write transaction, so its next use answers ABORTED too.
 */
export function afterFailedRead(
  registry: TransactionRegistry,
  txn: FrontTransaction,
  idDelivered: boolean,
  error: unknown,
): void {
  if (txn.state !== 'active') return;
  const aborted = isSpannerError(error) && error.code === Code.ABORTED;
  if (aborted && txn.isReadWrite) registry.end(txn, error);
  else if (!idDelivered) registry.finish(txn, 'rolledBack');
}
