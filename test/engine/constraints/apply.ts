/** Applies DDL statements to an empty catalog and returns the printed schema or the error. */

import { emptyCatalog } from '../../../src/engine/schema/catalog/catalog';
import type { Catalog } from '../../../src/engine/schema/catalog/catalog';
import { applySchemaChange, catalogDdl } from '../../../src/engine/schema/schema-change';
import { noRowsDataAccess } from '../../../src/engine/schema/schema-data-access';

export interface Outcome {
  readonly ddl: string;
  readonly error: string | null;
  readonly code: number | null;
  readonly catalog: Catalog;
}

export function apply(statements: readonly string[]): Outcome {
  const result = applySchemaChange(emptyCatalog('db'), statements, noRowsDataAccess);
  return {
    ddl: catalogDdl(result.catalog).join(';\n'),
    error: result.error?.message ?? null,
    code: result.error?.code ?? null,
    catalog: result.catalog,
  };
}

/** The error of applying `statements`, which must fail. */
export function errorOf(statements: readonly string[]): string {
  const outcome = apply(statements);
  if (outcome.error === null) throw new Error(`expected an error, got:\n${outcome.ddl}`);
  return outcome.error;
}
