/**
 * The data plane's state around the databases: sessions (persisted, with idle expiry) and the
 * transactions running on them (in memory), tied together so that a session's end or a database's
 * drop ends their transactions and releases their locks, and idle read-write transactions are
 * aborted by a periodic sweep. Data-plane handlers find a session and its open database here.
 */
import type { Clock, Micros } from '../common/clock';
import type { LiveSession, SessionRegistry } from './sessions/session-registry';
import { DEFAULT_TRANSACTION_OPTIONS, TransactionRegistry } from './transactions/transaction-registry';

export interface DataPlaneOptions {
  /** A read-write transaction idle longer than this is aborted. */
  readonly transactionIdleTimeoutMicros?: Micros;
}

/** How often idle transactions are looked for: a fraction of the shortest timeout worth having. */
const SWEEP_INTERVAL_MS = 500;

export class DataPlane {
  readonly transactions: TransactionRegistry;
  private readonly timer: NodeJS.Timeout;

  constructor(
    readonly sessions: SessionRegistry,
    /** The emulator's clock: reads at a future timestamp wait for it. */
    readonly clock: Clock,
    options: DataPlaneOptions = {},
  ) {
    this.transactions = new TransactionRegistry(clock, {
      ...DEFAULT_TRANSACTION_OPTIONS,
      idleTimeoutMicros: options.transactionIdleTimeoutMicros ?? DEFAULT_TRANSACTION_OPTIONS.idleTimeoutMicros,
    });
    // A dropped database ends its sessions, and with them their transactions.
    sessions.onEnded((session) => this.transactions.endSession(session.name));
    this.timer = setInterval(() => this.transactions.sweep(), SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  /** The live session `name` and its open database (NOT_FOUND / FAILED_PRECONDITION otherwise). */
  liveSession(name: string): LiveSession {
    return this.sessions.get(name);
  }

  close(): void {
    clearInterval(this.timer);
  }
}
