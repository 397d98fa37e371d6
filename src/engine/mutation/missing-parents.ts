/**
 * How the insert of a child row whose interleaving parent is missing fails, as production Spanner
 * tells it: INVALID_ARGUMENT when the commit itself is why the parent is missing, NOT_FOUND when
 * the database simply has no such row (the official emulator answers NOT_FOUND for both). The
 * commit is the reason when the parent existed before the commit (one of its mutations deleted
 * it), when a later mutation of the commit inserts it (a parent must be written before its
 * children), or when the parent's key holds the commit timestamp: no earlier commit can have
 * written a row at that key, so only this one could supply it, and it has not. The same line
 * production draws between rows conflicting within a transaction and rows conflicting with the
 * database. A later insert is recognised by the key columns it gives; one whose key Spanner would
 * compute (DEFAULT or generated key columns) is not predicted, since computing it could draw
 * sequence values.
 */
import {
  parentDeletedEarlierInTransaction,
  parentInsertedLaterInTransaction,
  parentKeyHoldsCommitTimestamp,
  parentKeyNotFound,
} from '../../errors/row-write-errors';
import type { SpannerError } from '../../errors/spanner-error';
import { isTimestampValue, type SpannerValue } from '../../types/spanner-value';
import { findColumn } from '../schema/catalog/catalog-lookup';
import { sameName } from '../schema/catalog/named-map';
import { encodeKey } from '../storage/key-codec';
import { isCommitTimestamp, type Mutation, type WriteMutation } from './mutation';
import type { MutationBatch, WriteTarget } from './mutation-batch';

/** A missing parent row: its table, encoded key and key values, and the child table. */
export interface MissingParent {
  readonly parent: WriteTarget;
  readonly key: Buffer;
  readonly values: readonly SpannerValue[];
  readonly child: WriteTarget;
}

/** The error for inserting a child of `missing.parent`; `text` prints the parent's key. */
export function missingParentError(batch: MutationBatch, missing: MissingParent, text: string): SpannerError {
  const [parent, child] = [missing.parent.table.name, missing.child.table.name];
  if (insertedLater(batch, missing)) return parentInsertedLaterInTransaction(parent, child, text);
  if (batch.priorState(missing.parent, missing.key) !== null) {
    return parentDeletedEarlierInTransaction(parent, child, text);
  }
  if (holdsCommitTimestamp(batch, missing)) return parentKeyHoldsCommitTimestamp(parent, child, text);
  return parentKeyNotFound(parent, child, text);
}

function insertedLater(batch: MutationBatch, missing: MissingParent): boolean {
  const { table, layouts } = missing.parent;
  for (const m of batch.laterMutations()) {
    if (!insertsInto(m, table.name)) continue;
    const positions = table.primaryKey.map((part) => m.columns.findIndex((c) => sameName(c, part.column)));
    if (positions.includes(-1)) continue;
    for (const row of m.rows) {
      const values = positions.map((i) => (isCommitTimestamp(row[i]) ? batch.commitValue : row[i]));
      if (encodeKey(layouts.table.keyParts, values).equals(missing.key)) return true;
    }
  }
  return false;
}

/** An insert, insert_or_update or replace of rows of `table`: what can create a row. */
function insertsInto(m: Mutation, table: string): m is WriteMutation {
  return m.kind !== 'delete' && m.kind !== 'update' && sameName(m.table, table);
}

/** A key column of the parent that allows commit timestamps holds this commit's. */
function holdsCommitTimestamp(batch: MutationBatch, missing: MissingParent): boolean {
  const { table } = missing.parent;
  return missing.values.some(
    (v, i) =>
      isTimestampValue(v) &&
      v.nanos === batch.commitValue.nanos &&
      findColumn(table, table.primaryKey[i].column)?.allowsCommitTimestamp === true,
  );
}
