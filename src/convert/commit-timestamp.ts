/**
 * The placeholder `spanner.commit_timestamp()` written into a TIMESTAMP column by a mutation:
 * converted to a marker that is not a SpannerValue, for the transaction layer to replace with the
 * commit timestamp (after checking the column allows it). Only mutations may carry it; everywhere
 * else the text is an ordinary (unparsable) TIMESTAMP.
 */

export const COMMIT_TIMESTAMP_PLACEHOLDER = 'spanner.commit_timestamp()';

export { COMMIT_TIMESTAMP, isCommitTimestamp } from '../engine/mutation/mutation';
export type { CommitTimestampMarker } from '../engine/mutation/mutation';
