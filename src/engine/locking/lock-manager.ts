/**
 * The lock manager of one database: point and range locks in named key spaces, shared or
 * exclusive, with wound-wait by transaction age (conflict-verdict.ts). Acquisitions are granted
 * whole or wait whole as pending promises; waiters are re-judged oldest first whenever locks or
 * pending requests go away. Wound callbacks run after the manager's state is consistent, so they
 * may call back into it. Transport-free and storage-free: it knows keys only as bytes in order.
 */
import type { SpannerError } from '../../errors/spanner-error';
import { isSpannerError } from '../../errors/spanner-error';
import { lockWaitCancelled, readAfterTransactionEnded, transactionWounded } from '../../errors/transaction-errors';
import { judge } from './conflict-verdict';
import type { ConflictVerdict } from './conflict-verdict';
import { heldLockViews, ownerHeldRequests, waitingViews } from './lock-introspection';
import type { HeldLockView, WaitingView } from './lock-introspection';
import { LockOwner } from './lock-owner';
import type { OwnerOperations } from './lock-owner';
import { OwnerState, wakesBefore } from './lock-records';
import type { PendingAcquisition, WoundedCallback } from './lock-records';
import type { LockPriority, LockRequest } from './lock-request';
import { toSpans } from './lock-span';
import type { LockSpan } from './lock-span';
import { SpaceLocks } from './space-locks';

export interface LockManagerOptions {
  /** Names a key space in wound messages ("table Accounts"); by default `table <space>`. */
  describeSpace?: (space: string) => string;
}

export class LockManager implements OwnerOperations {
  /** Kept once made, even empty: there are few (one per table and index) and commits reuse them. */
  private readonly spaces = new Map<string, SpaceLocks>();
  private readonly owners = new Map<string, OwnerState>();
  /** Pending acquisitions, in wake order (wakesBefore). */
  private readonly queue: PendingAcquisition[] = [];
  private readonly woundCallbacks: (() => void)[] = [];
  private readonly describeSpace: (space: string) => string;
  private arrivals = 0;
  /** Something was released or stopped waiting since the waiters were last judged. */
  private needsDrain = false;
  private draining = false;
  private flushing = false;

  constructor(options: LockManagerOptions = {}) {
    this.describeSpace = options.describeSpace ?? ((space) => `table ${space}`);
  }

  /** Registers a transaction attempt. `id` must be unique among the owners not yet released. */
  owner(id: string, priority: LockPriority, onWounded: WoundedCallback = () => {}): LockOwner {
    if (this.owners.has(id)) throw new Error(`Lock owner ${id} is already registered`);
    const state = new OwnerState(id, priority, this.arrivals++, onWounded);
    this.owners.set(id, state);
    return new LockOwner(state, this);
  }

  tryAcquire(owner: OwnerState, requests: readonly LockRequest[]): boolean {
    const refusal = this.refusalOf(owner);
    if (refusal) throw refusal;
    const spans = toSpans(requests);
    const verdict = judge(this.spaces, owner, spans);
    if (verdict.blockers) return false;
    this.woundVictims(verdict);
    this.grant(owner, spans);
    this.settle();
    return true;
  }

  acquire(owner: OwnerState, requests: readonly LockRequest[], signal: AbortSignal | undefined): Promise<void> {
    const refusal = this.refusalOf(owner);
    if (refusal) return Promise.reject(refusal);
    if (signal?.aborted) return Promise.reject(cancellationReason(signal));
    const spans = toSpans(requests);
    const verdict = judge(this.spaces, owner, spans);
    // Wounds first, grant or enqueue next, wake-ups last: a waiter woken by the wounds must
    // already see this acquisition, held or pending.
    this.woundVictims(verdict);
    let outcome: Promise<void>;
    if (verdict.blockers) {
      outcome = this.enqueue(owner, spans, signal);
    } else {
      this.grant(owner, spans);
      outcome = Promise.resolve();
    }
    this.settle();
    return outcome;
  }

  markCommitting(owner: OwnerState): void {
    const refusal = this.refusalOf(owner);
    if (refusal) throw refusal;
    owner.committing = true;
    if (owner.waits.size === 0) return;
    // A read still waiting when its transaction commits is answered as a read after commit.
    for (const waiter of [...owner.waits]) {
      this.unqueue(waiter);
      waiter.reject(this.endErrorOf(owner));
    }
    this.needsDrain = true;
    this.settle();
  }

  release(owner: OwnerState, reason: SpannerError | undefined): void {
    if (owner.ended) return;
    owner.ended = true;
    owner.endError = reason;
    owner.committing = false;
    if (!owner.woundError) this.retire(owner, () => this.endErrorOf(owner));
    this.settle();
  }

  heldBy(owner: OwnerState): LockRequest[] {
    return ownerHeldRequests(owner);
  }

  /** Every held lock with its owner's id, for tests and diagnostics. */
  heldLocks(): HeldLockView[] {
    return heldLockViews(this.spaces.values());
  }

  /** Pending acquisitions in wake order, with the owners each waits for. */
  waiting(): WaitingView[] {
    return waitingViews(this.queue, (acquisition) => this.judgeWaiter(acquisition).blockers ?? []);
  }

  /** Ids of the owners registered and neither released nor wounded. */
  ownerIds(): string[] {
    return [...this.owners.keys()];
  }

  /** Nothing held and nothing waiting. */
  isIdle(): boolean {
    return this.queue.length === 0 && [...this.spaces.values()].every((space) => space.isEmpty());
  }

  /** Why `owner` may not acquire: wounded, released, or committing (which ends it as release does). */
  private refusalOf(owner: OwnerState): SpannerError | undefined {
    return owner.woundError ?? (owner.ended || owner.committing ? this.endErrorOf(owner) : undefined);
  }

  private endErrorOf(owner: OwnerState): SpannerError {
    return (owner.endError ??= readAfterTransactionEnded());
  }

  private grant(owner: OwnerState, spans: readonly LockSpan[]): void {
    for (const span of spans) this.space(span.space).grant(span, owner);
  }

  private space(name: string): SpaceLocks {
    let space = this.spaces.get(name);
    if (!space) {
      space = new SpaceLocks(name);
      this.spaces.set(name, space);
    }
    return space;
  }

  private enqueue(owner: OwnerState, spans: readonly LockSpan[], signal: AbortSignal | undefined): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const waiter: PendingAcquisition = {
        owner,
        spans,
        arrival: this.arrivals++,
        resolve,
        reject,
        entries: [],
        settled: false,
        detach: undefined,
      };
      let at = this.queue.length;
      while (at > 0 && wakesBefore(waiter, this.queue[at - 1])) at--;
      this.queue.splice(at, 0, waiter);
      owner.waits.add(waiter);
      for (const span of spans) {
        const entry = { acquisition: waiter, span };
        waiter.entries.push(entry);
        this.space(span.space).pending.add(entry);
      }
      if (signal) {
        const onAbort = (): void => this.cancel(waiter, cancellationReason(signal));
        signal.addEventListener('abort', onAbort, { once: true });
        waiter.detach = () => signal.removeEventListener('abort', onAbort);
      }
    });
  }

  private cancel(waiter: PendingAcquisition, reason: unknown): void {
    if (waiter.settled) return;
    this.unqueue(waiter);
    waiter.reject(reason);
    this.needsDrain = true;
    this.settle();
  }

  /** Takes a waiter out of the queue, its owner and the pending sets; the caller settles its promise. */
  private unqueue(waiter: PendingAcquisition): void {
    waiter.settled = true;
    waiter.detach?.();
    this.queue.splice(this.queue.indexOf(waiter), 1);
    waiter.owner.waits.delete(waiter);
    for (const entry of waiter.entries) this.spaces.get(entry.span.space)?.pending.delete(entry);
  }

  private woundVictims(verdict: ConflictVerdict): void {
    if (!verdict.victims) return;
    for (const [victim, space] of verdict.victims) {
      const error = transactionWounded(this.describeSpace(space));
      victim.woundError = error;
      this.retire(victim, () => error);
      this.woundCallbacks.push(() => victim.onWounded(error));
    }
  }

  /** Releases everything `owner` holds, rejects its waits with `error()` and forgets it. */
  private retire(owner: OwnerState, error: () => SpannerError): void {
    for (const point of owner.points) this.spaces.get(point.space)?.releasePoint(point, owner);
    for (const range of owner.ranges) this.spaces.get(range.space)?.releaseRange(range);
    owner.points.length = 0;
    owner.ranges.length = 0;
    if (owner.waits.size > 0) {
      for (const waiter of [...owner.waits]) {
        this.unqueue(waiter);
        waiter.reject(error());
      }
    }
    if (this.owners.get(owner.id) === owner) this.owners.delete(owner.id);
    this.needsDrain = true;
  }

  /** Wakes what can be woken, then runs wound callbacks. Every public operation ends here. */
  private settle(): void {
    this.drain();
    this.flushWoundCallbacks();
  }

  private drain(): void {
    if (this.draining) return; // the running drain loops again: needsDrain is set
    this.draining = true;
    try {
      while (this.needsDrain) {
        this.needsDrain = false;
        if (this.queue.length > 0) this.wakeOldestFirst();
      }
    } finally {
      this.draining = false;
    }
  }

  /**
   * One pass in wake order. Granting a waiter only adds locks, which cannot unblock an earlier
   * (older) waiter; wounds release locks and set needsDrain for another pass.
   */
  private wakeOldestFirst(): void {
    for (const waiter of [...this.queue]) {
      if (waiter.settled) continue;
      const verdict = this.judgeWaiter(waiter);
      this.woundVictims(verdict);
      if (verdict.blockers) continue;
      this.unqueue(waiter);
      this.grant(waiter.owner, waiter.spans);
      waiter.resolve();
    }
  }

  private judgeWaiter(waiter: PendingAcquisition): ConflictVerdict {
    return judge(this.spaces, waiter.owner, waiter.spans);
  }

  private flushWoundCallbacks(): void {
    if (this.flushing) return; // the running flush picks up callbacks queued meanwhile
    this.flushing = true;
    try {
      for (let callback = this.woundCallbacks.shift(); callback; callback = this.woundCallbacks.shift()) callback();
    } finally {
      this.flushing = false;
    }
  }
}

function cancellationReason(signal: AbortSignal): SpannerError {
  return isSpannerError(signal.reason) ? signal.reason : lockWaitCancelled();
}
