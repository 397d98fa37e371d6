/**
 * Mutations as the engine applies them: writes of rows (insert, update, insert_or_update, replace)
 * with values by column, and deletes of key sets, converted from the wire form by convert/ (which
 * has checked tables, columns and value types). A TIMESTAMP value, written or in a delete's keys,
 * may be the commit-timestamp marker (`spanner.commit_timestamp()`), replaced by the commit
 * timestamp when applied.
 */
import type { SpannerValue } from '../../types/spanner-value';

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

/** A key (or key prefix, in a range) of a delete: values in key order, markers allowed. */
export type MutationKey = readonly WriteValue[];

export interface MutationKeyRange {
  readonly start: MutationKey;
  readonly startClosed: boolean;
  readonly end: MutationKey;
  readonly endClosed: boolean;
}

/** storage's KeySet (key-range.ts) whose values may be commit-timestamp markers. */
export interface MutationKeySet {
  readonly all: boolean;
  readonly keys: readonly MutationKey[];
  readonly ranges: readonly MutationKeyRange[];
}

export interface DeleteMutation {
  readonly kind: 'delete';
  readonly table: string;
  readonly keySet: MutationKeySet;
}

export type Mutation = WriteMutation | DeleteMutation;
