/**
 * The mutation count of commit stats, counted as Spanner counts it, and Spanner's limit on it
 * (80,000 per commit, INVALID_ARGUMENT beyond): an insert or update counts the columns it writes
 * per row, a delete mutation counts one however many rows it removes (cascades included), and
 * every index entry the commit adds or removes counts one more (an entry rewritten in place, for
 * a STORING column, counts one; a moved entry two). Index entries are counted from the batch's
 * final writes against the committed state.
 */
import { tooManyMutations } from '../../errors/row-write-errors';
import { indexEntryChange } from '../storage/index-writes';
import type { WriteSet } from '../transaction/write-set';

export const MAX_MUTATIONS_PER_COMMIT = 80_000;

/** Index entries the writes add, remove or rewrite. */
export function indexEntryChanges(writes: WriteSet): number {
  let count = 0;
  for (const { layouts, row } of writes.changes()) {
    for (const index of layouts.indexes) {
      const { remove, put } = indexEntryChange(index, row.before, row.after);
      count += (remove === null ? 0 : 1) + (put === null ? 0 : 1);
    }
  }
  return count;
}

export function checkMutationLimit(count: number): void {
  if (count > MAX_MUTATIONS_PER_COMMIT) throw tooManyMutations(MAX_MUTATIONS_PER_COMMIT);
}
