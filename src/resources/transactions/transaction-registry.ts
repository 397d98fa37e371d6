/**
 * The multi-use transactions of one emulator, by id: begun by BeginTransaction or a selector's
 * begin, found by id on every later call, ended by Commit, Rollback, an abort, an idle timeout
 * (read-write only: a crashed client must not hold locks for ever), a newer transaction on the
 * same regular session (Spanner: one transaction at a time per session), or the end of their
 * session or database. Ended transactions are remembered for a while, so a retried Commit or
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
  /** How long an ended transaction is remembered for retried calls. */
  readonly retentionMicros: Micros;
}

export const DEFAULT_TRANSACTION_OPTIONS: TransactionRegistryOptions = {
  idleTimeoutMicros: 10_000_000,
  retentionMicros: 3_600_000_000,
};

export class TransactionRegistry {
  private readonly byId = new Map<string, FrontTransaction>();
  /** Regular sessions: their current multi-use transaction. */
  private readonly currentOfSession = new Map<string, FrontTransaction>();
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
    this.forgetCurrent(txn);
    this.markEnded(txn);
  }

  /** Ends `txn` with `error` (an abort or a failure at commit), releasing what it holds. */
  end(txn: FrontTransaction, error: SpannerError): void {
    if (txn.state !== 'active') return;
    txn.state = 'failed';
    txn.failure = error;
    txn.readWrite?.abort(error);
    this.forgetCurrent(txn);
    this.markEnded(txn);
  }

  /** Registered transactions are remembered for a while; single uses are simply gone. */
  private markEnded(txn: FrontTransaction): void {
    const key = txn.id.toString('hex');
    if (this.byId.has(key)) this.endedAt.set(key, this.clock.nowMicros());
  }

  /** Aborts the transactions of a session that was deleted or expired. */
  endSession(sessionName: string): void {
    for (const txn of this.byId.values()) {
      if (txn.session.name === sessionName) this.end(txn, transactionEndedWithSession());
    }
  }

  /** Forgets every transaction of a dropped database. */
  endDatabase(databaseName: string): void {
    for (const [key, txn] of this.byId) {
      if (txn.session.database !== databaseName) continue;
      this.end(txn, transactionEndedWithSession());
      this.byId.delete(key);
      this.endedAt.delete(key);
    }
  }

  /** Aborts idle read-write transactions and forgets transactions ended long enough ago. */
  sweep(): void {
    const now = this.clock.nowMicros();
    for (const [key, txn] of this.byId) {
      if (txn.state === 'active' && txn.isReadWrite && txn.idleLongerThan(this.options.idleTimeoutMicros)) {
        this.end(txn, transactionIdleTooLong(this.options.idleTimeoutMicros / 1_000_000));
      }
      const ended = this.endedAt.get(key);
      if (ended !== undefined && now - ended > this.options.retentionMicros) {
        this.byId.delete(key);
        this.endedAt.delete(key);
      }
    }
  }

  /** Number of transactions not ended, for diagnostics and tests. */
  get activeCount(): number {
    let n = 0;
    for (const txn of this.byId.values()) if (txn.state === 'active') n++;
    return n;
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

  private forgetCurrent(txn: FrontTransaction): void {
    if (this.currentOfSession.get(txn.session.name) === txn) this.currentOfSession.delete(txn.session.name);
  }
}
