/**
 * What an expression may read besides its row: bound parameters, the statement's clock and time
 * zone, and the hooks for functions with side effects (sequences, the pending commit timestamp).
 * One context serves a whole statement, so CURRENT_TIMESTAMP() is the same in every row.
 */

import type { SpannerValue } from '../../../types/spanner-value';
import { DEFAULT_TIME_ZONE } from '../analyzer/date-time-text';

export interface EvalContext {
  /** Query parameters by name as written after `@`, any case (lookups use the lower-case name). */
  readonly parameters: ReadonlyMap<string, SpannerValue>;
  /** The zone of functions whose time zone argument is omitted. */
  readonly timeZone: string;
  /** CURRENT_TIMESTAMP() and CURRENT_DATE(), in nanoseconds since the epoch. */
  readonly statementTime: bigint;
  /** GET_NEXT_SEQUENCE_VALUE(SEQUENCE s); null where sequences cannot be read. */
  readonly nextSequenceValue: ((sequence: string) => bigint) | null;
  /** GET_INTERNAL_SEQUENCE_STATE(SEQUENCE s): the counter, null before its first value. */
  readonly sequenceState: ((sequence: string) => bigint | null) | null;
  /** PENDING_COMMIT_TIMESTAMP(); null where the statement has no commit. */
  readonly pendingCommitTimestamp: (() => SpannerValue) | null;
}

export function evalContext(fields: Partial<EvalContext> & { statementTime: bigint }): EvalContext {
  return {
    parameters: fields.parameters ?? new Map(),
    timeZone: fields.timeZone ?? DEFAULT_TIME_ZONE,
    statementTime: fields.statementTime,
    nextSequenceValue: fields.nextSequenceValue ?? null,
    sequenceState: fields.sequenceState ?? null,
    pendingCommitTimestamp: fields.pendingCommitTimestamp ?? null,
  };
}
