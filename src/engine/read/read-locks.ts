/**
 * The locks a read in a read-write transaction takes before it reads the latest state: over the
 * table's key space a shared point per key read and a shared range per range, over the index's
 * key space a shared range per span for a read through an index (its keys are index key prefixes;
 * no base row is fetched, so nothing of the table is locked). A commit that writes a row takes
 * exclusive points on the row and on its index entries, so either lock meets it. An exclusive lock
 * hint asks for the same spans exclusively. Whether a transaction's reads lock at all (not under
 * REPEATABLE_READ) is ReadWriteTransaction.lockForRead's.
 */

import { assertNever } from '../../errors/assert-never';
import { indexSpace, tableSpace } from '../locking/lock-spaces';
import type { LockMode, LockRequest } from '../locking/lock-request';
import type { ReadPlan } from './read-plan';
import type { ReadSpan } from './read-spans';

export function readLockRequests(plan: ReadPlan, spans: readonly ReadSpan[], mode: LockMode = 'shared'): LockRequest[] {
  const target = plan.target;
  switch (target.kind) {
    case 'table':
      return spans.map((span) => spanLock(tableSpace(target.table.table), span, mode));
    case 'index':
      return spans.map((span) => spanLock(indexSpace(target.index.index), { ...span, point: null }, mode));
    default:
      return assertNever(target, 'read target');
  }
}

function spanLock(space: string, span: ReadSpan, mode: LockMode): LockRequest {
  if (span.point !== null) return { space, mode, target: { kind: 'point', key: span.point } };
  return { space, mode, target: { kind: 'range', lower: span.lower, upper: span.upper } };
}
