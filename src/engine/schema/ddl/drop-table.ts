/**
 * DROP TABLE [IF EXISTS]: refused while tables are interleaved in it or indexes (other than the
 * hidden ones backing foreign keys) exist on it, or while other objects depend on it.
 */

import { dropTableWithDependentIndices } from '../../../errors/index-errors';
import { dropTableWithInterleavedTables } from '../../../errors/interleave-errors';
import { tableNotFound } from '../../../errors/schema-errors';
import type { DdlDropTable } from '../../../sql/ast/ddl-table';
import type { Catalog } from '../catalog/catalog';
import { findTable, indexesOnTable, interleavedChildren } from '../catalog/catalog-lookup';
import { withoutTable } from '../catalog/catalog-updates';
import { namedValues, sameName } from '../catalog/named-map';
import type { Table } from '../catalog/table';
import { afterTableDropForConstraints, checkTableDropByConstraints } from '../constraints/constraint-dependents';
import { checkTableDropByObjects } from '../objects/object-dependents';
import type { ApplyContext } from './apply-context';

export function dropTable(catalog: Catalog, stmt: DdlDropTable, ctx: ApplyContext): Catalog {
  void ctx;
  const table = findTable(catalog, stmt.name.name);
  if (table === undefined) {
    if (stmt.ifExists) return catalog;
    throw tableNotFound(stmt.name.name);
  }
  checkTableDropByObjects(catalog, table.name);
  checkInterleavedDependents(catalog, table);
  const own = indexesOnTable(catalog, table.name).filter((i) => !i.managed);
  if (own.length > 0) throw dropTableWithDependentIndices(table.name, own.map((i) => i.name).join(','));
  checkTableDropByConstraints(catalog, table.name);
  return afterTableDropForConstraints(withoutTable(catalog, table.name), catalog, table.name);
}

/** Tables interleaved in it come first in Spanner's message, then indexes interleaved in it. */
function checkInterleavedDependents(catalog: Catalog, table: Table): void {
  const children = interleavedChildren(catalog, table.name)
    .map((t) => t.name)
    .sort();
  if (children.length > 0) throw dropTableWithInterleavedTables(table.name, children.join(','));
  const interleavedIndexes = namedValues(catalog.indexes)
    .filter((i) => i.interleaveIn !== null && sameName(i.interleaveIn, table.name) && !sameName(i.table, table.name))
    .map((i) => i.name)
    .sort();
  if (interleavedIndexes.length > 0) throw dropTableWithDependentIndices(table.name, interleavedIndexes.join(','));
}
