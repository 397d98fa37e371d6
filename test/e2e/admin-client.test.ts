/**
 * The admin plane through the official Node client (@google-cloud/spanner) against a real
 * in-memory emulator: instances, databases with a schema, schema changes, metadata, listings,
 * drop protection, and the errors clients rely on.
 */
import { Spanner } from '@google-cloud/spanner';
import type { Instance } from '@google-cloud/spanner/build/src/instance';
import { Emulator } from '../../src/emulator';
import { startEmulator } from '../support/emulator';

let emulator: Emulator;
let spanner: Spanner;
let instance: Instance;

const SINGERS = 'CREATE TABLE Singers (SingerId INT64 NOT NULL, Name STRING(MAX)) PRIMARY KEY (SingerId)';
const ALBUMS = 'CREATE TABLE Albums (SingerId INT64 NOT NULL, AlbumId INT64 NOT NULL) PRIMARY KEY (SingerId, AlbumId)';

beforeAll(async () => {
  emulator = await startEmulator();
  process.env.SPANNER_EMULATOR_HOST = `localhost:${emulator.grpcPort}`;
  process.env.METADATA_SERVER_DETECTION = 'none';
  spanner = new Spanner({ projectId: 'admin-project' });
  const [created, operation] = await spanner.createInstance('main', {
    config: 'regional-us-central1',
    displayName: 'Main',
    labels: { env: 'test' },
  });
  await operation.promise();
  instance = created;
});

afterAll(async () => {
  await spanner?.close();
  await emulator?.stop();
});

async function createDatabase(id: string, schema: string[]) {
  const [database, operation] = await instance.createDatabase(id, { schema });
  await operation.promise();
  return database;
}

describe('instances', () => {
  test('a created instance reads back with its config, capacity and labels', async () => {
    const [metadata] = await instance.getMetadata();
    expect(metadata).toMatchObject({
      name: 'projects/admin-project/instances/main',
      config: 'projects/admin-project/instanceConfigs/regional-us-central1',
      displayName: 'Main',
      nodeCount: 1,
      processingUnits: 1000,
      state: 'READY',
      labels: { env: 'test' },
    });
  });

  test('a second instance of the same name is ALREADY_EXISTS', async () => {
    await expect(spanner.createInstance('main', { config: 'emulator-config' })).rejects.toMatchObject({
      code: 6,
      details: 'Instance already exists: projects/admin-project/instances/main',
    });
  });

  test('an invalid instance id is INVALID_ARGUMENT', async () => {
    await expect(spanner.createInstance('Bad_Id', { config: 'emulator-config' })).rejects.toMatchObject({ code: 3 });
  });

  test('updates by field mask, lists with a label filter, and deletes', async () => {
    const [other, created] = await spanner.createInstance('other', { config: 'emulator-config', processingUnits: 500 });
    await created.promise();
    const [updated] = await other.setMetadata({ displayName: 'Other', nodeCount: 2 });
    await updated.promise();
    const [metadata] = await other.getMetadata();
    expect(metadata).toMatchObject({ displayName: 'Other', nodeCount: 2, processingUnits: 2000 });
    const [labelled] = await spanner.getInstances({ filter: 'labels.env:test' });
    expect(labelled.map((i) => i.formattedName_)).toEqual(['projects/admin-project/instances/main']);
    const [all] = await spanner.getInstances();
    expect(all).toHaveLength(2);
    await other.delete();
    await expect(other.getMetadata()).rejects.toMatchObject({ code: 5 });
  });
});

describe('databases', () => {
  test('created with a schema, changed, read back', async () => {
    const database = await createDatabase('music', [SINGERS]);
    const [operation] = await database.updateSchema([ALBUMS]);
    await operation.promise();
    const [schema] = await database.getSchema();
    expect(schema).toEqual([
      'CREATE TABLE Singers (\n  SingerId INT64 NOT NULL,\n  Name STRING(MAX),\n) PRIMARY KEY(SingerId)',
      'CREATE TABLE Albums (\n  SingerId INT64 NOT NULL,\n  AlbumId INT64 NOT NULL,\n) PRIMARY KEY(SingerId, AlbumId)',
    ]);
    const [metadata] = await database.getMetadata();
    expect(metadata).toMatchObject({
      name: 'projects/admin-project/instances/main/databases/music',
      state: 'READY',
      databaseDialect: 'GOOGLE_STANDARD_SQL',
      versionRetentionPeriod: '1h',
      enableDropProtection: false,
    });
    expect(Number(metadata.createTime!.seconds)).toBeGreaterThan(0);
  });

  test('listed, with their operations', async () => {
    const database = await createDatabase('listed', []);
    const [databases] = await instance.getDatabases();
    expect(databases.map((d) => d.formattedName_)).toContain('projects/admin-project/instances/main/databases/listed');
    const [operations] = await database.getOperations();
    expect(operations.map((o) => [o.name, o.done])).toEqual([
      [expect.stringMatching(/databases\/listed\/operations\//), true],
    ]);
  });

  test('a missing database is NOT_FOUND', async () => {
    await expect(instance.database('missing').getMetadata()).rejects.toMatchObject({
      code: 5,
      details: 'Database not found: projects/admin-project/instances/main/databases/missing',
    });
  });

  test('a DDL syntax error is INVALID_ARGUMENT naming the statement, and changes nothing', async () => {
    const database = await createDatabase('syntax', [SINGERS]);
    await expect(database.updateSchema([ALBUMS, 'CREATE TABLE Bad ('])).rejects.toMatchObject({
      code: 3,
      details:
        "Error parsing Spanner DDL statement: CREATE TABLE Bad ( : Syntax error on line 1, column 18: Expecting ')' but found 'EOF'",
    });
    const [schema] = await database.getSchema();
    expect(schema).toHaveLength(1);
  });

  test('a schema error in CreateDatabase creates no database', async () => {
    await expect(instance.createDatabase('dup', { schema: [SINGERS, SINGERS] })).rejects.toMatchObject({
      code: 9,
      details: 'Duplicate name in schema: Singers.',
    });
    await expect(instance.database('dup').getMetadata()).rejects.toMatchObject({ code: 5 });
  });

  test('a PostgreSQL database is refused as the official emulator refuses it', async () => {
    await expect(instance.createDatabase('pg', { databaseDialect: 'POSTGRESQL' })).rejects.toMatchObject({
      code: 3,
      details: 'Cannot create a PostgreSQL database.',
    });
  });

  test('drop protection blocks DropDatabase until lifted', async () => {
    const database = await createDatabase('guarded', []);
    const [protect] = await database.setMetadata({ enableDropProtection: true });
    await protect.promise();
    const [metadata] = await database.getMetadata();
    expect(metadata.enableDropProtection).toBe(true);
    await expect(database.delete()).rejects.toMatchObject({ code: 9 });
    const [release] = await database.setMetadata({ enableDropProtection: false });
    await release.promise();
    await database.delete();
    await expect(database.getMetadata()).rejects.toMatchObject({ code: 5 });
  });
});
