/**
 * The schema engine's entry points: apply a batch of DDL statements to a catalog (UpdateDatabaseDdl
 * and CreateDatabase's extra statements), print a catalog as GetDatabaseDdl does, read the database
 * options. Statements apply one by one; the first failure stops the batch and the catalog keeps the
 * statements before it. Applying is deterministic: replaying a stored statement log rebuilds the
 * same catalog. Persistence and operations are the caller's.
 */

import { isSpannerError, type SpannerError } from '../../errors/spanner-error';
import { ddlParseError, emptyDdlStatement } from '../../errors/schema-errors';
import type { DdlStatement } from '../../sql/ast/ddl-statement';
import { parseDdl } from '../../sql/parser/ddl-parser';
import type { Catalog } from './catalog/catalog';
import { catalogToDdlDef } from './printer/catalog-ddl-def';
import { printDatabaseDdl } from './printer/ddl-printer';
import { applyStatement } from './ddl/apply-statement';
import type { SchemaDataAccess } from './schema-data-access';
import { accessControlDdl } from './objects/access-control-ddl';
import { encodeDescriptorSet } from './objects/proto-descriptor-set';

export { databaseOptionsOf } from './catalog/database-options';
export type { DatabaseOptions } from './catalog/database-options';

const NO_DESCRIPTORS = new Uint8Array(0);

export interface SchemaChangeResult {
  /** The catalog after the statements that succeeded. */
  catalog: Catalog;
  /** How many statements succeeded, in order. */
  applied: number;
  /** The failure of statement number `applied` (0-based), if any; later statements were not tried. */
  error: SpannerError | null;
}

/**
 * Applies `statements` in order. A SpannerError from a statement ends the batch and is returned;
 * any other exception is a defect of the emulator and propagates to the caller (which reports it
 * as INTERNAL). `protoDescriptors` are the serialized FileDescriptorSet sent with the change.
 */
export function applySchemaChange(
  catalog: Catalog,
  statements: readonly string[],
  data: SchemaDataAccess,
  protoDescriptors: Uint8Array = NO_DESCRIPTORS,
): SchemaChangeResult {
  let current = catalog;
  for (let i = 0; i < statements.length; i++) {
    try {
      const stmt = parseSchemaStatement(statements[i]);
      current = applyStatement(current, stmt, { data, statementText: statements[i], protoDescriptors });
    } catch (e) {
      if (!isSpannerError(e)) throw e;
      return { catalog: current, applied: i, error: e };
    }
  }
  return { catalog: current, applied: statements.length, error: null };
}

/**
 * Parses one DDL statement, reporting syntax errors the way Spanner wraps them. Positions in them
 * count from the start of the text as sent, leading blank lines included, as Spanner's do.
 */
export function parseSchemaStatement(text: string): DdlStatement {
  if (text.trim() === '') throw emptyDdlStatement();
  try {
    return parseDdl(text);
  } catch (e) {
    if (!isSpannerError(e)) throw e;
    throw ddlParseError(text, e.message);
  }
}

/** GetDatabaseDdl: the canonical statements, in Spanner's order, without trailing semicolons. */
export function catalogDdl(catalog: Catalog): string[] {
  return [...printDatabaseDdl(catalogToDdlDef(catalog)), ...accessControlDdl(catalog)];
}

/** GetDatabaseDdl's proto_descriptors: a FileDescriptorSet of the bundle's files (empty without one). */
export function catalogProtoDescriptors(catalog: Catalog): Buffer {
  return encodeDescriptorSet(catalog.protoBundleFiles);
}
