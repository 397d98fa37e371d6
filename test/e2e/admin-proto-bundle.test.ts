/**
 * A proto bundle through the real gRPC admin API on an emulator with a data directory: the
 * descriptors of CreateDatabase and UpdateDatabaseDdl build it, GetDatabaseDdl answers its DDL and
 * files, a column outside it is refused, and a restart on the same directory rebuilds the same
 * bundle from the stored descriptors.
 */
import * as grpc from '@grpc/grpc-js';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  CreateDatabaseRequest,
  DatabaseAdminClient,
  GetDatabaseDdlRequest,
  GetDatabaseDdlResponse,
  UpdateDatabaseDdlRequest,
} from '../../generated/google/spanner/admin/database/v1/spanner_database_admin';
import {
  CreateInstanceRequest,
  InstanceAdminClient,
} from '../../generated/google/spanner/admin/instance/v1/spanner_instance_admin';
import { Emulator } from '../../src/emulator';
import { callUnary, startEmulator } from '../support/emulator';
import { descriptorSet, filesOf } from '../support/proto-descriptors';

const INSTANCE = 'projects/p/instances/inst';
const DB = `${INSTANCE}/databases/shop`;
const SHOP = descriptorSet([
  ['shop.proto', 'syntax = "proto3"; package ex.shop; message Parcel { int64 id = 1; } enum Color { RED = 0; }'],
  ['unrelated.proto', 'syntax = "proto3"; package ex.other; message Other { int64 x = 1; }'],
]);
const BILLING = descriptorSet([
  ['billing.proto', 'syntax = "proto3"; package ex.billing; message Invoice { int64 total = 1; }'],
]);

let dataDir: string;
let emulator: Emulator;
let databases: DatabaseAdminClient;

async function connect(): Promise<void> {
  emulator = await startEmulator({ dataDir });
  databases = new DatabaseAdminClient(`localhost:${emulator.grpcPort}`, grpc.credentials.createInsecure());
}

async function updateDdl(statements: string[], protoDescriptors: Buffer) {
  const request = UpdateDatabaseDdlRequest.fromPartial({ database: DB, statements, protoDescriptors });
  return callUnary(databases, databases.updateDatabaseDdl, request);
}

async function getDdl(): Promise<GetDatabaseDdlResponse> {
  const request = GetDatabaseDdlRequest.fromPartial({ database: DB });
  const outcome = await callUnary<GetDatabaseDdlRequest, GetDatabaseDdlResponse>(
    databases,
    databases.getDatabaseDdl,
    request,
  );
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'proto-bundle-'));
  await connect();
  const instances = new InstanceAdminClient(`localhost:${emulator.grpcPort}`, grpc.credentials.createInsecure());
  const instance = {
    name: INSTANCE,
    config: 'projects/p/instanceConfigs/emulator-config',
    displayName: 'Inst',
    nodeCount: 1,
  };
  const request = CreateInstanceRequest.fromPartial({ parent: 'projects/p', instanceId: 'inst', instance });
  const created = await callUnary(instances, instances.createInstance, request);
  instances.close();
  expect(created.ok).toBe(true);
  const database = await callUnary(
    databases,
    databases.createDatabase,
    CreateDatabaseRequest.fromPartial({
      parent: INSTANCE,
      createStatement: 'CREATE DATABASE shop',
      extraStatements: ['CREATE PROTO BUNDLE (ex.shop.Parcel, ex.shop.Color)'],
      protoDescriptors: SHOP,
    }),
  );
  expect(database.ok).toBe(true);
});

afterAll(async () => {
  databases?.close();
  await emulator?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const EXPECTED_DDL = [
  'CREATE PROTO BUNDLE (\n  ex.billing.Invoice,\n  ex.shop.Color,\n  ex.shop.Parcel,\n)',
  'CREATE TABLE Parcels (\n  Id INT64 NOT NULL,\n  Parcel ex.shop.Parcel,\n  Invoices ARRAY<ex.billing.Invoice>,\n) PRIMARY KEY(Id)',
];

describe('a proto bundle over gRPC', () => {
  test('UpdateDatabaseDdl extends the bundle with its own descriptors; columns use its types', async () => {
    const updated = await updateDdl(
      [
        'ALTER PROTO BUNDLE INSERT (ex.billing.Invoice)',
        'CREATE TABLE Parcels (Id INT64 NOT NULL, Parcel ex.shop.Parcel, Invoices ARRAY<ex.billing.Invoice>) PRIMARY KEY (Id)',
      ],
      BILLING,
    );
    expect(updated.ok).toBe(true);
    const ddl = await getDdl();
    expect(ddl.statements).toEqual(EXPECTED_DDL);
    expect(filesOf(ddl.protoDescriptors).map((f) => f.name)).toEqual(['billing.proto', 'shop.proto']);
  });

  test('a type missing from the descriptors and a column outside the bundle are refused', async () => {
    const missing = await updateDdl(['ALTER PROTO BUNDLE INSERT (ex.shop.Box)'], SHOP);
    expect(missing.ok || missing.error).toMatchObject({
      code: grpc.status.NOT_FOUND,
      details: 'Missing descriptor for `ex.shop.Box`',
    });
    const outside = await updateDdl(['ALTER TABLE Parcels ADD COLUMN Other ex.other.Other'], Buffer.alloc(0));
    expect(outside.ok || outside.error).toMatchObject({ code: grpc.status.INVALID_ARGUMENT });
    expect((await getDdl()).statements).toEqual(EXPECTED_DDL);
  });

  test('a restart on the same data directory rebuilds the same bundle and descriptors', async () => {
    const before = await getDdl();
    databases.close();
    await emulator.stop();
    await connect();
    const after = await getDdl();
    expect(after.statements).toEqual(EXPECTED_DDL);
    expect(Buffer.from(after.protoDescriptors).equals(Buffer.from(before.protoDescriptors))).toBe(true);
    const dropped = await updateDdl(['DROP TABLE Parcels', 'DROP PROTO BUNDLE'], Buffer.alloc(0));
    expect(dropped.ok).toBe(true);
    expect(await getDdl()).toEqual({ statements: [], protoDescriptors: Buffer.alloc(0) });
  });
});
