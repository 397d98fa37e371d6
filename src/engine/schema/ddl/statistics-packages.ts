/**
 * ALTER STATISTICS <package> SET OPTIONS (allow_gc = ...): pins or releases an optimizer statistics
 * package. The emulator collects no statistics, so it holds no packages (its
 * INFORMATION_SCHEMA.SPANNER_STATISTICS is empty): after its options are checked, the statement
 * names an unknown package. ANALYZE, which would build a package, has no schema effect.
 */

import { ddlParseError } from '../../../errors/schema-errors';
import { statisticsPackageNotFound } from '../../../errors/identity-errors';
import type { DdlAlterStatistics } from '../../../sql/ast/ddl-database';
import type { Catalog } from '../catalog/catalog';
import type { ApplyContext } from './apply-context';

const ALLOW_GC_OPTION = 'allow_gc';

export function alterStatisticsPackage(catalog: Catalog, stmt: DdlAlterStatistics, ctx: ApplyContext): Catalog {
  checkStatisticsOptions(stmt, ctx.statementText);
  void catalog;
  throw statisticsPackageNotFound(stmt.name.name);
}

/** allow_gc is the one option, a boolean (NULL restores the default), as sequence options are checked. */
function checkStatisticsOptions(stmt: DdlAlterStatistics, statementText: string): void {
  const fail = (detail: string) => ddlParseError(statementText.trim(), detail);
  for (const option of stmt.options) {
    if (option.name.toLowerCase() !== ALLOW_GC_OPTION) throw fail(`Option: ${option.name} is unknown.`);
    const kind = option.value.kind;
    if (kind !== 'bool' && kind !== 'null') {
      throw fail(`Unexpected value for option: ${option.name}. Supported option values are booleans and NULL.`);
    }
  }
}
