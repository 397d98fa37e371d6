/**
 * The four services as handler maps: every method of every service is present, built ones from
 * their handler files and the rest answering UNIMPLEMENTED. Both transports serve this list.
 * To add an RPC: write the function in the handler file of its family, then list it here.
 */
import { OperationsService } from '../../generated/google/longrunning/operations';
import { DatabaseAdminService } from '../../generated/google/spanner/admin/database/v1/spanner_database_admin';
import { InstanceAdminService } from '../../generated/google/spanner/admin/instance/v1/spanner_instance_admin';
import { SpannerService } from '../../generated/google/spanner/v1/spanner';
import { Logger } from '../common/logger';
import { AdminPlane } from '../resources/admin-plane';
import type { SessionRegistry } from '../resources/sessions/session-registry';
import { unsupportedDatabaseAdmin, unsupportedInstanceAdmin } from './admin-unsupported';
import { getDatabaseDdl, updateDatabaseDdl } from './database-ddl-handlers';
import * as db from './database-handlers';
import { getInstanceConfig, listInstanceConfigs } from './instance-config-handlers';
import * as instances from './instance-handlers';
import * as ops from './operation-handlers';
import { bindService, ServiceBinding } from './service-binding';
import * as sessions from './session-handlers';
import * as transactions from './transaction-handlers';
import { batchWrite } from './batch-write-handlers';
import * as reads from './read-handlers';
import type { DataPlane } from '../resources/data-plane';
import { unimplementedService } from './unimplemented';

export interface HandlerDependencies {
  readonly logger: Logger;
  /** Instances, databases and operations; its owner (the Emulator) closes it before storage. */
  readonly admin: AdminPlane;
  /** The data plane's sessions; closed by its owner before storage. */
  readonly sessions: SessionRegistry;
  /** Transactions on those sessions. */
  readonly data: DataPlane;
}

export function createServices(deps: HandlerDependencies): ServiceBinding[] {
  const { admin } = deps;
  return [
    bindService(SpannerService, {
      ...unimplementedService(SpannerService),
      createSession: sessions.createSession(admin, deps.sessions),
      batchCreateSessions: sessions.batchCreateSessions(admin, deps.sessions),
      getSession: sessions.getSession(deps.sessions),
      listSessions: sessions.listSessions(admin, deps.sessions),
      deleteSession: sessions.deleteSession(deps.sessions),
      beginTransaction: transactions.beginTransaction(deps.data),
      commit: transactions.commit(deps.data),
      rollback: transactions.rollback(deps.data),
      batchWrite: batchWrite(deps.data),
      read: reads.read(deps.data),
      streamingRead: reads.streamingRead(deps.data),
      partitionRead: reads.partitionRead(deps.data),
    }),
    bindService(DatabaseAdminService, {
      ...unimplementedService(DatabaseAdminService),
      ...unsupportedDatabaseAdmin(),
      listDatabases: db.listDatabases(admin),
      createDatabase: db.createDatabase(admin),
      getDatabase: db.getDatabase(admin),
      updateDatabase: db.updateDatabase(admin),
      dropDatabase: db.dropDatabase(admin),
      listDatabaseOperations: db.listDatabaseOperations(admin),
      listDatabaseRoles: db.listDatabaseRoles(admin),
      updateDatabaseDdl: updateDatabaseDdl(admin),
      getDatabaseDdl: getDatabaseDdl(admin),
    }),
    bindService(InstanceAdminService, {
      ...unimplementedService(InstanceAdminService),
      ...unsupportedInstanceAdmin(),
      listInstanceConfigs,
      getInstanceConfig,
      listInstances: instances.listInstances(admin),
      getInstance: instances.getInstance(admin),
      createInstance: instances.createInstance(admin),
      updateInstance: instances.updateInstance(admin),
      deleteInstance: instances.deleteInstance(admin),
    }),
    bindService(OperationsService, {
      ...unimplementedService(OperationsService),
      listOperations: ops.listOperations(admin),
      getOperation: ops.getOperation(admin),
      deleteOperation: ops.deleteOperation(admin),
      cancelOperation: ops.cancelOperation(admin),
      waitOperation: ops.waitOperation(admin),
    }),
  ];
}
