/**
 * Sessions through the official Node client (@google-cloud/spanner) against a real in-memory
 * emulator: explicit sessions (create, metadata, label-filtered listing, delete, the NOT_FOUND
 * clients recreate sessions on), creator roles, and the client's own session handling in both of
 * its modes: a multiplexed session created on first use (the default), and a classic pool filled
 * by BatchCreateSessions and emptied by DeleteSession on close.
 */
import { Spanner } from '@google-cloud/spanner';
import type { Database } from '@google-cloud/spanner/build/src/database';
import type { Instance } from '@google-cloud/spanner/build/src/instance';
import type { GetSessionMetadataResponse, Session } from '@google-cloud/spanner/build/src/session';
import { ResourceInfo } from '../../generated/google/rpc/error_details';
import { Status } from '../../generated/google/rpc/status';
import { Emulator } from '../../src/emulator';
import { startEmulator } from '../support/emulator';

const POOL_ENV = [
  'GOOGLE_CLOUD_SPANNER_MULTIPLEXED_SESSIONS',
  'GOOGLE_CLOUD_SPANNER_MULTIPLEXED_SESSIONS_FOR_RW',
  'GOOGLE_CLOUD_SPANNER_MULTIPLEXED_SESSIONS_PARTITIONED_OPS',
];
const SESSION_TYPE = 'type.googleapis.com/google.spanner.v1.Session';

/** The ResourceInfo details of a gRPC error, decoded from grpc-status-details-bin. */
function resourceInfosOf(error: unknown): ResourceInfo[] {
  const metadata = (error as { metadata: { get(key: string): Buffer[] } }).metadata;
  const status = Status.decode(metadata.get('grpc-status-details-bin')[0]);
  return status.details
    .filter((d) => d.typeUrl === 'type.googleapis.com/google.rpc.ResourceInfo')
    .map((d) => ResourceInfo.decode(d.value));
}

let emulator: Emulator;
let spanner: Spanner;
let instance: Instance;

beforeAll(async () => {
  emulator = await startEmulator();
  process.env.SPANNER_EMULATOR_HOST = `localhost:${emulator.grpcPort}`;
  process.env.METADATA_SERVER_DETECTION = 'none';
  spanner = new Spanner({ projectId: 'session-project' });
  const [created, operation] = await spanner.createInstance('main', { config: 'emulator-config' });
  await operation.promise();
  instance = created;
});

afterAll(async () => {
  await spanner?.close();
  await emulator?.stop();
});

async function createDatabase(id: string, schema: string[] = []): Promise<Database> {
  const [database, operation] = await instance.createDatabase(id, { schema });
  await operation.promise();
  return database;
}

/** The sessions of a database as the metadata file holds them (multiplexed ones included). */
function storedSessions(database: Database): { name: string; multiplexed: number }[] {
  return emulator.storage.metadata
    .prepare('SELECT name, multiplexed FROM sessions WHERE database = ? ORDER BY name')
    .all(database.formattedName_) as { name: string; multiplexed: number }[];
}

/** GetSession through the client; it resolves to `[metadata]`, whatever its typings say. */
async function metadataOf(session: Session): Promise<GetSessionMetadataResponse & { multiplexed?: boolean }> {
  const [metadata] = (await session.getMetadata()) as unknown as [GetSessionMetadataResponse];
  return metadata;
}

async function listedNames(database: Database, filter?: string): Promise<string[]> {
  const [sessions] = await database.getSessions(filter === undefined ? {} : { filter });
  return sessions.map((s) => s.formattedName_!).sort();
}

describe('explicit sessions', () => {
  let database: Database;

  beforeAll(async () => {
    database = await createDatabase('explicit', ['CREATE ROLE analyst']);
  });

  test('createSession, getMetadata, getSessions with a label filter, delete', async () => {
    const [dev] = await database.createSession({ labels: { env: 'dev' } });
    const [prod] = await database.createSession({ labels: { env: 'prod', team: 'a' } });
    expect(dev.formattedName_).toMatch(
      /^projects\/session-project\/instances\/main\/databases\/explicit\/sessions\/[A-Za-z0-9_-]+$/,
    );
    const metadata = await metadataOf(dev);
    expect(metadata).toMatchObject({ name: dev.formattedName_, labels: { env: 'dev' }, multiplexed: false });
    expect(Number(metadata.createTime!.seconds)).toBeGreaterThan(0);
    expect(Number(metadata.approximateLastUseTime!.seconds)).toBeGreaterThanOrEqual(
      Number(metadata.createTime!.seconds),
    );

    expect(await listedNames(database, 'labels.env:dev')).toEqual([dev.formattedName_]);
    expect(await listedNames(database, 'labels.env:*')).toEqual([dev.formattedName_, prod.formattedName_].sort());
    expect(await listedNames(database, 'labels.team:a OR labels.env:dev')).toHaveLength(2);

    await dev.delete();
    const failure = await dev.getMetadata().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(failure).toMatchObject({ code: 5, details: `Session not found: ${dev.formattedName_}` });
    expect(resourceInfosOf(failure)).toEqual([
      expect.objectContaining({ resourceType: SESSION_TYPE, resourceName: dev.formattedName_ }),
    ]);
    expect(await listedNames(database, 'labels.env:*')).toEqual([prod.formattedName_]);
    await prod.delete();
  });

  test('batchCreateSessions returns the count asked for, with the labels given', async () => {
    const [sessions] = await database.batchCreateSessions({ count: 5, labels: { batch: 'one' } });
    expect(sessions).toHaveLength(5);
    expect(await listedNames(database, 'labels.batch:one')).toEqual(sessions.map((s) => s.formattedName_).sort());
    await Promise.all(sessions.map((s) => s.delete()));
    expect(await listedNames(database, 'labels.batch:*')).toEqual([]);
  });

  test('a creator role of the database is echoed back as the database role', async () => {
    const [session] = await database.createSession({ databaseRole: 'analyst' });
    const metadata = await metadataOf(session);
    expect(metadata.databaseRole).toBe('analyst');
    await session.delete();
  });

  test('an unknown creator role is PERMISSION_DENIED and creates nothing', async () => {
    const before = storedSessions(database).length;
    await expect(database.createSession({ databaseRole: 'nobody' })).rejects.toMatchObject({
      code: 7,
      details: 'Role not found: nobody',
    });
    await expect(database.batchCreateSessions({ count: 2, databaseRole: 'nobody' })).rejects.toMatchObject({
      code: 7,
    });
    expect(storedSessions(database)).toHaveLength(before);
  });

  test('invalid labels are INVALID_ARGUMENT and create nothing', async () => {
    const before = storedSessions(database).length;
    await expect(database.createSession({ labels: { Env: 'dev' } })).rejects.toMatchObject({
      code: 3,
      details: expect.stringContaining('Label keys must be between 1-63 characters long'),
    });
    await expect(database.batchCreateSessions({ count: 2, labels: { env: 'Dev' } })).rejects.toMatchObject({
      code: 3,
      details: expect.stringContaining('Non-empty label values must be between 1-63 characters long'),
    });
    expect(storedSessions(database)).toHaveLength(before);
  });

  test('a session of a database that does not exist is NOT_FOUND Database not found', async () => {
    const missing = instance.database('missing');
    await expect(missing.createSession({})).rejects.toMatchObject({
      code: 5,
      details: 'Database not found: projects/session-project/instances/main/databases/missing',
    });
  });
});

describe("the client's own sessions", () => {
  test('by default: one multiplexed session, created with the Database object, never listed', async () => {
    const database = await createDatabase('multiplexed');
    while (storedSessions(database).length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const stored = storedSessions(database);
    expect(stored).toEqual([{ name: expect.any(String), multiplexed: 1 }]);
    expect(await listedNames(database)).toEqual([]);
    const metadata = await metadataOf(database.session(stored[0].name.split('/').pop()));
    expect(metadata).toMatchObject({ name: stored[0].name, multiplexed: true });
    await expect(database.session(stored[0].name.split('/').pop()).delete()).rejects.toMatchObject({
      code: 3,
      details: 'Multiplexed sessions may not be deleted.',
    });
  });

  test('with multiplexed sessions turned off: a pool made by BatchCreateSessions, deleted on close', async () => {
    await createDatabase('pooled');
    for (const name of POOL_ENV) process.env[name] = 'false';
    let database: Database;
    try {
      database = instance.database('pooled', { labels: { pool: 'classic' } });
    } finally {
      for (const name of POOL_ENV) delete process.env[name];
    }
    const observer = instance.database('pooled');
    while ((await listedNames(observer, 'labels.pool:classic')).length < 25) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(await listedNames(observer, 'labels.pool:classic')).toHaveLength(25);
    await database.close();
    expect(await listedNames(observer)).toEqual([]);
    // The multiplexed sessions of both Database objects remain: clients never delete them.
    expect(storedSessions(observer).every((s) => s.multiplexed === 1)).toBe(true);
  });

  test('dropping a database ends its sessions', async () => {
    const database = await createDatabase('dropped');
    const [session] = await database.createSession({});
    await database.delete();
    await createDatabase('dropped');
    await expect(session.getMetadata()).rejects.toMatchObject({ code: 5 });
    expect(await listedNames(instance.database('dropped'))).toEqual([]);
  });
});
