/**
 * UpdateDatabaseDdlMetadata.actions: what each statement does (CREATE / ALTER / DROP ...), to what
 * kind of entity, and its name, as Spanner reports them. Works from the parsed statements the
 * schema change returns (an operation exists only once every statement was valid), so nothing is
 * parsed again here.
 */
import type { DdlStatementActionInfo } from '../../generated/google/spanner/admin/database/v1/spanner_database_admin';
import type { DdlStatement, DdlStatementKind } from '../sql/ast/ddl-statement';

const ACTIONS: Record<DdlStatementKind, readonly [string, string]> = {
  createDatabase: ['CREATE', 'DATABASE'],
  alterDatabase: ['ALTER', 'DATABASE'],
  createTable: ['CREATE', 'TABLE'],
  alterTable: ['ALTER', 'TABLE'],
  dropTable: ['DROP', 'TABLE'],
  renameTable: ['RENAME', 'TABLE'],
  createIndex: ['CREATE', 'INDEX'],
  createSearchIndex: ['CREATE', 'SEARCH INDEX'],
  createVectorIndex: ['CREATE', 'VECTOR INDEX'],
  alterIndex: ['ALTER', 'INDEX'],
  dropIndex: ['DROP', 'INDEX'],
  createView: ['CREATE', 'VIEW'],
  dropView: ['DROP', 'VIEW'],
  createFunction: ['CREATE', 'FUNCTION'],
  dropFunction: ['DROP', 'FUNCTION'],
  createSequence: ['CREATE', 'SEQUENCE'],
  alterSequence: ['ALTER', 'SEQUENCE'],
  dropSequence: ['DROP', 'SEQUENCE'],
  createChangeStream: ['CREATE', 'CHANGE STREAM'],
  alterChangeStream: ['ALTER', 'CHANGE STREAM'],
  dropChangeStream: ['DROP', 'CHANGE STREAM'],
  createRole: ['CREATE', 'ROLE'],
  dropRole: ['DROP', 'ROLE'],
  grant: ['GRANT', 'ROLE'],
  revoke: ['REVOKE', 'ROLE'],
  createSchema: ['CREATE', 'SCHEMA'],
  alterSchema: ['ALTER', 'SCHEMA'],
  dropSchema: ['DROP', 'SCHEMA'],
  createModel: ['CREATE', 'MODEL'],
  alterModel: ['ALTER', 'MODEL'],
  dropModel: ['DROP', 'MODEL'],
  createPropertyGraph: ['CREATE', 'PROPERTY GRAPH'],
  dropPropertyGraph: ['DROP', 'PROPERTY GRAPH'],
  createPlacement: ['CREATE', 'PLACEMENT'],
  alterPlacement: ['ALTER', 'PLACEMENT'],
  dropPlacement: ['DROP', 'PLACEMENT'],
  createLocalityGroup: ['CREATE', 'LOCALITY GROUP'],
  alterLocalityGroup: ['ALTER', 'LOCALITY GROUP'],
  dropLocalityGroup: ['DROP', 'LOCALITY GROUP'],
  alterStatistics: ['ALTER', 'STATISTICS'],
  createProtoBundle: ['CREATE', 'PROTO BUNDLE'],
  alterProtoBundle: ['ALTER', 'PROTO BUNDLE'],
  dropProtoBundle: ['DROP', 'PROTO BUNDLE'],
  analyze: ['ANALYZE', 'DATABASE'],
};

/** The statement's own name, for the kinds that name one object. */
function entityName(statement: DdlStatement): string | undefined {
  const name = (statement as { name?: unknown }).name;
  if (typeof name === 'string') return name;
  if (name && typeof name === 'object' && typeof (name as { name?: unknown }).name === 'string') {
    return (name as { name: string }).name;
  }
  return undefined;
}

function actionOf(statement: DdlStatement): DdlStatementActionInfo {
  const [action, entityType] = ACTIONS[statement.kind];
  const name = entityName(statement);
  return { action, entityType, entityNames: name === undefined ? [] : [name] };
}

/** One entry per statement of the batch, from the statements as the schema change parsed them. */
export function ddlStatementActions(statements: readonly DdlStatement[]): DdlStatementActionInfo[] {
  return statements.map(actionOf);
}
