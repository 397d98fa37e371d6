/**
 * Applying a commit's mutations, in order, to a transaction's WriteSet at the commit timestamp,
 * with every check and effect Spanner applies to the rows they write: each mutation is resolved
 * to row operations (write-mutation.ts, delete-mutation.ts) whose checks and effects run as it
 * goes (row-ops.ts), so later mutations see earlier ones; the checks Spanner defers to the end of
 * the batch (CHECK, UNIQUE, foreign keys) run once all are applied (verify-batch.ts). Returns the
 * mutation count of commit stats, refusing a commit over Spanner's limit. A thrown SpannerError
 * leaves the WriteSet half-written: the commit pipeline discards it and writes nothing.
 */
import { applyDeleteMutation } from './delete-mutation';
import type { Mutation } from './mutation';
import { MutationBatch, type MutationContext } from './mutation-batch';
import { checkMutationLimit, indexEntryChanges } from './mutation-count';
import { verifyBatch } from './verify-batch';
import { applyWriteMutation } from './write-mutation';

export type { MutationContext } from './mutation-batch';

export function applyMutations(ctx: MutationContext, mutations: readonly Mutation[]): number {
  // What the mutations count before any index entry: a commit already over the limit is refused
  // before its rows are looked at.
  checkMutationLimit(mutations.reduce((n, m) => n + (m.kind === 'delete' ? 1 : m.rows.length * m.columns.length), 0));
  const batch = new MutationBatch(ctx);
  let count = 0;
  mutations.forEach((m, i) => {
    batch.beginMutation(mutations, i);
    count += m.kind === 'delete' ? applyDeleteMutation(batch, m) : applyWriteMutation(batch, m);
  });
  verifyBatch(batch);
  count += indexEntryChanges(ctx.writes);
  checkMutationLimit(count);
  return count;
}
