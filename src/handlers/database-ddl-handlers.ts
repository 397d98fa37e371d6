/**
 * DatabaseAdmin schema RPCs: UpdateDatabaseDdl and GetDatabaseDdl. UpdateDatabaseDdl answers an
 * operation that is already done: named by the request's operation_id when given, its metadata
 * lists every statement, one commit timestamp per applied statement (a batch commits at one
 * timestamp) and each statement's progress; a statement that failed against existing rows is the
 * operation's error, with the statements before it kept. The request's proto descriptors go with
 * the statements; GetDatabaseDdl answers the bundle's files as a FileDescriptorSet.
 */
import { Operation } from '../../generated/google/longrunning/operations';
import { Empty } from '../../generated/google/protobuf/empty';
import {
  GetDatabaseDdlRequest,
  GetDatabaseDdlResponse,
  UpdateDatabaseDdlMetadata,
  UpdateDatabaseDdlRequest,
} from '../../generated/google/spanner/admin/database/v1/spanner_database_admin';
import type { Micros } from '../common/clock';
import type { AppliedSchemaUpdate } from '../engine/database/database';
import { catalogDdl, catalogProtoDescriptors } from '../engine/schema/schema-change';
import type { AdminPlane } from '../resources/admin-plane';
import { requireDatabase, updateDatabaseDdl as updateDdl } from '../resources/databases/databases';
import type { OperationResult } from '../resources/operations/operation-store';
import { timestampFromMicros } from '../convert/proto-time';
import { operationToProto, pack } from './admin-protos';
import { DATABASE_PACKAGE } from './database-protos';
import { ddlStatementActions } from './ddl-statement-actions';
import type { UnaryHandler } from './handler-types';

function ddlMetadata(request: UpdateDatabaseDdlRequest, outcome: AppliedSchemaUpdate, start: Micros, end: Micros) {
  const commit = outcome.commitTimestamp === null ? null : timestampFromMicros(outcome.commitTimestamp);
  return UpdateDatabaseDdlMetadata.fromPartial({
    database: request.database,
    statements: request.statements,
    commitTimestamps: commit === null ? [] : Array.from({ length: outcome.applied }, () => commit),
    throttled: false,
    progress: request.statements.map((_, i) =>
      i < outcome.applied
        ? { progressPercent: 100, startTime: timestampFromMicros(start), endTime: timestampFromMicros(end) }
        : { progressPercent: 0, startTime: i === outcome.applied ? timestampFromMicros(start) : undefined },
    ),
    actions: ddlStatementActions(outcome.statements.map((s) => s.ast)),
  });
}

function ddlResult(outcome: AppliedSchemaUpdate): OperationResult {
  if (outcome.error) return { kind: 'error', code: outcome.error.code, message: outcome.error.message };
  return { kind: 'response', response: pack('google.protobuf.Empty', Empty, {}) };
}

export function updateDatabaseDdl(admin: AdminPlane): UnaryHandler<UpdateDatabaseDdlRequest, Operation> {
  return async (request) => {
    const start = admin.clock.nowMicros();
    const describe = (outcome: AppliedSchemaUpdate) => ({
      parent: request.database,
      id: request.operationId,
      metadata: pack(
        `${DATABASE_PACKAGE}.UpdateDatabaseDdlMetadata`,
        UpdateDatabaseDdlMetadata,
        ddlMetadata(request, outcome, start, admin.clock.nowMicros()),
      ),
      result: ddlResult(outcome),
      createTime: start,
    });
    const { database, statements, operationId, protoDescriptors } = request;
    return operationToProto(updateDdl(admin, database, statements, operationId, describe, protoDescriptors));
  };
}

export function getDatabaseDdl(admin: AdminPlane): UnaryHandler<GetDatabaseDdlRequest, GetDatabaseDdlResponse> {
  return async (request) => {
    const { database } = requireDatabase(admin, request.database);
    return { statements: catalogDdl(database.catalog), protoDescriptors: catalogProtoDescriptors(database.catalog) };
  };
}
