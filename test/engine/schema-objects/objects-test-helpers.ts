/**
 * Applies DDL batches to an empty catalog for the schema-object tests and reads the outcome:
 * GetDatabaseDdl's statements, or the error as `CODE: message`.
 */

import { emptyCatalog, type Catalog } from '../../../src/engine/schema/catalog/catalog';
import { applySchemaChange, catalogDdl } from '../../../src/engine/schema/schema-change';
import { noRowsDataAccess } from '../../../src/engine/schema/schema-data-access';
import { Code } from '../../../src/errors/codes';

export function catalogAfter(statements: readonly string[]): Catalog {
  const result = applySchemaChange(emptyCatalog('db'), statements, noRowsDataAccess);
  if (result.error !== null) {
    throw new Error(`statement ${result.applied + 1} failed: ${Code[result.error.code]}: ${result.error.message}`);
  }
  return result.catalog;
}

export function ddlAfter(statements: readonly string[]): string[] {
  return catalogDdl(catalogAfter(statements));
}

/** The error of the batch as `CODE: message`, or `OK` when every statement applied. */
export function errorOf(statements: readonly string[]): string {
  const result = applySchemaChange(emptyCatalog('db'), statements, noRowsDataAccess);
  return result.error === null ? 'OK' : `${Code[result.error.code]}: ${result.error.message}`;
}

/** Statements with runs of whitespace collapsed, for comparing printed DDL. */
export function compact(statements: readonly string[]): string[] {
  return statements.map((s) => s.replace(/\s+/g, ' ').trim());
}
