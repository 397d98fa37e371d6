/**
 * Small helpers for the lock manager's tests: keys from text, priorities from a number, owners
 * that record their wounds, and promise outcomes observable without awaiting them.
 */
import type { SpannerError } from '../../../src/errors/spanner-error';
import { LockManager } from '../../../src/engine/locking/lock-manager';
import type { LockOwner } from '../../../src/engine/locking/lock-owner';
import type { LockPriority, LockRequest } from '../../../src/engine/locking/lock-request';
import { exclusivePoint, exclusiveRange, sharedPoint, sharedRange } from '../../../src/engine/locking/lock-request';

/** A key whose bytes are the string's char codes (each below 256). */
export function key(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}

export function age(startMicros: number, sequence = 0): LockPriority {
  return { startMicros, sequence };
}

export const S = (space: string, k: string): LockRequest => sharedPoint(space, key(k));
export const X = (space: string, k: string): LockRequest => exclusivePoint(space, key(k));
export const SR = (space: string, lo: string, hi: string): LockRequest => sharedRange(space, key(lo), key(hi));
export const XR = (space: string, lo: string, hi: string): LockRequest => exclusiveRange(space, key(lo), key(hi));

export interface TestOwner {
  readonly handle: LockOwner;
  readonly wounds: SpannerError[];
}

export function makeOwner(manager: LockManager, id: string, startMicros: number): TestOwner {
  const wounds: SpannerError[] = [];
  const handle = manager.owner(id, age(startMicros), (e) => wounds.push(e));
  return { handle, wounds };
}

export type Outcome = { state: 'pending' } | { state: 'granted' } | { state: 'rejected'; error: unknown };

/** Tracks a promise's outcome; read it after `settled()`. */
export function watch(promise: Promise<void>): { readonly outcome: Outcome } {
  const box: { outcome: Outcome } = { outcome: { state: 'pending' } };
  promise.then(
    () => (box.outcome = { state: 'granted' }),
    (error: unknown) => (box.outcome = { state: 'rejected', error }),
  );
  return box;
}

/** Lets every pending promise callback run. */
export function settled(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Held locks as short text: `owner:mode:space:point(key)` or `...:range(lower,upper)`, sorted. */
export function heldText(manager: LockManager): string[] {
  return manager
    .heldLocks()
    .map(({ owner, request }) => `${owner}:${requestText(request)}`)
    .sort();
}

export function requestText({ space, mode, target }: LockRequest): string {
  const what =
    target.kind === 'point'
      ? `point(${target.key.toString('latin1')})`
      : `range(${target.lower.toString('latin1')},${target.upper.toString('latin1')})`;
  return `${mode === 'shared' ? 'S' : 'X'}:${space}:${what}`;
}
