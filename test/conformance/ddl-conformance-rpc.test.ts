/**
 * The DDL conformance cases through the real RPC path: a running emulator, the generated gRPC
 * clients, CreateDatabase on a fresh database per case, UpdateDatabaseDdl with the case's
 * statements (an RPC error or the operation's error is the outcome), then GetDatabaseDdl.
 */
import * as grpc from '@grpc/grpc-js';
import { Operation } from '../../generated/google/longrunning/operations';
import {
  CreateDatabaseRequest,
  DatabaseAdminClient,
  GetDatabaseDdlResponse,
  UpdateDatabaseDdlRequest,
} from '../../generated/google/spanner/admin/database/v1/spanner_database_admin';
import {
  CreateInstanceRequest,
  InstanceAdminClient,
} from '../../generated/google/spanner/admin/instance/v1/spanner_instance_admin';
import { Emulator } from '../../src/emulator';
import { callUnary, startEmulator } from '../support/emulator';
import type { DdlApplier, DdlOutcome } from './ddl-conformance-runner';
import { describeDdlConformance } from './ddl-conformance-suite';

const INSTANCE = 'projects/conformance/instances/ddl';
let emulator: Emulator;
let admin: DatabaseAdminClient;
let caseNumber = 0;

beforeAll(async () => {
  emulator = await startEmulator();
  const target = `localhost:${emulator.grpcPort}`;
  const instances = new InstanceAdminClient(target, grpc.credentials.createInsecure());
  const created = await callUnary(
    instances,
    instances.createInstance,
    CreateInstanceRequest.fromPartial({
      parent: 'projects/conformance',
      instanceId: 'ddl',
      instance: {
        name: INSTANCE,
        config: 'projects/conformance/instanceConfigs/emulator-config',
        displayName: 'ddl',
        nodeCount: 1,
      },
    }),
  );
  instances.close();
  if (!created.ok) throw created.error;
  admin = new DatabaseAdminClient(target, grpc.credentials.createInsecure());
});

afterAll(async () => {
  admin?.close();
  await emulator?.stop();
});

function failure(error: { code: number; message: string }): DdlOutcome {
  return { ok: false, code: error.code, message: error.message };
}

const applyOverRpc: DdlApplier = async (statements) => {
  const database = `${INSTANCE}/databases/case${++caseNumber}`;
  const request = CreateDatabaseRequest.fromPartial({
    parent: INSTANCE,
    createStatement: `CREATE DATABASE \`case${caseNumber}\``,
  });
  const created = await callUnary(admin, admin.createDatabase, request);
  if (!created.ok) throw created.error;
  try {
    const updated = await callUnary(
      admin,
      admin.updateDatabaseDdl,
      UpdateDatabaseDdlRequest.fromPartial({ database, statements: [...statements] }),
    );
    if (!updated.ok) return failure({ code: updated.error.code, message: updated.error.details });
    const result = (updated.value as Operation).result;
    if (result?.$case === 'error') return failure(result.value);
    const ddl = await callUnary(admin, admin.getDatabaseDdl, { database });
    if (!ddl.ok) throw ddl.error;
    return { ok: true, ddl: (ddl.value as GetDatabaseDdlResponse).statements };
  } finally {
    await callUnary(admin, admin.dropDatabase, { database });
  }
};

describeDdlConformance('DDL conformance (UpdateDatabaseDdl and GetDatabaseDdl over gRPC)', applyOverRpc);
