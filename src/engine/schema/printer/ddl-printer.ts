/**
 * GetDatabaseDdl for a whole database: orders the printed statements the way Spanner does
 * (database options, proto bundle, schemas, placements, sequences, each table followed by its
 * indexes sorted by name, change streams, models, views with dependencies first, functions,
 * property graphs, locality groups). It does not compute dependencies itself; views declare theirs.
 */

import type { DatabaseDdlDef, IndexDef, TableDef, ViewDef } from './ddl-definitions';
import { printCreateIndex } from './ddl-index-printer';
import {
  printCreateChangeStream,
  printCreateFunction,
  printCreateLocalityGroup,
  printCreateModel,
  printCreatePlacement,
  printCreateProtoBundle,
  printCreateSchema,
  printCreateSequence,
  printCreateView,
  printDatabaseOptions,
} from './ddl-object-printer';
import { printCreatePropertyGraph } from './ddl-property-graph-printer';
import { printCreateTable } from './ddl-table-printer';

export function printDatabaseDdl(db: DatabaseDdlDef): string[] {
  const out: string[] = [...printDatabaseOptions(db.databaseName, db.databaseOptions)];
  if (db.protoBundleTypes.length > 0) out.push(printCreateProtoBundle(db.protoBundleTypes));
  out.push(...db.schemas.map(printCreateSchema));
  out.push(...db.placements.map(printCreatePlacement));
  out.push(...db.sequences.map(printCreateSequence));
  for (const table of db.tables) out.push(...printTableWithIndexes(table, db.indexes));
  out.push(...db.changeStreams.map(printCreateChangeStream));
  out.push(...db.models.map(printCreateModel));
  out.push(...orderViews(db.views).map(printCreateView));
  out.push(...db.functions.map(printCreateFunction));
  out.push(...db.propertyGraphs.map(printCreatePropertyGraph));
  out.push(...db.localityGroups.map(printCreateLocalityGroup));
  return out;
}

function printTableWithIndexes(table: TableDef, indexes: readonly IndexDef[]): string[] {
  const own = indexes
    .filter((i) => i.table.toLowerCase() === table.name.toLowerCase())
    .sort((a, b) => compareBytes(a.name, b.name));
  return [printCreateTable(table), ...own.map(printCreateIndex)];
}

/** Plain code-unit order, like the byte-wise string comparison Spanner sorts index names with. */
function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Creation order, except that a view comes after every view it reads. */
export function orderViews(views: readonly ViewDef[]): ViewDef[] {
  const byName = new Map(views.map((v) => [v.name.toLowerCase(), v]));
  const visited = new Set<ViewDef>();
  const ordered: ViewDef[] = [];
  const visit = (view: ViewDef): void => {
    if (visited.has(view)) return;
    visited.add(view);
    for (const dep of view.dependsOn) {
      const target = byName.get(dep.toLowerCase());
      if (target !== undefined) visit(target);
    }
    ordered.push(view);
  };
  views.forEach(visit);
  return ordered;
}
