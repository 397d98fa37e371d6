/**
 * The background garbage collection of one emulator: every interval, each open database drops the
 * row, index and schema versions older than its version retention period (Database.collectVersions),
 * and long-running operations done longer ago than the operation retention are deleted (Spanner
 * lists done operations for 7 days), and sessions idle longer than their timeout end (they are also
 * checked whenever they are used; this catches those nobody uses again). Work goes in bounded steps with a turn of the event loop
 * between them, so a large backlog never holds up requests; the timer is unref'd, so it never keeps
 * the process alive, and stop() waits for a running pass to finish its step. A failing step is
 * logged and retried at the next pass; it never stops the emulator. Tests call runPass() directly.
 */
import type { Micros } from '../common/clock';
import type { Logger } from '../common/logger';
import type { AdminPlane } from './admin-plane';

/** Rows one step removes: a step is one short SQLite transaction. */
const DEFAULT_BATCH_SIZE = 1000;

export interface GarbageCollectorOptions {
  /** Milliseconds from the end of one pass to the start of the next; 0 runs no background pass. */
  readonly intervalMs: number;
  readonly operationRetentionMicros: Micros;
  /** The sessions whose idle ones each pass ends. */
  readonly sessions?: ExpiringSessions;
  readonly batchSize?: number;
}

export interface ExpiringSessions {
  /** Ends up to `limit` idle sessions; returns how many. */
  endExpired(limit: number): number;
}

export interface PassResult {
  /** Row and index versions removed. */
  readonly versions: number;
  readonly operations: number;
  readonly sessions: number;
}

/** setTimeout's longest delay; a longer one would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class GarbageCollector {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<PassResult> | undefined;
  private stopped = false;
  private readonly batchSize: number;

  constructor(
    private readonly plane: AdminPlane,
    private readonly logger: Logger,
    private readonly options: GarbageCollectorOptions,
  ) {
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  }

  start(): void {
    if (this.options.intervalMs > 0) this.schedule();
  }

  /** One pass over every database and the operations; a pass already running is joined. */
  runPass(): Promise<PassResult> {
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  /** No further passes; resolves once a running pass has ended its current step. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.runPass()
          .catch((e) => this.logger.error('Garbage collection pass failed', e))
          .finally(() => this.schedule());
      },
      Math.min(this.options.intervalMs, MAX_TIMER_MS),
    );
    this.timer.unref();
  }

  private async pass(): Promise<PassResult> {
    let versions = 0;
    for (const name of this.plane.registry.names()) versions += await this.collectDatabase(name);
    const operations = await this.collectOperations();
    const sessions = await this.endIdleSessions();
    if (versions + operations + sessions > 0) {
      this.logger.debug(
        `Garbage collection removed ${versions} row version(s), ${operations} operation(s) and ${sessions} idle session(s).`,
      );
    }
    return { versions, operations, sessions };
  }

  /** Steps until nothing is left to collect, the database is dropped, or the collector stops. */
  private async collectDatabase(name: string): Promise<number> {
    let removed = 0;
    while (!this.stopped) {
      const database = this.plane.registry.get(name);
      if (database === undefined) break;
      try {
        const step = database.collectVersions(this.batchSize);
        removed += step.removed;
        if (step.complete) break;
      } catch (e) {
        this.logger.warn(`Garbage collection of ${name} failed (retried next pass): ${messageOf(e)}`);
        break;
      }
      await nextTurn();
    }
    return removed;
  }

  private async collectOperations(): Promise<number> {
    let removed = 0;
    while (!this.stopped) {
      const cutoff = this.plane.clock.nowMicros() - this.options.operationRetentionMicros;
      try {
        const n = this.plane.operations.deleteDoneBefore(cutoff, this.batchSize);
        removed += n;
        if (n < this.batchSize) break;
      } catch (e) {
        this.logger.warn(`Garbage collection of operations failed (retried next pass): ${messageOf(e)}`);
        break;
      }
      await nextTurn();
    }
    return removed;
  }

  private async endIdleSessions(): Promise<number> {
    const sessions = this.options.sessions;
    let ended = 0;
    while (sessions !== undefined && !this.stopped) {
      try {
        const n = sessions.endExpired(this.batchSize);
        ended += n;
        if (n < this.batchSize) break;
      } catch (e) {
        this.logger.warn(`Ending idle sessions failed (retried next pass): ${messageOf(e)}`);
        break;
      }
      await nextTurn();
    }
    return ended;
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
