/**
 * Factories for errors of rows being written by mutations (and later DML): a row that already
 * exists or is missing, and the checks on written values, keys and constraints. Messages are the
 * official emulator's (clients and tests match on them); keys print as `{Int64(1), String("a")}`.
 */
import { Code } from './codes';
import { SpannerError } from './spanner-error';

export function rowAlreadyExists(table: string, key: string): SpannerError {
  return new SpannerError(Code.ALREADY_EXISTS, `Table ${table}: Row ${key} already exists.`);
}

export function rowNotFound(table: string, key: string): SpannerError {
  return new SpannerError(Code.NOT_FOUND, `Table ${table}: Row ${key} not found.`);
}
