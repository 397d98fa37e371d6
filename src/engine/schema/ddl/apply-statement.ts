/**
 * The DDL statement dispatcher: one exhaustive switch over every statement kind, each routed to the
 * function that validates it and returns the new catalog. It holds no rules itself.
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

import { assertNever } from '../../../errors/assert-never';
import type { DdlStatement } from '../../../sql/ast/ddl-statement';
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

export function applyStatement(catalog: Catalog, stmt: DdlStatement, ctx: ApplyContext): Catalog {
  switch (stmt.kind) {
    case 'createDatabase':
      return createDatabase(catalog, stmt, ctx);
    case 'alterDatabase':
      return alterDatabase(catalog, stmt, ctx);
    case 'createTable':
      return createTable(catalog, stmt, ctx);
    case 'alterTable':
      return alterTable(catalog, stmt, ctx);
    case 'dropTable':
      return dropTable(catalog, stmt, ctx);
    case 'renameTable':
      return renameTable(catalog, stmt, ctx);
    case 'createIndex':
      return createIndex(catalog, stmt, ctx);
    case 'createSearchIndex':
      return searchIndexes.createSearchIndex(catalog, stmt, ctx);
    case 'createVectorIndex':
      return searchIndexes.createVectorIndex(catalog, stmt, ctx);
    case 'alterIndex':
      return stmt.indexKind === 'index'
        ? alterIndex(catalog, stmt, ctx)
        : searchIndexes.alterSearchOrVectorIndex(catalog, stmt, ctx);
    case 'dropIndex':
      return stmt.indexKind === 'index'
        ? dropIndex(catalog, stmt, ctx)
        : searchIndexes.dropSearchOrVectorIndex(catalog, stmt, ctx);
    default:
      return applyObjectStatement(catalog, stmt, ctx);
  }
}

type ObjectStatement = Exclude<
  DdlStatement,
  | { kind: 'createDatabase' | 'alterDatabase' | 'createTable' | 'alterTable' | 'dropTable' | 'renameTable' }
  | { kind: 'createIndex' | 'createSearchIndex' | 'createVectorIndex' | 'alterIndex' | 'dropIndex' }
>;

function applyObjectStatement(catalog: Catalog, stmt: ObjectStatement, ctx: ApplyContext): Catalog {
  switch (stmt.kind) {
    case 'createView':
      return views.createView(catalog, stmt, ctx);
    case 'dropView':
      return views.dropView(catalog, stmt, ctx);
    case 'createFunction':
      return functions.createFunction(catalog, stmt, ctx);
    case 'dropFunction':
      return functions.dropFunction(catalog, stmt, ctx);
    case 'createSequence':
      return sequences.createSequence(catalog, stmt, ctx);
    case 'alterSequence':
      return sequences.alterSequence(catalog, stmt, ctx);
    case 'dropSequence':
      return sequences.dropSequence(catalog, stmt, ctx);
    case 'createChangeStream':
      return changeStreams.createChangeStream(catalog, stmt, ctx);
    case 'alterChangeStream':
      return changeStreams.alterChangeStream(catalog, stmt, ctx);
    case 'dropChangeStream':
      return changeStreams.dropChangeStream(catalog, stmt, ctx);
    case 'createModel':
      return models.createModel(catalog, stmt, ctx);
    case 'alterModel':
      return models.alterModel(catalog, stmt, ctx);
    case 'dropModel':
      return models.dropModel(catalog, stmt, ctx);
    case 'createPropertyGraph':
      return propertyGraphs.createPropertyGraph(catalog, stmt, ctx);
    case 'dropPropertyGraph':
      return propertyGraphs.dropPropertyGraph(catalog, stmt, ctx);
    default:
      return applyDatabaseObjectStatement(catalog, stmt, ctx);
  }
}

type DatabaseObjectStatement = Exclude<
  ObjectStatement,
  | { kind: 'createView' | 'dropView' | 'createFunction' | 'dropFunction' }
  | { kind: 'createSequence' | 'alterSequence' | 'dropSequence' }
  | { kind: 'createChangeStream' | 'alterChangeStream' | 'dropChangeStream' }
  | { kind: 'createModel' | 'alterModel' | 'dropModel' }
  | { kind: 'createPropertyGraph' | 'dropPropertyGraph' }
>;

function applyDatabaseObjectStatement(catalog: Catalog, stmt: DatabaseObjectStatement, ctx: ApplyContext): Catalog {
  switch (stmt.kind) {
    case 'createSchema':
      return schemas.createSchema(catalog, stmt, ctx);
    case 'alterSchema':
      return schemas.alterSchema(catalog, stmt, ctx);
    case 'dropSchema':
      return schemas.dropSchema(catalog, stmt, ctx);
    case 'createPlacement':
      return placements.createPlacement(catalog, stmt, ctx);
    case 'alterPlacement':
      return placements.alterPlacement(catalog, stmt, ctx);
    case 'dropPlacement':
      return placements.dropPlacement(catalog, stmt, ctx);
    case 'createLocalityGroup':
      return localityGroups.createLocalityGroup(catalog, stmt, ctx);
    case 'alterLocalityGroup':
      return localityGroups.alterLocalityGroup(catalog, stmt, ctx);
    case 'dropLocalityGroup':
      return localityGroups.dropLocalityGroup(catalog, stmt, ctx);
    default:
      return applyAccessStatement(catalog, stmt, ctx);
  }
}

type AccessOrBundleStatement = Exclude<
  DatabaseObjectStatement,
  | { kind: 'createSchema' | 'alterSchema' | 'dropSchema' | 'createPlacement' | 'alterPlacement' | 'dropPlacement' }
  | { kind: 'createLocalityGroup' | 'alterLocalityGroup' | 'dropLocalityGroup' }
>;

function applyAccessStatement(catalog: Catalog, stmt: AccessOrBundleStatement, ctx: ApplyContext): Catalog {
  switch (stmt.kind) {
    case 'createRole':
      return access.createRole(catalog, stmt, ctx);
    case 'dropRole':
      return access.dropRole(catalog, stmt, ctx);
    case 'grant':
      return access.grant(catalog, stmt, ctx);
    case 'revoke':
      return access.revoke(catalog, stmt, ctx);
    case 'createProtoBundle':
      return protoBundles.createProtoBundle(catalog, stmt, ctx);
    case 'alterProtoBundle':
      return protoBundles.alterProtoBundle(catalog, stmt, ctx);
    case 'dropProtoBundle':
      return protoBundles.dropProtoBundle(catalog, stmt, ctx);
    case 'alterStatistics':
      return alterStatistics(catalog, stmt, ctx);
    case 'analyze':
      return analyze(catalog, stmt, ctx);
    default:
      return assertNever(stmt, 'DDL statement');
  }
}
