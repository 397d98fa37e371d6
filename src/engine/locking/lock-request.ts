/**
 * What a transaction asks the lock manager for: a SHARED or EXCLUSIVE lock on one key (a point) or
 * on a key range [lower, upper) of one key space (a table's or an index's keys, named by a string
 * the caller chooses). Keys are encoded key BLOBs whose bytewise order (Buffer.compare) is the key
 * order. Also the owners' priority for wound-wait. Plain data: no conflict logic lives here.
 */

export type LockMode = 'shared' | 'exclusive';

export type LockTarget =
  | { readonly kind: 'point'; readonly key: Buffer }
  /** `upper` is exclusive; a range with lower >= upper holds no key and locks nothing. */
  | { readonly kind: 'range'; readonly lower: Buffer; readonly upper: Buffer };

export interface LockRequest {
  readonly space: string;
  readonly mode: LockMode;
  readonly target: LockTarget;
}

export function sharedPoint(space: string, key: Buffer): LockRequest {
  return { space, mode: 'shared', target: { kind: 'point', key } };
}

export function exclusivePoint(space: string, key: Buffer): LockRequest {
  return { space, mode: 'exclusive', target: { kind: 'point', key } };
}

export function sharedRange(space: string, lower: Buffer, upper: Buffer): LockRequest {
  return { space, mode: 'shared', target: { kind: 'range', lower, upper } };
}

/**
 * Writes need only exclusive points (they are atomic at the commit point, and a written point
 * conflicts with every shared range over it); exclusive ranges exist for callers that must keep a
 * whole range unread while they work, and cost a scan of the space's held points.
 */
export function exclusiveRange(space: string, lower: Buffer, upper: Buffer): LockRequest {
  return { space, mode: 'exclusive', target: { kind: 'range', lower, upper } };
}

/**
 * A transaction's age: its start time, then a sequence number that breaks ties. Smaller is older
 * and wins conflicts. A retried transaction passes the priority of the attempt it retries, so it
 * ages instead of starving.
 */
export interface LockPriority {
  readonly startMicros: number;
  readonly sequence: number;
}

/** Negative when `a` is older (higher priority) than `b`. */
export function comparePriority(a: LockPriority, b: LockPriority): number {
  return a.startMicros - b.startMicros || a.sequence - b.sequence;
}
