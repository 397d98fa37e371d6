/**
 * DatabaseAdmin RPCs on databases: CreateDatabase, GetDatabase, ListDatabases, DropDatabase,
 * UpdateDatabase (drop protection), ListDatabaseOperations, ListDatabaseRoles. Create and Update
 * answer operations that are already done, recorded with the change. Schema RPCs are in
 * database-ddl-handlers.ts.
 */
import { Operation } from '../../generated/google/longrunning/operations';
import { Empty } from '../../generated/google/protobuf/empty';
import { DatabaseDialect } from '../../generated/google/spanner/admin/database/v1/common';
import {
  CreateDatabaseMetadata,
  CreateDatabaseRequest,
  Database,
  DropDatabaseRequest,
  GetDatabaseRequest,
  ListDatabaseOperationsRequest,
  ListDatabaseOperationsResponse,
  ListDatabaseRolesRequest,
  ListDatabaseRolesResponse,
  ListDatabasesRequest,
  ListDatabasesResponse,
  UpdateDatabaseMetadata,
  UpdateDatabaseRequest,
} from '../../generated/google/spanner/admin/database/v1/spanner_database_admin';
import type { Micros } from '../common/clock';
import { emptyFieldMask, unsupportedFieldMaskPath } from '../errors';
import type { AdminPlane } from '../resources/admin-plane';
import { databaseRoleNames } from '../resources/databases/database-roles';
import * as databases from '../resources/databases/databases';
import { requireInstance } from '../resources/instances/instances';
import { filterFieldKey } from '../resources/list-filter';
import {
  listDatabaseOperations as listDatabaseOperationRecords,
  recordOperation,
} from '../resources/operations/operations';
import type { PackedMessage } from '../resources/operations/operation-store';
import { paginateByKey } from '../resources/pagination';
import { timestampFromMicros } from '../convert/proto-time';
import { operationToProto, pack } from './admin-protos';
import { DATABASE_PACKAGE, databaseToProto, packDatabase } from './database-protos';
import type { UnaryHandler } from './handler-types';

function dialectOf(dialect: DatabaseDialect): databases.CreateDatabaseInput['dialect'] {
  switch (dialect) {
    case DatabaseDialect.POSTGRESQL:
      return 'POSTGRESQL';
    case DatabaseDialect.GOOGLE_STANDARD_SQL:
      return 'GOOGLE_STANDARD_SQL';
    default:
      return 'UNSPECIFIED';
  }
}

const UPDATABLE_DATABASE_FIELDS = ['enable_drop_protection'] as const;

function checkDatabaseMask(paths: readonly string[]): void {
  if (paths.length === 0) throw emptyFieldMask('UpdateDatabase');
  for (const path of paths) {
    if (!UPDATABLE_DATABASE_FIELDS.some((f) => filterFieldKey(f) === filterFieldKey(path))) {
      throw unsupportedFieldMaskPath('UpdateDatabase', path, UPDATABLE_DATABASE_FIELDS);
    }
  }
}

/** Records a done operation under the database, with `metadata` and the database as response. */
function databaseOperation(
  admin: AdminPlane,
  live: databases.LiveDatabase,
  metadata: PackedMessage,
  start: Micros,
): Operation {
  const op = recordOperation(admin, {
    parent: live.record.name,
    id: '',
    metadata,
    result: { kind: 'response', response: packDatabase(live) },
    createTime: start,
  });
  return operationToProto(op);
}

export function createDatabase(admin: AdminPlane): UnaryHandler<CreateDatabaseRequest, Operation> {
  return async (request) => {
    const start = admin.clock.nowMicros();
    const input = {
      parent: request.parent,
      createStatement: request.createStatement,
      extraStatements: request.extraStatements,
      protoDescriptors: request.protoDescriptors,
      dialect: dialectOf(request.databaseDialect),
    };
    let operation: Operation | undefined;
    databases.createDatabase(admin, input, (live) => {
      const metadata = CreateDatabaseMetadata.fromPartial({ database: live.record.name });
      const packed = pack(`${DATABASE_PACKAGE}.CreateDatabaseMetadata`, CreateDatabaseMetadata, metadata);
      operation = databaseOperation(admin, live, packed, start);
    });
    return operation!;
  };
}

export function getDatabase(admin: AdminPlane): UnaryHandler<GetDatabaseRequest, Database> {
  return async (request) => databaseToProto(databases.requireDatabase(admin, request.name));
}

export function listDatabases(admin: AdminPlane): UnaryHandler<ListDatabasesRequest, ListDatabasesResponse> {
  return async (request) => {
    const records = databases.listDatabases(admin, request.parent);
    const page = paginateByKey(records, (r) => r.name, request.pageSize, request.pageToken);
    const live = page.items.map((r) => databases.requireDatabase(admin, r.name));
    return { databases: live.map(databaseToProto), nextPageToken: page.nextPageToken };
  };
}

export function dropDatabase(admin: AdminPlane): UnaryHandler<DropDatabaseRequest, Empty> {
  return async (request) => {
    databases.dropDatabase(admin, request.database);
    return {};
  };
}

/** Only drop protection can change, as in Spanner. */
export function updateDatabase(admin: AdminPlane): UnaryHandler<UpdateDatabaseRequest, Operation> {
  return async (request) => {
    const start = admin.clock.nowMicros();
    checkDatabaseMask(request.updateMask ?? []);
    return admin.transaction(() => {
      const name = request.database?.name ?? '';
      const live = databases.setDropProtection(admin, name, request.database?.enableDropProtection ?? false);
      const end = admin.clock.nowMicros();
      const progress = {
        progressPercent: 100,
        startTime: timestampFromMicros(start),
        endTime: timestampFromMicros(end),
      };
      const metadata = UpdateDatabaseMetadata.fromPartial({ request, progress });
      const packed = pack(`${DATABASE_PACKAGE}.UpdateDatabaseMetadata`, UpdateDatabaseMetadata, metadata);
      return databaseOperation(admin, live, packed, start);
    });
  };
}

export function listDatabaseOperations(
  admin: AdminPlane,
): UnaryHandler<ListDatabaseOperationsRequest, ListDatabaseOperationsResponse> {
  return async (request) => {
    requireInstance(admin, request.parent);
    const records = listDatabaseOperationRecords(admin, request.parent, request.filter);
    const page = paginateByKey(records, (r) => r.name, request.pageSize, request.pageToken);
    return { operations: page.items.map(operationToProto), nextPageToken: page.nextPageToken };
  };
}

export function listDatabaseRoles(
  admin: AdminPlane,
): UnaryHandler<ListDatabaseRolesRequest, ListDatabaseRolesResponse> {
  return async (request) => {
    const { database } = databases.requireDatabase(admin, request.parent);
    const names = databaseRoleNames(database.catalog).map((role) => `${request.parent}/databaseRoles/${role}`);
    const page = paginateByKey(names, (n) => n, request.pageSize, request.pageToken);
    return { databaseRoles: page.items.map((name) => ({ name })), nextPageToken: page.nextPageToken };
  };
}
