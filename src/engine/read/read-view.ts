/**
 * What a read sees of a database: the reader (the row store, or a read-write transaction's own
 * writes over it), the read time and the schema in force then. A read-only read at T uses the
 * schema of T (a table dropped or altered later reads as it was), after T is checked against the
 * version retention; a read-write read sees the latest state (locked by the caller first) or, under
 * REPEATABLE_READ, its snapshot, with the schema it began on (a schema change since aborts it, as
 * its commit would). Waiting for a future T is the caller's (waitForReadTimestamp), before this.
 */

import type { Micros } from '../../common/clock';
import { readTimestampPastVersionGcLimit } from '../../errors/storage-errors';
import { abortedBySchemaChange } from '../../errors/transaction-errors';
import type { Database } from '../database/database';
import type { Catalog } from '../schema/catalog/catalog';
import type { ReadTime, RowReader } from '../storage/row-reader';
import type { ReadWriteTransaction } from '../transaction/read-write-transaction';

export interface ReadView {
  readonly reader: RowReader;
  readonly at: ReadTime;
  readonly catalog: Catalog;
}

/** A read at timestamp `t`, which the clock has reached. */
export function snapshotView(db: Database, t: Micros): ReadView {
  db.assertReadableAt(t);
  // Every commit from now on gets a later timestamp, so what a read at t sees cannot change.
  db.commitTimestamps.strongRead();
  const catalog = db.schemaAt(t);
  if (catalog === null) throw readTimestampPastVersionGcLimit(t);
  return { reader: db.rows, at: t, catalog };
}

/** A read of read-write transaction `rw`. */
export function readWriteView(db: Database, rw: ReadWriteTransaction): ReadView {
  rw.assertUsable();
  if (db.catalog !== rw.catalog) throw abortedBySchemaChange();
  return { reader: rw.pendingWrites ?? db.rows, at: rw.snapshot, catalog: rw.catalog };
}
