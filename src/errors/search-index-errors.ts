/**
 * Factories for the errors of search and vector indexes (the rules beyond those of secondary
 * indexes, which index-errors.ts holds). Codes and messages are Spanner's.
 */

import { Code } from './codes';
import { SpannerError } from './spanner-error';
import { failed, invalid } from './status-builders';

export function searchIndexKeyOrderUnsupported(column: string, index: string): SpannerError {
  return invalid(`Token key ${column} in search index ${index} does not support order.`);
}

export function searchIndexPartitionByTokenlist(index: string, column: string): SpannerError {
  return invalid(`Search index ${index} cannot be partitioned by TOKENLIST type column ${column}`);
}

export function searchIndexOrderByNullable(column: string, index: string): SpannerError {
  return invalid(`Column ${column} in search index ${index} must be NOT NULL.`);
}

export function searchIndexOrderByNotInteger(index: string, column: string, type: string): SpannerError {
  return invalid(`Search index ${index} ordered by column ${column} with invalid type ${type}`);
}

export function vectorIndexPartitionByUnsupported(index: string): SpannerError {
  return new SpannerError(Code.UNIMPLEMENTED, `PARTITION BY is not supported in vector index \`${index}\`.`);
}

export function vectorIndexKeyNotArray(column: string, index: string): SpannerError {
  return invalid(`The key column ${column} in vector index ${index} must be ARRAY type.`);
}

export function vectorIndexKeyNotFloatArray(column: string, index: string): SpannerError {
  return invalid(`The key column ${column} in vector index ${index} must be ARRAY<FLOAT> or ARRAY<DOUBLE>.`);
}

export function vectorIndexKeyWithoutVectorLength(column: string, index: string): SpannerError {
  return invalid(`The key column ${column} in vector index ${index} must have \`vector_length=>\` set.`);
}

export function vectorIndexKeyVectorLengthTooLarge(
  column: string,
  index: string,
  length: number,
  max: number,
): SpannerError {
  return invalid(
    `The key column ${column} in vector index ${index} has vector_length ${length}, which is larger than the ` +
      `maximum allowed vector_length ${max}.`,
  );
}

export function vectorIndexKeyNullable(column: string, index: string): SpannerError {
  return invalid(
    `The key column ${column} in vector index ${index} must be NOT NULL, or null filtered by \`WHERE ${column} IS NOT NULL\`.`,
  );
}

export function vectorIndexStoredColumnNotFound(index: string, column: string): SpannerError {
  return failed(`Index ${index} specifies nonexistent stored column ${column}.`);
}

export function vectorIndexStoredColumnAlreadyExists(index: string, column: string): SpannerError {
  return invalid(`Index ${index} specifies stored column ${column} twice.`);
}

export function vectorIndexStoredColumnIsKey(index: string, column: string, table: string): SpannerError {
  return failed(`Index ${index} specifies stored column ${column} which is a key of table ${table}.`);
}

export function vectorIndexStoredColumnAlreadyPrimaryKey(index: string, column: string): SpannerError {
  return failed(`Index ${index} specifies stored column ${column} already specified as primary key.`);
}

export function vectorIndexNotStoredColumn(index: string, column: string): SpannerError {
  return invalid(
    `Column ${column} in index ${index} is not a stored column. Only stored columns may be dropped from indices.`,
  );
}

export function alterVectorIndexStoredColumnUnsupported(): SpannerError {
  return new SpannerError(Code.UNIMPLEMENTED, 'Altering a stored column is not supported yet.');
}

export function alterVectorIndexOptionsUnsupported(): SpannerError {
  return new SpannerError(Code.UNIMPLEMENTED, 'Options on vector index are not allowed to be altered.');
}

export function badIndexOptions(detail: string): SpannerError {
  return invalid(`Bad Index options: ${detail}`);
}
