/**
 * The receipt of a database's latest schema batch: bytes the caller hands over with the batch (the
 * admin plane's record of the long-running operation that reports it), written in the batch's own
 * SQLite transaction. The database file is the source of truth for what was applied; the caller's
 * other records (in another file, committed after) can be lost to a crash in between, and the
 * receipt is what lets the caller recreate them. Only the latest batch's is kept: one process
 * applies one batch at a time, so a crash can separate at most the latest batch from its record.
 * What the bytes mean, and whether they were recorded, is the caller's business.
 */
import type { Micros } from '../../common/clock';
import type { SqliteDatabase } from '../storage/sqlite-file';

export interface SchemaReceipt {
  /** The commit timestamp of the batch the receipt belongs to. */
  readonly commitTimestamp: Micros;
  readonly payload: Uint8Array;
}

/** Replaces the receipt; run inside the transaction that appends the batch. */
export function writeSchemaReceipt(db: SqliteDatabase, receipt: SchemaReceipt): void {
  db.prepare(
    `INSERT INTO schema_receipt (id, commit_timestamp, payload) VALUES (0, ?, ?)
     ON CONFLICT (id) DO UPDATE SET commit_timestamp = excluded.commit_timestamp, payload = excluded.payload`,
  ).run(receipt.commitTimestamp, Buffer.from(receipt.payload));
}

/** The latest batch's receipt, or null when no batch was given one. */
export function readSchemaReceipt(db: SqliteDatabase): SchemaReceipt | null {
  const row = db.prepare('SELECT commit_timestamp AS t, payload AS p FROM schema_receipt WHERE id = 0').get() as
    { t: number; p: Buffer } | undefined;
  return row ? { commitTimestamp: row.t, payload: new Uint8Array(row.p) } : null;
}
