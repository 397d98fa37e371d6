/**
 * Errors that quote huge input stay small on every transport: the message is cut at 1,024 bytes
 * (as the official emulator cuts it) and the details at a few KB, so the gRPC trailers fit what
 * HTTP/2 peers accept. Before, a 40,000-character DDL statement never got an answer over gRPC and
 * the channel stayed wedged for the next call; 100,000 characters hung the official Node client.
 */
import * as grpc from '@grpc/grpc-js';
import { Spanner } from '@google-cloud/spanner';
import { ResourceInfo } from '../../generated/google/rpc/error_details';
import { Status } from '../../generated/google/rpc/status';
import {
  DatabaseAdminClient,
  GetDatabaseRequest,
  UpdateDatabaseDdlRequest,
} from '../../generated/google/spanner/admin/database/v1/spanner_database_admin';
import {
  GetInstanceConfigRequest,
  InstanceAdminClient,
} from '../../generated/google/spanner/admin/instance/v1/spanner_instance_admin';
import { Emulator } from '../../src/emulator';
import { callUnary, restUrl, startEmulator } from '../support/emulator';

const DATABASE = 'projects/bounded/instances/inst/databases/db';
const MAX_MESSAGE_BYTES = 1024;

let emulator: Emulator;
let spanner: Spanner;
let databaseAdmin: DatabaseAdminClient;
let instanceAdmin: InstanceAdminClient;

beforeAll(async () => {
  emulator = await startEmulator();
  process.env.SPANNER_EMULATOR_HOST = `localhost:${emulator.grpcPort}`;
  process.env.METADATA_SERVER_DETECTION = 'none';
  spanner = new Spanner({ projectId: 'bounded' });
  const [instance, created] = await spanner.createInstance('inst', { config: 'emulator-config' });
  await created.promise();
  const [, databaseCreated] = await instance.createDatabase('db');
  await databaseCreated.promise();
  const target = `localhost:${emulator.grpcPort}`;
  databaseAdmin = new DatabaseAdminClient(target, grpc.credentials.createInsecure());
  instanceAdmin = new InstanceAdminClient(target, grpc.credentials.createInsecure());
});

afterAll(async () => {
  databaseAdmin?.close();
  instanceAdmin?.close();
  await spanner?.close();
  await emulator?.stop();
});

function expectCut(message: string, start: string): void {
  expect(Buffer.byteLength(message)).toBe(MAX_MESSAGE_BYTES);
  expect(message.startsWith(start)).toBe(true);
  expect(message.endsWith('...')).toBe(true);
}

function statusDetailsOf(error: grpc.ServiceError): Buffer {
  const [bin] = error.metadata.get('grpc-status-details-bin') as Buffer[];
  return bin;
}

test('gRPC: a 40,000-character invalid DDL statement is INVALID_ARGUMENT with a cut message, and the channel keeps working', async () => {
  const statement = 'x'.repeat(40_000);
  const outcome = await callUnary(
    databaseAdmin,
    databaseAdmin.updateDatabaseDdl,
    UpdateDatabaseDdlRequest.fromPartial({ database: DATABASE, statements: [statement] }),
  );
  if (outcome.ok) throw new Error('expected an error');
  expect(outcome.error.code).toBe(grpc.status.INVALID_ARGUMENT);
  expectCut(outcome.error.details, 'Error parsing Spanner DDL statement: xxx');
  const details = statusDetailsOf(outcome.error);
  expect(details.length).toBeLessThan(4096);
  expect(Status.decode(details).message).toBe(outcome.error.details);

  const next = await callUnary(
    databaseAdmin,
    databaseAdmin.getDatabase,
    GetDatabaseRequest.fromPartial({ name: DATABASE }),
  );
  expect(next.ok).toBe(true);
});

test('the official Node client gets INVALID_ARGUMENT for a 100,000-character statement, then carries on', async () => {
  const database = spanner.instance('inst').database('db');
  const failure = await database.updateSchema('y'.repeat(100_000)).then(
    () => undefined,
    (e: grpc.ServiceError) => e,
  );
  expect(failure?.code).toBe(grpc.status.INVALID_ARGUMENT);
  expectCut(failure!.details, 'Error parsing Spanner DDL statement: yyy');
  const [metadata] = await database.getMetadata();
  expect(metadata.name).toBe(DATABASE);
});

test('REST: the same statement is a 400 whose message is cut the same way', async () => {
  const res = await fetch(restUrl(emulator, `/v1/${DATABASE}/ddl`), {
    method: 'PATCH',
    body: JSON.stringify({ statements: ['z'.repeat(100_000)] }),
  });
  expect(res.status).toBe(400);
  const { error } = (await res.json()) as { error: { status: string; message: string } };
  expect(error.status).toBe('INVALID_ARGUMENT');
  expectCut(error.message, 'Error parsing Spanner DDL statement: zzz');
});

test('a huge name in a NOT_FOUND is cut in the message and in ResourceInfo, on both transports', async () => {
  const name = `projects/bounded/instanceConfigs/${'c'.repeat(50_000)}`;
  const outcome = await callUnary(
    instanceAdmin,
    instanceAdmin.getInstanceConfig,
    GetInstanceConfigRequest.fromPartial({ name }),
  );
  if (outcome.ok) throw new Error('expected an error');
  expect(outcome.error.code).toBe(grpc.status.NOT_FOUND);
  expectCut(outcome.error.details, 'Instance config "ccc');
  const details = statusDetailsOf(outcome.error);
  expect(details.length).toBeLessThan(4096);
  const [packed] = Status.decode(details).details;
  const info = ResourceInfo.decode(packed.value);
  expectCut(info.resourceName, 'projects/bounded/instanceConfigs/ccc');

  // Short enough for a URL (16 KB of headers), long enough to be cut.
  const res = await fetch(restUrl(emulator, `/v1/${name.slice(0, 5000)}`));
  expect(res.status).toBe(404);
  const { error } = (await res.json()) as { error: { message: string; details: { resourceName?: string }[] } };
  expectCut(error.message, 'Instance config "ccc');
  expectCut(error.details[0].resourceName!, 'projects/bounded/instanceConfigs/ccc');
});
