/**
 * The lock manager's records: an owner (one transaction attempt) with the locks it holds and the
 * acquisitions it waits on; a held point with its holders; a held range; a pending acquisition.
 * They live in one file because each refers to the others. Plain mutable data: the rules that
 * change them are in space-locks.ts and lock-manager.ts.
 */
import type { SpannerError } from '../../errors/spanner-error';
import type { LockMode, LockPriority } from './lock-request';
import { comparePriority } from './lock-request';
import type { LockSpan } from './lock-span';

/** Told once, after the manager has released everything the owner held; it must not throw. */
export type WoundedCallback = (error: SpannerError) => void;

export class OwnerState {
  /** Every point this owner holds (once each) and every range, for releasing them all at once. */
  readonly points: PointLock[] = [];
  readonly ranges: RangeLock[] = [];
  readonly waits = new Set<PendingAcquisition>();
  /** Set when an older transaction wounded this one; from then on it holds and gets nothing. */
  woundError: SpannerError | undefined;
  /** Set by releaseAll: later acquisitions are refused with `endError`. */
  ended = false;
  /** Made only when needed: an Error's stack trace costs more than the rest of a commit's locking. */
  endError: SpannerError | undefined;
  /** Holds everything its commit needs: it waits for nothing, so others wait for it, never wound it. */
  committing = false;

  constructor(
    readonly id: string,
    readonly priority: LockPriority,
    /** Registration order: breaks ties between equal priorities so that age is a total order. */
    readonly arrival: number,
    readonly onWounded: WoundedCallback,
  ) {}
}

/** Whether `a` is older than (has priority over) `b`. */
export function isOlder(a: OwnerState, b: OwnerState): boolean {
  const c = comparePriority(a.priority, b.priority);
  return c < 0 || (c === 0 && a.arrival < b.arrival);
}

export interface PointHold {
  readonly owner: OwnerState;
  mode: LockMode;
}

/** One key with its holders: several shared holds, or one exclusive hold alone. */
export class PointLock {
  readonly holds: PointHold[] = [];
  constructor(
    readonly space: string,
    readonly key: string,
  ) {}
}

/** A held range: a range span with its owner, so own-coverage checks can read it as a span. */
export interface RangeLock {
  readonly kind: 'range';
  readonly space: string;
  readonly mode: LockMode;
  readonly lower: string;
  readonly upper: string;
  readonly owner: OwnerState;
}

/**
 * An acquisition waiting for older owners: nothing of it is held, each span is listed in its
 * space's pending set (younger requests queue behind it), and it is granted whole or not at all.
 */
export interface PendingAcquisition {
  readonly owner: OwnerState;
  readonly spans: readonly LockSpan[];
  /** Request order: among one owner's acquisitions, earlier ones wake first. */
  readonly arrival: number;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
  /** Its entries in the spaces' pending sets, one per span. */
  readonly entries: PendingSpan[];
  settled: boolean;
  /** Removes the AbortSignal listener, if any. */
  detach: (() => void) | undefined;
}

/** One span of a pending acquisition, as its space lists it. */
export interface PendingSpan {
  readonly acquisition: PendingAcquisition;
  readonly span: LockSpan;
}

/** Queue order: older owners first, then earlier requests. */
export function wakesBefore(a: PendingAcquisition, b: PendingAcquisition): boolean {
  if (a.owner === b.owner) return a.arrival < b.arrival;
  return isOlder(a.owner, b.owner);
}
