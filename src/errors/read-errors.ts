/**
 * Factories for errors of the read API (Read, StreamingRead, PartitionRead): what a read names
 * (index of another table, a column an index does not hold), its limit, resume and partition
 * tokens, partition options, and the size of a non-streaming result. Messages are the official
 * emulator's where it has one; table, index and column lookups share schema-errors.ts.
 */
import { Code } from './codes';
import { SpannerError } from './spanner-error';
import { failed, invalid } from './status-builders';

/** An index name that the schema at the read's timestamp does not have (or has no rows for). */
export function indexNotFoundForTable(index: string, table: string): SpannerError {
  return new SpannerError(Code.NOT_FOUND, `No index '${index}' was found for table '${table}'.`);
}

export function indexOfAnotherTable(table: string, indexedTable: string, index: string): SpannerError {
  return failed(`Index '${index}' indexes '${indexedTable}' which does not match the given base table '${table}'.`);
}

/** A read through an index names a column of the table that the index neither keys nor stores. */
export function columnNotInIndex(index: string, table: string, column: string): SpannerError {
  return new SpannerError(
    Code.NOT_FOUND,
    `Index '${index}' which indexes '${table}' does not have a column named ${column}. Reads with an index can ` +
      'only query columns present in the index (see ' +
      'https://cloud.google.com/spanner/docs/secondary-indexes#read-with-index).',
  );
}

export function negativeReadLimit(): SpannerError {
  return invalid('Limit must be non-negative.');
}

export function limitWithPartitionToken(): SpannerError {
  return invalid('A limit cannot be used when a partition_token is specified.');
}

export function invalidResumeToken(): SpannerError {
  return invalid('Invalid resume token: it was not returned by this read.');
}

export function invalidPartitionToken(): SpannerError {
  return invalid('Invalid partition token.');
}

export function partitionOfAnotherSession(): SpannerError {
  return invalid('Partitioned request was created for a different session.');
}

export function partitionOfAnotherTransaction(): SpannerError {
  return invalid('Partitioned request was created for a different transaction.');
}

export function partitionOfAnotherRead(): SpannerError {
  return invalid('Partitioned request was created for different read or sql parameters.');
}

export function partitionReadInSingleUse(): SpannerError {
  return invalid(
    'Partition reads may not be performed in single-use transactions, since the response needs to be reused.',
  );
}

export function partitionReadNeedsReadOnly(): SpannerError {
  return invalid('Partitioned reads can only be performed in a read-only transaction.');
}

/** `message` names the options message, as the emulator does: `partition_options`. */
export function partitionSizeNotPositive(message: string): SpannerError {
  return invalid(`Invalid ${message}: bytes per batch must be greater than zero.`);
}

export function maxPartitionsNotPositive(message: string): SpannerError {
  return invalid(`Invalid ${message}: max partition count must be greater than zero.`);
}

export function readInPartitionedDml(): SpannerError {
  return invalid('PartitionedDml Transactions may only be used to execute DML statements');
}

/** Read and ExecuteSql answer at most 10 MiB; larger results must be streamed. */
export function resultSetTooLarge(streamingRpc: 'StreamingRead' | 'ExecuteStreamingSql'): SpannerError {
  return failed(`Result set too large: results larger than 10 MiB must be requested with ${streamingRpc}.`);
}

export function readWaitCancelled(): SpannerError {
  return new SpannerError(Code.CANCELLED, 'The read was cancelled while it waited for its read timestamp.');
}

export function directedReadNeedsReadOnly(): SpannerError {
  return failed('Directed reads can only be performed in a read-only transaction.');
}
