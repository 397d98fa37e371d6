/**
 * A lock request in the form the manager works with: keys as latin1 text. Latin1 maps each byte to
 * the code unit of the same value, and JavaScript compares strings by code unit with a prefix
 * first, so text order is exactly Buffer.compare order; text keys also serve as Map keys and compare
 * without a native call. Also overlap and mode compatibility between two spans. Holds no state.
 */
import { assertNever } from '../../errors/assert-never';
import type { LockMode, LockRequest } from './lock-request';

export type LockSpan =
  | { readonly kind: 'point'; readonly space: string; readonly mode: LockMode; readonly key: string }
  | {
      readonly kind: 'range';
      readonly space: string;
      readonly mode: LockMode;
      readonly lower: string;
      readonly upper: string;
    };

export function keyText(key: Buffer): string {
  return key.toString('latin1');
}

export function keyBytes(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}

/** The spans of a batch of requests; empty ranges lock nothing and are dropped. */
export function toSpans(requests: readonly LockRequest[]): LockSpan[] {
  const spans: LockSpan[] = [];
  for (const { space, mode, target } of requests) {
    switch (target.kind) {
      case 'point':
        spans.push({ kind: 'point', space, mode, key: keyText(target.key) });
        break;
      case 'range': {
        const lower = keyText(target.lower);
        const upper = keyText(target.upper);
        if (lower < upper) spans.push({ kind: 'range', space, mode, lower, upper });
        break;
      }
      default:
        assertNever(target, 'lock target');
    }
  }
  return spans;
}

export function toRequest(span: LockSpan): LockRequest {
  switch (span.kind) {
    case 'point':
      return { space: span.space, mode: span.mode, target: { kind: 'point', key: keyBytes(span.key) } };
    case 'range':
      return {
        space: span.space,
        mode: span.mode,
        target: { kind: 'range', lower: keyBytes(span.lower), upper: keyBytes(span.upper) },
      };
    default:
      return assertNever(span, 'lock span');
  }
}

/** Shared locks are compatible with each other; an exclusive lock with nothing. */
export function modesConflict(a: LockMode, b: LockMode): boolean {
  return a === 'exclusive' || b === 'exclusive';
}

export function rangeHoldsKey(lower: string, upper: string, key: string): boolean {
  return lower <= key && key < upper;
}

/** Whether two spans (of any owners) cover a common key of one space in incompatible modes. */
export function spansConflict(a: LockSpan, b: LockSpan): boolean {
  if (a.space !== b.space || !modesConflict(a.mode, b.mode)) return false;
  if (a.kind === 'point') return b.kind === 'point' ? a.key === b.key : rangeHoldsKey(b.lower, b.upper, a.key);
  if (b.kind === 'point') return rangeHoldsKey(a.lower, a.upper, b.key);
  return a.lower < b.upper && b.lower < a.upper;
}

/** Whether `outer` already grants everything `inner` asks (same space, covering keys, mode at least as strong). */
export function spanCovers(outer: LockSpan, inner: LockSpan): boolean {
  if (outer.space !== inner.space || (inner.mode === 'exclusive' && outer.mode !== 'exclusive')) return false;
  if (outer.kind === 'point') return inner.kind === 'point' && inner.key === outer.key;
  if (inner.kind === 'point') return rangeHoldsKey(outer.lower, outer.upper, inner.key);
  return outer.lower <= inner.lower && inner.upper <= outer.upper;
}
