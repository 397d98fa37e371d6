/**
 * The locks of one key space: held points in a Map by key text (a point request is one lookup),
 * held ranges in two sets by mode, the points some owner holds exclusively (what a shared range
 * must check), and the spans of pending acquisitions. Finds the owners a span conflicts with and
 * grants or releases holds. Ranges are scanned linearly: a space has few of them (one per scan of
 * a read-write transaction). An exclusive range scans every held point of the space; writes never
 * need one. Wound-wait decisions are not made here: conflicts go to a ConflictSink.
 */
import type { LockSpan } from './lock-span';
import { modesConflict, rangeHoldsKey, spanCovers, spansConflict } from './lock-span';
import type { OwnerState, PendingSpan, RangeLock } from './lock-records';
import { PointLock } from './lock-records';

/** Receives the other owners a span conflicts with. */
export interface ConflictSink {
  /** `other` holds a lock that conflicts with a span asked for in `space`. */
  held(other: OwnerState, space: string): void;
  /** `other` waits for a span that conflicts with one asked for. */
  pending(other: OwnerState): void;
}

type PointSpan = Extract<LockSpan, { kind: 'point' }>;
type RangeSpan = Extract<LockSpan, { kind: 'range' }>;

export class SpaceLocks {
  readonly points = new Map<string, PointLock>();
  readonly exclusivePoints = new Set<PointLock>();
  readonly sharedRanges = new Set<RangeLock>();
  readonly exclusiveRanges = new Set<RangeLock>();
  readonly pending = new Set<PendingSpan>();

  constructor(readonly name: string) {}

  isEmpty(): boolean {
    return (
      this.points.size === 0 &&
      this.sharedRanges.size === 0 &&
      this.exclusiveRanges.size === 0 &&
      this.pending.size === 0
    );
  }

  /** Reports to `sink` every other owner whose held or pending lock conflicts with `span`. */
  findConflicts(span: LockSpan, owner: OwnerState, sink: ConflictSink): void {
    if (span.kind === 'point') this.pointConflicts(span, owner, sink);
    else this.rangeConflicts(span, owner, sink);
    for (const entry of this.pending) {
      const other = entry.acquisition.owner;
      if (other !== owner && spansConflict(entry.span, span)) sink.pending(other);
    }
  }

  private pointConflicts(span: PointSpan, owner: OwnerState, sink: ConflictSink): void {
    const point = this.points.get(span.key);
    if (point) this.holdConflicts(point, span, owner, sink);
    this.rangesHolding(this.exclusiveRanges, span.key, owner, sink);
    if (span.mode === 'exclusive') this.rangesHolding(this.sharedRanges, span.key, owner, sink);
  }

  private rangeConflicts(span: RangeSpan, owner: OwnerState, sink: ConflictSink): void {
    const points = span.mode === 'exclusive' ? this.points.values() : this.exclusivePoints;
    for (const point of points) {
      if (rangeHoldsKey(span.lower, span.upper, point.key)) this.holdConflicts(point, span, owner, sink);
    }
    this.rangesOverlapping(this.exclusiveRanges, span, owner, sink);
    if (span.mode === 'exclusive') this.rangesOverlapping(this.sharedRanges, span, owner, sink);
  }

  private holdConflicts(point: PointLock, span: LockSpan, owner: OwnerState, sink: ConflictSink): void {
    for (const hold of point.holds) {
      if (hold.owner !== owner && modesConflict(hold.mode, span.mode)) sink.held(hold.owner, this.name);
    }
  }

  private rangesHolding(ranges: Set<RangeLock>, key: string, owner: OwnerState, sink: ConflictSink): void {
    for (const range of ranges) {
      if (range.owner !== owner && rangeHoldsKey(range.lower, range.upper, key)) sink.held(range.owner, this.name);
    }
  }

  private rangesOverlapping(ranges: Set<RangeLock>, span: RangeSpan, owner: OwnerState, sink: ConflictSink): void {
    for (const range of ranges) {
      if (range.owner !== owner && range.lower < span.upper && span.lower < range.upper) {
        sink.held(range.owner, this.name);
      }
    }
  }

  /** Adds `owner`'s hold on `span`; a lock it already holds is kept, a shared point is upgraded. */
  grant(span: LockSpan, owner: OwnerState): void {
    if (span.kind === 'point') this.grantPoint(span, owner);
    else this.grantRange(span, owner);
  }

  private grantPoint(span: PointSpan, owner: OwnerState): void {
    let point = this.points.get(span.key);
    if (!point) {
      point = new PointLock(this.name, span.key);
      this.points.set(span.key, point);
    }
    const hold = point.holds.find((h) => h.owner === owner);
    if (!hold) {
      point.holds.push({ owner, mode: span.mode });
      owner.points.push(point);
    } else if (span.mode === 'exclusive') {
      hold.mode = 'exclusive';
    }
    if (span.mode === 'exclusive') this.exclusivePoints.add(point);
  }

  private grantRange(span: RangeSpan, owner: OwnerState): void {
    // A transaction repeating a scan would otherwise pile up copies of one range.
    if (owner.ranges.some((held) => spanCovers(held, span))) return;
    const range: RangeLock = { ...span, owner };
    (span.mode === 'exclusive' ? this.exclusiveRanges : this.sharedRanges).add(range);
    owner.ranges.push(range);
  }

  releasePoint(point: PointLock, owner: OwnerState): void {
    const holds = point.holds;
    let index = 0;
    while (index < holds.length && holds[index].owner !== owner) index++;
    if (index === holds.length) return;
    // An exclusive hold is the point's only hold, so the point has none left after it.
    if (holds[index].mode === 'exclusive') this.exclusivePoints.delete(point);
    holds[index] = holds[holds.length - 1];
    holds.pop();
    if (holds.length === 0) this.points.delete(point.key);
  }

  releaseRange(range: RangeLock): void {
    (range.mode === 'exclusive' ? this.exclusiveRanges : this.sharedRanges).delete(range);
  }
}
