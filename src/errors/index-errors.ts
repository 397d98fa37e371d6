/**
 * Factories for errors of secondary indexes: names, key and stored columns, interleaving, drops,
 * ALTER INDEX, existing rows. Messages are Spanner's (and the official emulator's), verbatim.
 */

import { Code } from './codes';
import { SpannerError } from './spanner-error';
import { failed as precondition, invalid } from './status-builders';

export function cannotNameIndexPrimaryKey(): SpannerError {
  return invalid('Cannot use reserved name PRIMARY_KEY for a secondary index');
}

export function indexWithNoKeys(index: string): SpannerError {
  return invalid(`Index ${index} does not specify any key columns.`);
}

export function indexRefsColumnTwice(index: string, column: string): SpannerError {
  return invalid(`Index ${index} specifies key column ${column} twice.`);
}

export function indexRefsNonExistentColumn(index: string, column: string): SpannerError {
  return invalid(`Index ${index} specifies key column ${column} which does not exist in the index's base table.`);
}

export function cannotCreateIndexOnColumn(index: string, column: string, type: string): SpannerError {
  return precondition(`Cannot reference ${type} ${column} in the creation of index ${index}.`);
}

export function indexRefsKeyAsStoredColumn(index: string, column: string): SpannerError {
  return invalid(`Index ${index} specifies stored column ${column} already specified as primary key.`);
}

export function indexRefsTableKeyAsStoredColumn(index: string, column: string, table: string): SpannerError {
  return precondition(`Index ${index} specifies stored column ${column} which is a key of table ${table}.`);
}

export function indexInterleaveTableNotFound(index: string, table: string): SpannerError {
  return precondition(`Cannot interleave index ${index} within nonexistent table ${table}.`);
}

export function indexKeysNotInterleavePrefix(index: string, parent: string): SpannerError {
  return precondition(
    `Index ${index} specifies keys that are not a prefix of the keys of table ${parent}, yet is to be interleaved in ${parent}.`,
  );
}

export function tooManyIndicesPerTable(index: string, table: string, limit: number): SpannerError {
  return precondition(`Cannot add index ${index} to table ${table}: too many indices (limit ${limit} per table).`);
}

export function tooManyIndicesPerDatabase(index: string, limit: number): SpannerError {
  return precondition(`Cannot add Index ${index} : too many indexes (limit ${limit} per database).`);
}

export function uniqueIndexViolationOnIndexCreation(index: string, key: string): SpannerError {
  return precondition(`Found uniqueness violation on index ${index},  duplicate key: ${key}`);
}

export function changingNullConstraintOnIndexedColumn(column: string, index: string): SpannerError {
  return precondition(
    `Changing NOT NULL constraints on column ${column} is not allowed because it affects index ${index}.`,
  );
}

export function dropTableWithDependentIndices(table: string, indexes: string): SpannerError {
  return precondition(`Cannot drop table ${table} with indices: ${indexes}.`);
}

export function invalidDropColumnWithDependency(column: string, table: string, index: string): SpannerError {
  return precondition(`Cannot drop column ${column} from table ${table} because it is used by index ${index}.`);
}

export function columnInIndexAlreadyExists(index: string, column: string): SpannerError {
  return precondition(`Column ${column} is already existed in index ${index}.`);
}

export function columnNotFoundInIndex(index: string, column: string): SpannerError {
  return new SpannerError(Code.NOT_FOUND, `Index ${index} does not have stored column ${column}.`);
}
