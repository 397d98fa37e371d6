/**
 * Helpers for the schema engine's tests: apply DDL statements to an empty catalog (no rows) and
 * read back GetDatabaseDdl or the error, so table-driven cases stay one line each.
 */

import { emptyCatalog, type Catalog } from '../../../src/engine/schema/catalog/catalog';
import { applySchemaChange, catalogDdl } from '../../../src/engine/schema/schema-change';
import { noRowsDataAccess, type SchemaDataAccess } from '../../../src/engine/schema/schema-data-access';
import { Code } from '../../../src/errors/codes';

export interface Outcome {
  ddl: string[];
  /** `CODE: message` of the failing statement, or null. */
  error: string | null;
  applied: number;
  catalog: Catalog;
}

export function applyDdl(statements: readonly string[], data: SchemaDataAccess = noRowsDataAccess): Outcome {
  const result = applySchemaChange(emptyCatalog('db'), statements, data);
  return {
    ddl: catalogDdl(result.catalog),
    error: result.error === null ? null : `${Code[result.error.code]}: ${result.error.message}`,
    applied: result.applied,
    catalog: result.catalog,
  };
}

/** The error of the last statement, after all earlier ones succeeded. */
export function lastError(statements: readonly string[], data?: SchemaDataAccess): string | null {
  const outcome = applyDdl(statements, data);
  if (outcome.error !== null && outcome.applied !== statements.length - 1) {
    throw new Error(`statement ${outcome.applied} failed early: ${outcome.error}`);
  }
  return outcome.error;
}

/** GetDatabaseDdl after all statements, which must succeed. */
export function ddlAfter(statements: readonly string[]): string[] {
  const outcome = applyDdl(statements);
  if (outcome.error !== null) throw new Error(`statement ${outcome.applied} failed: ${outcome.error}`);
  return outcome.ddl;
}

/** Whitespace-insensitive form of printed DDL, for compact expectations. */
export function compact(ddl: readonly string[]): string {
  return ddl.map((s) => s.replace(/\s+/g, ' ').trim()).join('; ');
}

export const USERS = 'CREATE TABLE Users (UserId INT64 NOT NULL, Name STRING(MAX)) PRIMARY KEY (UserId)';
export const ALBUMS =
  'CREATE TABLE Albums (UserId INT64 NOT NULL, AlbumId INT64 NOT NULL, Title STRING(100)) ' +
  'PRIMARY KEY (UserId, AlbumId), INTERLEAVE IN PARENT Users ON DELETE CASCADE';
