/**
 * A read-write transaction in the engine: its priority and lock owner, its isolation (with the
 * snapshot of a REPEATABLE_READ one), the schema it started on, and how it ends. Reads lock what
 * they read (SERIALIZABLE) before reading the latest state; a commit goes through the database's
 * commit pipeline (commit-pipeline.ts). Once it has ended (committed, rolled back, aborted by a
 * wound, an idle timeout or its session ending) every further use is refused with the reason.
 * Nothing here knows ids as clients see them, sessions or protos.
 */

import type { Micros } from '../../common/clock';
import type { SpannerError } from '../../errors/spanner-error';
import type { LockOwner } from '../locking/lock-owner';
import type { LockPriority, LockRequest } from '../locking/lock-request';
import type { Catalog } from '../schema/catalog/catalog';
import { readsTakeLocks, type ReadWriteMode } from './transaction-options';
import type { WriteSet } from './write-set';

export class ReadWriteTransaction {
  private endError: SpannerError | null = null;
  /**
   * The writes it has made before committing (DML), over the latest state; null while it has
   * none (mutations are buffered by the client and applied at commit). Its reads go through it.
   */
  pendingWrites: WriteSet | null = null;

  constructor(
    readonly mode: ReadWriteMode,
    readonly lock: LockOwner,
    /** The schema it began on: a schema change before it commits aborts it. */
    readonly catalog: Catalog,
    /** REPEATABLE_READ reads this snapshot and refuses writes over later commits; null otherwise. */
    readonly snapshot: Micros | null,
  ) {}

  get priority(): LockPriority {
    return this.lock.priority;
  }

  /** Why it can no longer be used (a wound shows here as soon as it happens); null while usable. */
  get abortError(): SpannerError | null {
    return this.endError ?? this.lock.woundError ?? null;
  }

  /** Throws the error that ended the transaction, if one did. */
  assertUsable(): void {
    const error = this.abortError;
    if (error !== null) throw error;
  }

  /**
   * Takes the shared locks a read needs (none under REPEATABLE_READ, which reads its snapshot),
   * waiting for older transactions that hold conflicting ones. Rejects with the abort error when
   * the transaction is wounded meanwhile.
   */
  async lockForRead(requests: readonly LockRequest[], signal?: AbortSignal): Promise<void> {
    this.assertUsable();
    if (!readsTakeLocks(this.mode) || requests.length === 0) return;
    await this.lock.acquire(requests, signal);
  }

  /** Ends the transaction with `error` (ABORTED), releasing its locks; the first reason sticks. */
  abort(error: SpannerError): void {
    this.endError ??= error;
    this.lock.releaseAll(this.endError);
  }

  /** Ends it normally (after commit or rollback), releasing its locks. */
  finish(): void {
    this.lock.releaseAll();
  }
}
