/**
 * The placeholder `spanner.commit_timestamp()` written into a TIMESTAMP column by a mutation:
 * converted to a marker that is not a SpannerValue, for the transaction layer to replace with the
 * commit timestamp (after checking the column allows it). Only mutations may carry it; everywhere
 * else the text is an ordinary (unparsable) TIMESTAMP.
 */

export const COMMIT_TIMESTAMP_PLACEHOLDER = 'spanner.commit_timestamp()';

export interface CommitTimestampMarker {
  readonly kind: 'commitTimestamp';
}

export const COMMIT_TIMESTAMP: CommitTimestampMarker = Object.freeze({ kind: 'commitTimestamp' });

export function isCommitTimestamp(v: unknown): v is CommitTimestampMarker {
  return v === COMMIT_TIMESTAMP;
}
