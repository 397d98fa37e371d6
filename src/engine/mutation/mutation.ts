/**
 * Mutations as the engine applies them: writes of rows (insert, update, insert_or_update, replace)
 * with values by column, and deletes of key sets, converted from the wire form by convert/ (which
 * has checked tables, columns and value types). A TIMESTAMP value may be the commit-timestamp
 * marker (`spanner.commit_timestamp()`), replaced by the commit timestamp when applied.
 */
import type { SpannerValue } from '../../types/spanner-value';
import type { KeySet } from '../storage/key-range';

export type WriteKind = 'insert' | 'update' | 'insertOrUpdate' | 'replace';

export interface CommitTimestampMarker {
  readonly kind: 'commitTimestamp';
}

export const COMMIT_TIMESTAMP: CommitTimestampMarker = Object.freeze({ kind: 'commitTimestamp' });

export function isCommitTimestamp(v: unknown): v is CommitTimestampMarker {
  return v === COMMIT_TIMESTAMP;
}

export type WriteValue = SpannerValue | CommitTimestampMarker;

export interface WriteMutation {
  readonly kind: WriteKind;
  /** As the schema spells it. */
  readonly table: string;
  /** As the schema spells them. */
  readonly columns: readonly string[];
  readonly rows: readonly (readonly WriteValue[])[];
}

export interface DeleteMutation {
  readonly kind: 'delete';
  readonly table: string;
  readonly keySet: KeySet;
}

export type Mutation = WriteMutation | DeleteMutation;
