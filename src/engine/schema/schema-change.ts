/**
 * The schema engine's entry points: apply a batch of DDL statements to a catalog (UpdateDatabaseDdl
 * and CreateDatabase's extra statements), print a catalog as GetDatabaseDdl does, read the database
 * options. Statements apply one by one; the first failure stops the batch and the catalog keeps the
 * statements before it. Applying is deterministic: replaying a stored statement log rebuilds the
 * same catalog. Persistence and operations are the caller's.
 */

import { isSpannerError, type SpannerError } from '../../errors/spanner-error';
import { emptyCatalog, type Catalog } from './catalog/catalog';
import { catalogToDdlDef } from './printer/catalog-ddl-def';
import { printDatabaseDdl } from './printer/ddl-printer';
import { applyStatement } from './ddl/apply-statement';
import { noRowsDataAccess, type SchemaDataAccess } from './schema-data-access';
import { accessControlDdl } from './objects/access-control-ddl';
import { encodeDescriptorSet } from './objects/proto-descriptor-set';
import { parseSchemaStatement, type SchemaStatement } from './schema-statement';

export { databaseOptionsOf } from './catalog/database-options';
export type { DatabaseOptions } from './catalog/database-options';
export type { SchemaStatement } from './schema-statement';

const NO_DESCRIPTORS = new Uint8Array(0);

export interface SchemaChangeResult {
  /** The catalog after the statements that succeeded. */
  catalog: Catalog;
  /** How many statements succeeded, in order. */
  applied: number;
  /** The statements that succeeded, parsed: what storage effects and later steps work from. */
  statements: readonly SchemaStatement[];
  /** The failure of statement number `applied` (0-based), if any; later statements were not tried. */
  error: SpannerError | null;
}

/**
 * Applies `statements` in order, parsing each when its turn comes (a syntax error ends the batch
 * like any other). A SpannerError from a statement ends the batch and is returned; any other
 * exception is a defect of the emulator and propagates to the caller (which reports it as
 * INTERNAL). `protoDescriptors` are the serialized FileDescriptorSet sent with the change.
 */
export function applySchemaChange(
  catalog: Catalog,
  statements: readonly string[],
  data: SchemaDataAccess,
  protoDescriptors: Uint8Array = NO_DESCRIPTORS,
): SchemaChangeResult {
  return applyInOrder(catalog, statements.length, (i) => parseSchemaStatement(statements[i]), data, protoDescriptors);
}

/** applySchemaChange for statements parsed before (by an earlier pass over the same batch). */
export function applyParsedStatements(
  catalog: Catalog,
  statements: readonly SchemaStatement[],
  data: SchemaDataAccess,
  protoDescriptors: Uint8Array = NO_DESCRIPTORS,
): SchemaChangeResult {
  return applyInOrder(catalog, statements.length, (i) => statements[i], data, protoDescriptors);
}

function applyInOrder(
  catalog: Catalog,
  count: number,
  statementAt: (i: number) => SchemaStatement,
  data: SchemaDataAccess,
  protoDescriptors: Uint8Array,
): SchemaChangeResult {
  let current = catalog;
  const applied: SchemaStatement[] = [];
  for (let i = 0; i < count; i++) {
    try {
      const stmt = statementAt(i);
      current = applyStatement(current, stmt.ast, { data, statementText: stmt.text, protoDescriptors });
      applied.push(stmt);
    } catch (e) {
      if (!isSpannerError(e)) throw e;
      return { catalog: current, applied: i, statements: applied, error: e };
    }
  }
  return { catalog: current, applied: count, statements: applied, error: null };
}

/** A new database's schema: its catalog and the statements that made it, parsed. */
export interface InitialSchema {
  readonly catalog: Catalog;
  readonly statements: readonly SchemaStatement[];
}

/** The schema CreateDatabase's extra statements give a new database; throws the first error. */
export function initialSchema(
  databaseId: string,
  statements: readonly string[],
  protoDescriptors: Uint8Array = NO_DESCRIPTORS,
): InitialSchema {
  const result = applySchemaChange(emptyCatalog(databaseId), statements, noRowsDataAccess, protoDescriptors);
  if (result.error) throw result.error;
  return { catalog: result.catalog, statements: result.statements };
}

/** GetDatabaseDdl: the canonical statements, in Spanner's order, without trailing semicolons. */
export function catalogDdl(catalog: Catalog): string[] {
  return [...printDatabaseDdl(catalogToDdlDef(catalog)), ...accessControlDdl(catalog)];
}

/** GetDatabaseDdl's proto_descriptors: a FileDescriptorSet of the bundle's files (empty without one). */
export function catalogProtoDescriptors(catalog: Catalog): Buffer {
  return encodeDescriptorSet(catalog.protoBundleFiles);
}
