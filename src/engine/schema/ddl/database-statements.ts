/**
 * Database-level statements: ALTER DATABASE SET OPTIONS (database-options-rules.ts checks the
 * values), and the statements UpdateDatabaseDdl accepts without a schema effect here (ANALYZE) or
 * does not support (CREATE DATABASE, ALTER STATISTICS).
 */

import { unimplementedFeature } from '../../../errors/general-errors';
import type { DdlAlterDatabase, DdlAlterStatistics, DdlAnalyze, DdlCreateDatabase } from '../../../sql/ast/ddl-database';
import type { Catalog } from '../catalog/catalog';
import { mergeOptions } from '../catalog/database-options';
import type { ApplyContext } from './apply-context';
import { validateDatabaseOptions } from './database-options-rules';

export function createDatabase(catalog: Catalog, stmt: DdlCreateDatabase, ctx: ApplyContext): Catalog {
  void catalog;
  void stmt;
  void ctx;
  throw unimplementedFeature('CREATE DATABASE inside a schema update');
}

export function alterDatabase(catalog: Catalog, stmt: DdlAlterDatabase, ctx: ApplyContext): Catalog {
  validateDatabaseOptions(catalog, stmt.options, ctx.statementText);
  return { ...catalog, databaseOptions: mergeOptions(catalog.databaseOptions, stmt.options) };
}

export function alterStatistics(catalog: Catalog, stmt: DdlAlterStatistics, ctx: ApplyContext): Catalog {
  void catalog;
  void stmt;
  void ctx;
  throw unimplementedFeature('ALTER STATISTICS');
}

/** ANALYZE refreshes optimizer statistics; the schema does not change. */
export function analyze(catalog: Catalog, stmt: DdlAnalyze, ctx: ApplyContext): Catalog {
  void stmt;
  void ctx;
  return catalog;
}
