/**
 * Spanner's own functions: BIT_REVERSE, GET_NEXT_SEQUENCE_VALUE and PENDING_COMMIT_TIMESTAMP.
 * The last two read the statement's hooks (eval-context.ts); where a context offers none the
 * call fails as Spanner fails it. GET_INTERNAL_SEQUENCE_STATE needs a hook that reads a
 * sequence without advancing it, which the context does not offer yet, so it stays
 * unimplemented; the TOKENIZE_*, SEARCH*, SCORE*, SNIPPET and TOKEN functions belong to full-text
 * search and are not evaluated here.
 */

import {
  pendingCommitTimestampOutsideDml,
  sequenceFunctionWithoutSchema,
} from '../../../../errors/json-evaluation-errors';
import type { SpannerValue } from '../../../../types/spanner-value';
import { strict, type CallInfo, type ImplementationTable } from '../function-implementation';

const MASK_64 = (1n << 64n) - 1n;
const SIGN_BIT = 1n << 63n;

function reverseBits(value: bigint, width: number): bigint {
  let result = 0n;
  for (let i = 0; i < width; i++) {
    result = (result << 1n) | ((value >> BigInt(i)) & 1n);
  }
  return result;
}

/** BIT_REVERSE(x, preserve_sign): all 64 bits, or the low 63 keeping the sign bit. */
function bitReverse([value, preserveSign]: readonly SpannerValue[]): SpannerValue {
  const unsigned = BigInt.asUintN(64, value as bigint) & MASK_64;
  const reversed =
    preserveSign === true
      ? reverseBits(unsigned & (SIGN_BIT - 1n), 63) | (unsigned & SIGN_BIT)
      : reverseBits(unsigned, 64);
  return BigInt.asIntN(64, reversed);
}

function nextSequenceValue([sequence]: readonly SpannerValue[], info: CallInfo): SpannerValue {
  const hook = info.ctx.nextSequenceValue;
  if (hook === null) throw sequenceFunctionWithoutSchema();
  if (sequence === null) return null;
  return hook(sequence as string);
}

/** The sequence's counter without advancing it: NULL until it has given a value. */
function internalSequenceState([sequence]: readonly SpannerValue[], info: CallInfo): SpannerValue {
  const hook = info.ctx.sequenceState;
  if (hook === null) throw sequenceFunctionWithoutSchema();
  if (sequence === null) return null;
  return hook(sequence as string);
}

function pendingCommitTimestamp(_args: readonly SpannerValue[], info: CallInfo): SpannerValue {
  const hook = info.ctx.pendingCommitTimestamp;
  if (hook === null) throw pendingCommitTimestampOutsideDml();
  return hook();
}

export const SPANNER_IMPLS: ImplementationTable = {
  bit_reverse: strict(bitReverse),
  get_next_sequence_value: nextSequenceValue,
  get_internal_sequence_state: internalSequenceState,
  pending_commit_timestamp: pendingCommitTimestamp,
};
