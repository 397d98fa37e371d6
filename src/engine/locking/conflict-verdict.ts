/**
 * Wound-wait applied to one acquisition: which owners it must wait for and which it wounds.
 * A conflicting lock held by a younger owner wounds that owner; one held by an older owner, or by
 * an owner already committing, makes the acquisition wait. A conflicting pending request makes it
 * wait only when its owner is older: a younger waiter holds nothing of what it waits for and wakes
 * after this one, so wounding it would throw its work away for nothing. Waiting therefore always
 * points at an older or committing owner, and a committing owner waits for nothing: no cycles.
 */
import type { LockSpan } from './lock-span';
import { isOlder } from './lock-records';
import type { OwnerState } from './lock-records';
import type { ConflictSink, SpaceLocks } from './space-locks';

export class ConflictVerdict implements ConflictSink {
  /** Owners to wait for; null when the acquisition can be granted (after wounding the victims). */
  blockers: OwnerState[] | null = null;
  /** Younger owners to wound, each with the space of its first conflict (named in their error). */
  victims: Map<OwnerState, string> | null = null;

  constructor(private readonly owner: OwnerState) {}

  held(other: OwnerState, space: string): void {
    if (other.committing || isOlder(other, this.owner)) this.block(other);
    else if (!this.victims) this.victims = new Map([[other, space]]);
    else if (!this.victims.has(other)) this.victims.set(other, space);
  }

  pending(other: OwnerState): void {
    if (isOlder(other, this.owner)) this.block(other);
  }

  private block(other: OwnerState): void {
    if (!this.blockers) this.blockers = [other];
    else if (!this.blockers.includes(other)) this.blockers.push(other);
  }
}

/** The verdict on `owner` asking for `spans`, given what is held and pending now. */
export function judge(
  spaces: ReadonlyMap<string, SpaceLocks>,
  owner: OwnerState,
  spans: readonly LockSpan[],
): ConflictVerdict {
  const verdict = new ConflictVerdict(owner);
  for (const span of spans) spaces.get(span.space)?.findConflicts(span, owner, verdict);
  return verdict;
}
