/**
 * Database-level statements: ALTER DATABASE SET OPTIONS (database-options-rules.ts checks the
 * values), ANALYZE (no schema effect), ALTER STATISTICS (statistics-packages.ts), and CREATE
 * DATABASE, which UpdateDatabaseDdl does not accept.
 */

import { unimplementedFeature } from '../../../errors/general-errors';
import type {
  DdlAlterDatabase,
  DdlAlterStatistics,
  DdlAnalyze,
  DdlCreateDatabase,
} from '../../../sql/ast/ddl-database';
import type { Catalog } from '../catalog/catalog';
import { mergeOptions } from '../catalog/database-options';
import type { ApplyContext } from './apply-context';
import { validateDatabaseOptions } from './database-options-rules';
import { alterStatisticsPackage } from './statistics-packages';

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
  return alterStatisticsPackage(catalog, stmt, ctx);
}

/** ANALYZE refreshes optimizer statistics; the schema does not change. */
export function analyze(catalog: Catalog, stmt: DdlAnalyze, ctx: ApplyContext): Catalog {
  void stmt;
  void ctx;
  return catalog;
}
