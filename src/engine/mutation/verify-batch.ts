/**
 * The checks Spanner defers to the end of a batch (the official emulator's verifiers), run over
 * every row the batch touched, in the order it first touched them, against the row's final state:
 * NOT NULL of computed columns (production's rule; the emulator checks them per mutation), CHECK
 * constraints, UNIQUE indexes, then foreign keys (both sides). Deferring them lets one batch write
 * rows in any order (a referencing row before its referenced row, a row passing through a
 * violating state) as long as the outcome is valid.
 */
import { verifyChecks } from './check-constraints';
import { verifyForeignKeys } from './foreign-keys';
import type { MutationBatch } from './mutation-batch';
import { verifyNotNull } from './not-null';
import { verifyUniqueIndexes } from './unique-indexes';

export function verifyBatch(batch: MutationBatch): void {
  for (const touched of batch.touched()) {
    const current = batch.read(touched.target, touched.key);
    verifyNotNull(batch, touched, current);
    verifyChecks(batch, touched, current);
    verifyUniqueIndexes(batch, touched, current);
    verifyForeignKeys(batch, touched, current);
  }
}
