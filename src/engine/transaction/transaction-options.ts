/**
 * What a transaction is asked to be, in engine terms: a read-only snapshot with its timestamp
 * bound, a read-write transaction with its isolation and read lock mode, or partitioned DML.
 * Converted from TransactionOptions by convert/transaction-options.ts, which also refuses what the
 * API forbids; here the options are known to be well formed.
 */

import type { Micros } from '../../common/clock';

/** How a read-only transaction picks its read timestamp. */
export type TimestampBound =
  | { readonly kind: 'strong' }
  | { readonly kind: 'readTimestamp'; readonly at: Micros }
  /** Single-use only: any timestamp at or after `at`; the emulator reads the freshest. */
  | { readonly kind: 'minReadTimestamp'; readonly at: Micros }
  | { readonly kind: 'exactStaleness'; readonly micros: Micros }
  /** Single-use only: any timestamp within `micros` of now; the emulator reads the freshest. */
  | { readonly kind: 'maxStaleness'; readonly micros: Micros };

export type IsolationLevel = 'SERIALIZABLE' | 'REPEATABLE_READ';

/**
 * PESSIMISTIC reads take shared locks; OPTIMISTIC reads do not and are validated at commit. The
 * emulator runs OPTIMISTIC serializable reads pessimistically (same outcome, never less safe).
 */
export type ReadLockMode = 'PESSIMISTIC' | 'OPTIMISTIC';

export interface ReadOnlyMode {
  readonly kind: 'readOnly';
  readonly bound: TimestampBound;
  readonly returnReadTimestamp: boolean;
}

export interface ReadWriteMode {
  readonly kind: 'readWrite';
  readonly isolation: IsolationLevel;
  /** The mode as requested, echoed by Commit; null when unspecified. */
  readonly requestedLockMode: ReadLockMode | null;
  /** The transaction this one retries (multiplexed sessions): it keeps that one's priority. */
  readonly previousTransactionId: Uint8Array | null;
  readonly excludeFromChangeStreams: boolean;
}

export interface PartitionedDmlMode {
  readonly kind: 'partitionedDml';
  readonly excludeFromChangeStreams: boolean;
}

export type TransactionMode = ReadOnlyMode | ReadWriteMode | PartitionedDmlMode;

/** The lock mode that applies: unspecified means PESSIMISTIC under SERIALIZABLE, else OPTIMISTIC. */
export function effectiveLockMode(mode: ReadWriteMode): ReadLockMode {
  if (mode.requestedLockMode !== null) return mode.requestedLockMode;
  return mode.isolation === 'SERIALIZABLE' ? 'PESSIMISTIC' : 'OPTIMISTIC';
}

/**
 * Whether plain reads of the transaction take shared locks: under SERIALIZABLE they do (OPTIMISTIC
 * included, see ReadLockMode); under REPEATABLE_READ they read the snapshot and never lock.
 */
export function readsTakeLocks(mode: ReadWriteMode): boolean {
  return mode.isolation === 'SERIALIZABLE';
}

/** A strong read-only transaction, as a request without a selector gets. */
export const STRONG_READ_ONLY: ReadOnlyMode = {
  kind: 'readOnly',
  bound: { kind: 'strong' },
  returnReadTimestamp: false,
};
