/**
 * A transaction as clients see it: its id, its session, what it is (read-only with its read
 * timestamp, read-write with the engine transaction, partitioned DML), where it stands (active,
 * committed, rolled back, failed) and what the client needs to replay a call (the commit's
 * outcome, so a retried Commit answers the same). Also when it was last used, for the idle abort
 * of read-write transactions. The engine does the work; this is the bookkeeping around it.
 */

import type { Clock, Micros } from '../../common/clock';
import type { Database } from '../../engine/database/database';
import type { CommitResult } from '../../engine/transaction/commit-pipeline';
import type { ReadWriteTransaction } from '../../engine/transaction/read-write-transaction';
import type { TransactionMode } from '../../engine/transaction/transaction-options';
import type { SpannerError } from '../../errors/spanner-error';
import type { PrecommitTokens } from './precommit-tokens';

/** What the transaction layer needs of a session. */
export interface SessionRef {
  readonly name: string;
  readonly database: string;
  readonly multiplexed: boolean;
}

export type FrontTransactionState = 'active' | 'committed' | 'rolledBack' | 'failed';

export class FrontTransaction {
  state: FrontTransactionState = 'active';
  /** Why a failed transaction failed (an abort, a constraint error at commit...). */
  failure: SpannerError | null = null;
  commitOutcome: CommitResult | null = null;
  /** The commit running now, if one is. */
  commitInFlight: Promise<CommitResult> | null = null;
  lastUsed: Micros;
  /** Calls using it right now: a transaction waiting for a lock or streaming is not idle. */
  inFlight = 0;
  /** Set by a statement sent with last_statement: then only Commit or Rollback may follow. */
  lastStatementDone = false;

  constructor(
    readonly id: Buffer,
    readonly session: SessionRef,
    readonly database: Database,
    readonly mode: TransactionMode,
    /** Read-only transactions: the timestamp every read uses. */
    readonly readTimestamp: Micros | null,
    /** Read-write transactions: the engine transaction. */
    readonly readWrite: ReadWriteTransaction | null,
    /** Read-write transactions on multiplexed sessions. */
    readonly tokens: PrecommitTokens | null,
    private readonly clock: Clock,
  ) {
    this.lastUsed = clock.nowMicros();
  }

  get isReadWrite(): boolean {
    return this.mode.kind === 'readWrite';
  }

  /** Runs `call` counted as in flight, so the idle sweep leaves the transaction alone meanwhile. */
  async use<T>(call: () => Promise<T>): Promise<T> {
    this.inFlight++;
    this.lastUsed = this.clock.nowMicros();
    try {
      return await call();
    } finally {
      this.inFlight--;
      this.lastUsed = this.clock.nowMicros();
    }
  }

  /**
   * Counts a call in flight until the returned function is called: for streams, which outlive
   * any one promise (use() is the form for promises).
   */
  enter(): () => void {
    this.inFlight++;
    this.lastUsed = this.clock.nowMicros();
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.inFlight--;
      this.lastUsed = this.clock.nowMicros();
    };
  }

  /** Idle: no call in flight for longer than `limit`. */
  idleLongerThan(limit: Micros): boolean {
    return this.inFlight === 0 && this.clock.nowMicros() - this.lastUsed > limit;
  }
}
