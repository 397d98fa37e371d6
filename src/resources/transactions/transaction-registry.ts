/**
 * The multi-use transactions of one emulator, by id: begun by BeginTransaction or a selector's
 * begin, found by id on every later call, ended by Commit, Rollback, an abort, an idle timeout
 * (read-write only: a crashed client must not hold locks for ever), a newer transaction on the
 * same regular session (Spanner: one transaction at a time per session), or the end of their
 * session (a dropped database ends its sessions). Read-only transactions are forgotten when
 * unused for long. Ended transactions are remembered for a few minutes, so a retried Commit or
 * Rollback answers as the first did and a retry of an aborted transaction keeps its priority.
 * Transactions do not survive a restart: an id from an earlier run answers ABORTED (read-write,
 * the client retries) or NOT_FOUND.
 */

import type { Clock, Micros } from '../../common/clock';
import type { Database } from '../../engine/database/database';
import type { LockPriority } from '../../engine/locking/lock-request';
import type { TransactionMode } from '../../engine/transaction/transaction-options';
import { assertNever } from '../../errors/assert-never';
import {
  transactionEndedWithSession,
  transactionIdleTooLong,
  transactionLostInRestart,
  transactionNotFound,
  transactionReplacedOnSession,
} from '../../errors/transaction-errors';
import type { SpannerError } from '../../errors/spanner-error';
import { FrontTransaction, type SessionRef } from './front-transaction';
import { PrecommitTokens } from './precommit-tokens';
import { beginReadOnly, beginReadWrite } from './transaction-begin';
import { TransactionIds, transactionIdText } from './transaction-ids';

export interface TransactionRegistryOptions {
  /** A read-write transaction idle longer than this is aborted (Spanner: about 10 s). */
  readonly idleTimeoutMicros: Micros;
  /**
   * A read-only or partitioned DML transaction unused this long is forgotten (reads older than a
   * database's version retention, 1 hour by default, would fail anyway).
   */
  readonly readOnlyIdleMicros: Micros;
  /** How long an ended transaction is remembered for retried calls. */
  readonly retentionMicros: Micros;
}

export const DEFAULT_TRANSACTION_OPTIONS: TransactionRegistryOptions = {
  idleTimeoutMicros: 10_000_000,
  readOnlyIdleMicros: 3_600_000_000,
  retentionMicros: 120_000_000,
};

export class TransactionRegistry {
  /** Every remembered transaction: active ones, and ended ones until their retention ends. */
  private readonly byId = new Map<string, FrontTransaction>();
  /** Active transactions per session, for a session's end. */
  private readonly bySession = new Map<string, Set<FrontTransaction>>();
  /** Active transactions the idle sweep looks at. */
  private readonly active = new Set<FrontTransaction>();
  /** Regular sessions: their current multi-use transaction. */
  private readonly currentOfSession = new Map<string, FrontTransaction>();
  /** Ended transactions by id, in the order they ended (so expiry stops at the first kept). */
  private readonly endedAt = new Map<string, Micros>();
  private readonly ids = new TransactionIds();
  private sequence = 0;

  constructor(
    private readonly clock: Clock,
    private readonly options: TransactionRegistryOptions = DEFAULT_TRANSACTION_OPTIONS,
  ) {}

  /** A new multi-use transaction; on a regular session it replaces the session's current one. */
  begin(session: SessionRef, database: Database, mode: TransactionMode): FrontTransaction {
    const id = this.ids.next(mode.kind);
    const txn = this.create(id, session, database, mode);
    this.byId.set(id.toString('hex'), txn);
    this.active.add(txn);
    let ofSession = this.bySession.get(session.name);
    if (ofSession === undefined) this.bySession.set(session.name, (ofSession = new Set()));
    ofSession.add(txn);
    if (!session.multiplexed) {
      const previous = this.currentOfSession.get(session.name);
      if (previous !== undefined) this.end(previous, transactionReplacedOnSession());
      this.currentOfSession.set(session.name, txn);
    }
    return txn;
  }

  /** A transaction used once and never registered (a single-use selector, Commit's single use). */
  singleUse(session: SessionRef, database: Database, mode: TransactionMode): FrontTransaction {
    return this.create(this.ids.next(mode.kind), session, database, mode);
  }

  /** The transaction `id` of `session`, active or ended (the caller checks its state). */
  find(session: SessionRef, id: Uint8Array): FrontTransaction {
    const txn = this.byId.get(Buffer.from(id).toString('hex'));
    if (txn !== undefined && txn.session.name === session.name) return txn;
    const parsed = this.ids.parse(id);
    if (parsed !== null && !parsed.current && parsed.kind === 'readWrite') throw transactionLostInRestart();
    throw transactionNotFound(transactionIdText(id));
  }

  /** Marks `txn` ended by a commit or rollback, releasing what it holds. */
  finish(txn: FrontTransaction, state: 'committed' | 'rolledBack'): void {
    txn.state = state;
    txn.readWrite?.finish();
    this.markEnded(txn);
  }

  /** Ends `txn` with `error` (an abort or a failure at commit), releasing what it holds. */
  end(txn: FrontTransaction, error: SpannerError): void {
    if (txn.state !== 'active') return;
    txn.state = 'failed';
    txn.failure = error;
    txn.readWrite?.abort(error);
    this.markEnded(txn);
  }

  /** Aborts the transactions of a session that was deleted, expired, or whose database was dropped. */
  endSession(sessionName: string): void {
    for (const txn of [...(this.bySession.get(sessionName) ?? [])]) this.end(txn, transactionEndedWithSession());
  }

  /**
   * Aborts idle read-write transactions, forgets read-only ones unused for long, and forgets
   * transactions ended longer ago than their retention.
   */
  sweep(): void {
    for (const txn of [...this.active]) {
      if (txn.isReadWrite) {
        if (txn.idleLongerThan(this.options.idleTimeoutMicros)) {
          this.end(txn, transactionIdleTooLong(this.options.idleTimeoutMicros / 1_000_000));
        }
      } else if (txn.idleLongerThan(this.options.readOnlyIdleMicros)) {
        // Gone without a trace: a later use answers NOT_FOUND, as for any unknown transaction.
        this.markEnded(txn);
        this.byId.delete(txn.id.toString('hex'));
        this.endedAt.delete(txn.id.toString('hex'));
      }
    }
    const oldest = this.clock.nowMicros() - this.options.retentionMicros;
    for (const [key, endedAt] of this.endedAt) {
      if (endedAt > oldest) break;
      this.byId.delete(key);
      this.endedAt.delete(key);
    }
  }

  /** Number of transactions not ended, for diagnostics and tests. */
  get activeCount(): number {
    return this.active.size;
  }

  /** Registered transactions are remembered for a while; single uses are simply gone. */
  private markEnded(txn: FrontTransaction): void {
    this.active.delete(txn);
    this.bySession.get(txn.session.name)?.delete(txn);
    if (this.bySession.get(txn.session.name)?.size === 0) this.bySession.delete(txn.session.name);
    if (this.currentOfSession.get(txn.session.name) === txn) this.currentOfSession.delete(txn.session.name);
    const key = txn.id.toString('hex');
    if (this.byId.has(key) && !this.endedAt.has(key)) this.endedAt.set(key, this.clock.nowMicros());
  }

  private create(id: Buffer, session: SessionRef, database: Database, mode: TransactionMode): FrontTransaction {
    switch (mode.kind) {
      case 'readOnly':
        return beginReadOnly(id, session, database, mode, this.clock);
      case 'readWrite': {
        const tokens = session.multiplexed ? new PrecommitTokens(id) : null;
        const priority = this.priorityFor(mode.previousTransactionId);
        // A wound (an older transaction needs its locks) ends it at once, not at its next call.
        const txn: FrontTransaction = beginReadWrite(id, session, database, mode, priority, tokens, this.clock, (e) =>
          this.end(txn, e),
        );
        return txn;
      }
      case 'partitionedDml':
        return new FrontTransaction(id, session, database, mode, null, null, null, this.clock);
      default:
        return assertNever(mode, 'transaction mode');
    }
  }

  /** A retry keeps the age of the transaction it retries (wound-wait priority); others start now. */
  private priorityFor(previous: Uint8Array | null): LockPriority {
    const retried = previous === null ? undefined : this.byId.get(Buffer.from(previous).toString('hex'));
    if (retried?.readWrite) return retried.readWrite.priority;
    return { startMicros: this.clock.nowMicros(), sequence: ++this.sequence };
  }
}
