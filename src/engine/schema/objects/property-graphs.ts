/**
 * Property graphs (CREATE [OR REPLACE] PROPERTY GRAPH [IF NOT EXISTS], DROP PROPERTY GRAPH [IF
 * EXISTS]), as the emulator applies them: the name joins the schema-wide namespace and counts
 * toward the per-database limit unless an existing graph is replaced (keeping its place in
 * GetDatabaseDdl), and the definition is resolved against the schema (property-graph-rules.ts).
 * Also the refusals when a table or column a graph reads is dropped or altered. Querying graphs
 * is the query engine's concern.
 */

import { duplicateNameInSchema } from '../../../errors/schema-errors';
import {
  alterColumnUsedByPropertyGraph,
  renameUsedByPropertyGraph,
  dropUsedByPropertyGraph,
  propertyGraphNotFound,
  tooManyPropertyGraphsPerDatabase,
} from '../../../errors/property-graph-errors';
import type { DdlCreatePropertyGraph, DdlDropPropertyGraph } from '../../../sql/ast/ddl-property-graph';
import type { Catalog } from '../catalog/catalog';
import { lookupNamed, namedValues, nameKey, putNamed, removeNamed } from '../catalog/named-map';
import type { PropertyGraph } from '../catalog/property-graph';
import type { ApplyContext } from '../ddl/apply-context';
import { objectNameInUse } from './object-namespace';
import { validateObjectName } from './object-names';
import { buildPropertyGraph } from './property-graph-rules';

export const MAX_PROPERTY_GRAPHS_PER_DATABASE = 16;

export function createPropertyGraph(catalog: Catalog, stmt: DdlCreatePropertyGraph, ctx: ApplyContext): Catalog {
  void ctx;
  const name = stmt.name.name;
  const existing = lookupNamed(catalog.propertyGraphs, name);
  if (existing !== undefined && stmt.ifNotExists) return catalog;
  if (existing === undefined || !stmt.orReplace) {
    if (catalog.propertyGraphs.size >= MAX_PROPERTY_GRAPHS_PER_DATABASE) {
      throw tooManyPropertyGraphsPerDatabase(name, MAX_PROPERTY_GRAPHS_PER_DATABASE);
    }
    if (objectNameInUse(catalog, name) !== undefined) throw duplicateNameInSchema(name);
  }
  validateObjectName('Property Graph', name);
  const graph = buildPropertyGraph(catalog, stmt);
  // A replaced graph keeps its name as first written and its place.
  const stored = existing === undefined ? graph : { ...graph, name: existing.name };
  return { ...catalog, propertyGraphs: putNamed(catalog.propertyGraphs, stored) };
}

export function dropPropertyGraph(catalog: Catalog, stmt: DdlDropPropertyGraph, ctx: ApplyContext): Catalog {
  void ctx;
  const graph = lookupNamed(catalog.propertyGraphs, stmt.name.name);
  if (graph === undefined) {
    if (stmt.ifExists) return catalog;
    throw propertyGraphNotFound(stmt.name.name);
  }
  return { ...catalog, propertyGraphs: removeNamed(catalog.propertyGraphs, graph.name) };
}

function graphsUsing(catalog: Catalog, table: string, column: string | null): PropertyGraph[] {
  return namedValues(catalog.propertyGraphs).filter((g) =>
    g.uses.some(
      (u) =>
        nameKey(u.table) === nameKey(table) &&
        (column === null || u.columns.some((c) => nameKey(c) === nameKey(column))),
    ),
  );
}

/** Refuses DROP TABLE of a graph's element table. */
export function checkTableDropByGraphs(catalog: Catalog, table: string): void {
  const graphs = graphsUsing(catalog, table, null);
  if (graphs.length > 0) throw dropUsedByPropertyGraph('table', table, graphs[0].name);
}

/** Refuses DROP COLUMN of a column a graph reads. */
export function checkColumnDropByGraphs(catalog: Catalog, table: string, column: string): void {
  const graphs = graphsUsing(catalog, table, column);
  if (graphs.length > 0) throw dropUsedByPropertyGraph('column', `${table}.${column}`, graphs[0].name);
}

/** Refuses an ALTER COLUMN that changes the type of a column a graph reads. */
export function checkColumnChangeByGraphs(catalog: Catalog, table: string, column: string, typeChanged: boolean): void {
  if (!typeChanged) return;
  const graphs = graphsUsing(catalog, table, column);
  if (graphs.length > 0) throw alterColumnUsedByPropertyGraph(`${table}.${column}`, graphs[0].name);
}

/** Refuses renaming a graph's element table: the graph names it. */
export function checkTableRenameByGraphs(catalog: Catalog, table: string): void {
  const graphs = graphsUsing(catalog, table, null);
  if (graphs.length > 0) throw renameUsedByPropertyGraph(table, graphs[0].name);
}
