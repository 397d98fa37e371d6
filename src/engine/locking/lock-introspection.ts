/**
 * Read-only views of the lock manager's state for tests and diagnostics: held locks with their
 * owners, and pending acquisitions with the owners they wait for. Built on demand, never on the
 * locking path.
 */
import type { OwnerState, PendingAcquisition } from './lock-records';
import type { LockRequest } from './lock-request';
import { toRequest } from './lock-span';
import type { SpaceLocks } from './space-locks';

export interface HeldLockView {
  readonly owner: string;
  readonly request: LockRequest;
}

export interface WaitingView {
  readonly owner: string;
  readonly requests: readonly LockRequest[];
  /** Ids of the owners it waits for: older ones, or ones already committing. */
  readonly blockedBy: readonly string[];
}

export function heldLockViews(spaces: Iterable<SpaceLocks>): HeldLockView[] {
  const views: HeldLockView[] = [];
  for (const space of spaces) {
    for (const point of space.points.values()) {
      for (const { owner, mode } of point.holds) {
        views.push({ owner: owner.id, request: toRequest({ kind: 'point', space: space.name, mode, key: point.key }) });
      }
    }
    for (const range of [...space.sharedRanges, ...space.exclusiveRanges]) {
      views.push({ owner: range.owner.id, request: toRequest(range) });
    }
  }
  return views;
}

export function ownerHeldRequests(owner: OwnerState): LockRequest[] {
  const points = owner.points.map((point) => {
    const mode = point.holds.find((h) => h.owner === owner)?.mode ?? 'shared';
    return toRequest({ kind: 'point', space: point.space, mode, key: point.key });
  });
  return [...points, ...owner.ranges.map(toRequest)];
}

export function waitingViews(
  queue: readonly PendingAcquisition[],
  blockersOf: (waiter: PendingAcquisition) => readonly OwnerState[],
): WaitingView[] {
  return queue.map((waiter) => ({
    owner: waiter.owner.id,
    requests: waiter.spans.map(toRequest),
    blockedBy: blockersOf(waiter).map((o) => o.id),
  }));
}
