/**
 * A transaction attempt's handle on the lock manager: everything it asks for and releases goes
 * through here. It holds no state of its own beyond its record; the manager (through
 * OwnerOperations) decides grants, waits and wounds.
 */
import type { SpannerError } from '../../errors/spanner-error';
import type { OwnerState } from './lock-records';
import type { LockPriority, LockRequest } from './lock-request';

/** What the manager does for a handle; implemented by LockManager. */
export interface OwnerOperations {
  tryAcquire(owner: OwnerState, requests: readonly LockRequest[]): boolean;
  acquire(owner: OwnerState, requests: readonly LockRequest[], signal: AbortSignal | undefined): Promise<void>;
  markCommitting(owner: OwnerState): void;
  release(owner: OwnerState, reason: SpannerError | undefined): void;
  heldBy(owner: OwnerState): LockRequest[];
}

export class LockOwner {
  constructor(
    private readonly state: OwnerState,
    private readonly operations: OwnerOperations,
  ) {}

  get id(): string {
    return this.state.id;
  }

  get priority(): LockPriority {
    return this.state.priority;
  }

  get isWounded(): boolean {
    return this.state.woundError !== undefined;
  }

  /** The ABORTED error this owner was wounded with, if it was. */
  get woundError(): SpannerError | undefined {
    return this.state.woundError;
  }

  /**
   * Grants every request now if no older (or committing) owner conflicts, wounding younger
   * conflicting owners; otherwise takes nothing, wounds nobody and returns false. No promise: the
   * uncontended commit stays synchronous. Throws the wound error once wounded.
   */
  tryAcquire(requests: readonly LockRequest[]): boolean {
    return this.operations.tryAcquire(this.state, requests);
  }

  /**
   * Resolves when every request is granted. Younger conflicting owners are wounded at once; older
   * ones are waited for. Rejects, holding and queueing nothing of the request, when the owner is
   * wounded or released meanwhile or `signal` aborts (with its reason if that is a SpannerError).
   * The owner can be wounded after the grant and before the caller resumes: a commit confirms
   * with markCommitting, which throws then.
   */
  acquire(requests: readonly LockRequest[], signal?: AbortSignal): Promise<void> {
    return this.operations.acquire(this.state, requests, signal);
  }

  /**
   * Declares that the owner holds everything its commit needs: from now on it cannot be wounded
   * (conflicting requests wait for its release), and acquisitions still pending or asked later are
   * refused as reads after commit. Throws the wound error if it was wounded.
   */
  markCommitting(): void {
    this.operations.markCommitting(this.state);
  }

  /**
   * Releases every lock and rejects pending acquisitions with `reason` (by default the error for a
   * read after commit or rollback); later acquisitions are refused with it. Idempotent.
   */
  releaseAll(reason?: SpannerError): void {
    this.operations.release(this.state, reason);
  }

  /** The locks this owner holds, for tests and diagnostics. */
  heldLocks(): LockRequest[] {
    return this.operations.heldBy(this.state);
  }
}
