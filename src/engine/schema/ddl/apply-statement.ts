/**
 * The DDL statement dispatcher: one table keyed by statement kind, each routed to the function that
 * validates it and returns the new catalog, so a new statement kind does not compile until it has
 * an entry. It holds no rules itself.
 *
 * Statement functions, all `(catalog: Catalog, stmt: <its AST>, ctx: ApplyContext) => Catalog`:
 * - schema core (./): createTable, alterTable, dropTable, renameTable, createIndex, alterIndex,
 *   dropIndex (kind 'index'), alterDatabase, createDatabase, alterStatistics, analyze.
 * - schema objects (../objects/):
 *   views.ts            createView, dropView
 *   functions.ts        createFunction, dropFunction
 *   sequences.ts        createSequence, alterSequence, dropSequence
 *   change-streams.ts   createChangeStream, alterChangeStream, dropChangeStream
 *   models.ts           createModel, alterModel, dropModel
 *   property-graphs.ts  createPropertyGraph, dropPropertyGraph
 *   search-indexes.ts   createSearchIndex, createVectorIndex, alterSearchOrVectorIndex and
 *                       dropSearchOrVectorIndex (ALTER / DROP SEARCH|VECTOR INDEX)
 *   named-schemas.ts    createSchema, alterSchema, dropSchema
 *   placements.ts       createPlacement, alterPlacement, dropPlacement
 *   locality-groups.ts  createLocalityGroup, alterLocalityGroup, dropLocalityGroup
 *   access-control.ts   createRole, dropRole, grant, revoke
 *   proto-bundles.ts    createProtoBundle, alterProtoBundle, dropProtoBundle
 *
 * Hooks the table and index statements call (not statements themselves):
 * - ../constraints/column-expressions.ts
 *   analyzeColumnExpressions(catalog, tableName, columnNames, ctx): Catalog
 *     after CREATE TABLE / ADD COLUMN / ALTER COLUMN put columns with expressions in the catalog.
 *   checkColumnChangeByConstraints(catalog, tableName, before, after): void
 *     before an ALTER COLUMN redefinition.
 * - ../constraints/table-constraints.ts
 *   addTableConstraint(catalog, tableName, constraint, ctx): Catalog
 *     per constraint of CREATE TABLE (after the table is in), and for ADD CONSTRAINT.
 *   dropTableConstraint(catalog, tableName, constraintName, ctx): Catalog   DROP CONSTRAINT.
 * - ../constraints/constraint-dependents.ts
 *   checkTableDropByConstraints(catalog, tableName)          before DROP TABLE.
 *   afterTableDropForConstraints(catalog, before, tableName): Catalog   after DROP TABLE.
 *   checkColumnDropByConstraints(catalog, tableName, column) before DROP COLUMN.
 *   checkIndexDropByConstraints(catalog, indexName)          before DROP INDEX.
 *   renameTableInConstraints(catalog, oldName, newName): Catalog   after a table rename.
 * - ../objects/object-dependents.ts
 *   checkTableDropByObjects(catalog, tableName)              before DROP TABLE.
 *   checkColumnDropByObjects(catalog, tableName, column)     before DROP COLUMN.
 *   checkIndexDropByObjects(catalog, indexName)              before DROP INDEX.
 *   checkColumnChangeByObjects(catalog, tableName, before, after)  before ALTER COLUMN.
 *   renameTableInObjects(catalog, oldName, newName): Catalog after a table rename.
 *   reservedObjectName(catalog, name): string | undefined    names reserved outside the catalog's
 *                                                            collections (./schema-names.ts).
 */

import type { DdlStatement, DdlStatementKind } from '../../../sql/ast/ddl-statement';
import type { Catalog } from '../catalog/catalog';
import * as access from '../objects/access-control';
import * as changeStreams from '../objects/change-streams';
import * as functions from '../objects/functions';
import * as localityGroups from '../objects/locality-groups';
import * as models from '../objects/models';
import * as schemas from '../objects/named-schemas';
import * as placements from '../objects/placements';
import * as propertyGraphs from '../objects/property-graphs';
import * as protoBundles from '../objects/proto-bundles';
import * as searchIndexes from '../objects/search-indexes';
import * as sequences from '../objects/sequences';
import * as views from '../objects/views';
import { alterDatabase, alterStatistics, analyze, createDatabase } from './database-statements';
import { alterIndex } from './alter-index';
import { createIndex } from './create-index';
import { dropIndex } from './drop-index';
import type { ApplyContext } from './apply-context';
import { alterTable } from './alter-table';
import { createTable } from './create-table';
import { dropTable } from './drop-table';
import { renameTable } from './rename-table';

type StatementApplier<K extends DdlStatementKind> = (
  catalog: Catalog,
  stmt: Extract<DdlStatement, { kind: K }>,
  ctx: ApplyContext,
) => Catalog;

const APPLY: { readonly [K in DdlStatementKind]: StatementApplier<K> } = {
  createDatabase,
  alterDatabase,
  createTable,
  alterTable,
  dropTable,
  renameTable,
  createIndex,
  createSearchIndex: searchIndexes.createSearchIndex,
  createVectorIndex: searchIndexes.createVectorIndex,
  alterIndex: (catalog, stmt, ctx) =>
    stmt.indexKind === 'index'
      ? alterIndex(catalog, stmt, ctx)
      : searchIndexes.alterSearchOrVectorIndex(catalog, stmt, ctx),
  dropIndex: (catalog, stmt, ctx) =>
    stmt.indexKind === 'index'
      ? dropIndex(catalog, stmt, ctx)
      : searchIndexes.dropSearchOrVectorIndex(catalog, stmt, ctx),
  createView: views.createView,
  dropView: views.dropView,
  createFunction: functions.createFunction,
  dropFunction: functions.dropFunction,
  createSequence: sequences.createSequence,
  alterSequence: sequences.alterSequence,
  dropSequence: sequences.dropSequence,
  createChangeStream: changeStreams.createChangeStream,
  alterChangeStream: changeStreams.alterChangeStream,
  dropChangeStream: changeStreams.dropChangeStream,
  createRole: access.createRole,
  dropRole: access.dropRole,
  grant: access.grant,
  revoke: access.revoke,
  createSchema: schemas.createSchema,
  alterSchema: schemas.alterSchema,
  dropSchema: schemas.dropSchema,
  createModel: models.createModel,
  alterModel: models.alterModel,
  dropModel: models.dropModel,
  createPropertyGraph: propertyGraphs.createPropertyGraph,
  dropPropertyGraph: propertyGraphs.dropPropertyGraph,
  createPlacement: placements.createPlacement,
  alterPlacement: placements.alterPlacement,
  dropPlacement: placements.dropPlacement,
  createLocalityGroup: localityGroups.createLocalityGroup,
  alterLocalityGroup: localityGroups.alterLocalityGroup,
  dropLocalityGroup: localityGroups.dropLocalityGroup,
  alterStatistics,
  createProtoBundle: protoBundles.createProtoBundle,
  alterProtoBundle: protoBundles.alterProtoBundle,
  dropProtoBundle: protoBundles.dropProtoBundle,
  analyze,
};

export function applyStatement(catalog: Catalog, stmt: DdlStatement, ctx: ApplyContext): Catalog {
  // The table's type pairs each kind with its own statement type; indexing by a union kind loses
  // that pairing, so the entry is called through the common signature.
  const apply = APPLY[stmt.kind] as StatementApplier<DdlStatementKind>;
  return apply(catalog, stmt, ctx);
}
