/**
 * The admin plane over REST with plain fetch, on an emulator with a data directory, then across a
 * restart on the same directory: instances, databases, their DDL and operations are all still
 * there, and schema changes keep working with later commit timestamps.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Emulator } from '../../src/emulator';
import { restUrl, startEmulator } from '../support/emulator';
import { callJson, type Json } from '../support/rest-client';

const P = 'projects/rest-project';
const INSTANCE = `${P}/instances/inst`;
const DB = `${INSTANCE}/databases/shop`;
const INT_ENUMS = '$alt=json;enum-encoding=int';

let dataDir: string;
let emulator: Emulator;

const call = (method: string, route: string, body?: unknown) =>
  callJson(restUrl(emulator, `/v1/${route}`), method, body);

/** Reads the operation back through its REST path with numeric enums, as Google's REST clients poll. */
async function awaitOperation(operation: Json): Promise<Json> {
  const polled = await call('GET', `${operation.name}?${INT_ENUMS}`);
  expect(polled.status).toBe(200);
  expect(polled.json.done).toBe(true);
  return polled.json;
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'admin-rest-'));
  emulator = await startEmulator({ dataDir });
});

afterAll(async () => {
  await emulator?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('over REST', () => {
  test('creates an instance; its operation is served at the instance operation path', async () => {
    const created = await call('POST', `${P}/instances`, {
      instanceId: 'inst',
      instance: { config: `${P}/instanceConfigs/emulator-config`, displayName: 'Inst', processingUnits: 100 },
    });
    expect(created.status).toBe(200);
    const done = await awaitOperation(created.json);
    expect(done.name).toMatch(new RegExp(`^${INSTANCE}/operations/`));
    expect(done.metadata['@type']).toBe('type.googleapis.com/google.spanner.admin.instance.v1.CreateInstanceMetadata');
    expect(done.response).toMatchObject({ name: INSTANCE, processingUnits: 100, state: 2 });
    expect(done.response.nodeCount).toBeUndefined(); // proto3 JSON omits the zero node count
  });

  test('creates a database with a schema and reads it back', async () => {
    const created = await call('POST', `${INSTANCE}/databases`, {
      createStatement: 'CREATE DATABASE `shop`',
      extraStatements: ['CREATE TABLE Items (Id INT64 NOT NULL, Name STRING(100)) PRIMARY KEY (Id)'],
    });
    expect(created.status).toBe(200);
    const done = await awaitOperation(created.json);
    expect(done.response).toMatchObject({ name: DB, databaseDialect: 1 });
    const ddl = await call('GET', `${DB}/ddl`);
    expect(ddl.json.statements).toEqual([
      'CREATE TABLE Items (\n  Id INT64 NOT NULL,\n  Name STRING(100),\n) PRIMARY KEY(Id)',
    ]);
  });

  test('UpdateDatabaseDdl with an operation id: named operation, commit timestamps, no reuse', async () => {
    const statements = [
      'CREATE TABLE Orders (Id INT64 NOT NULL) PRIMARY KEY (Id)',
      'ALTER TABLE Items ADD COLUMN Price FLOAT64',
    ];
    const updated = await call('PATCH', `${DB}/ddl`, { statements, operationId: 'add_orders' });
    expect(updated.status).toBe(200);
    const done = await awaitOperation(updated.json);
    expect(done.name).toBe(`${DB}/operations/add_orders`);
    expect(done.metadata).toMatchObject({ database: DB, statements });
    expect(done.metadata.commitTimestamps).toHaveLength(2);
    expect(done.metadata.commitTimestamps[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/);
    expect(done.metadata.actions).toEqual([
      { action: 'CREATE', entityType: 'TABLE', entityNames: ['Orders'] },
      { action: 'ALTER', entityType: 'TABLE', entityNames: ['Items'] },
    ]);
    const again = await call('PATCH', `${DB}/ddl`, { statements: ['DROP TABLE Orders'], operationId: 'add_orders' });
    expect(again.status).toBe(409);
    expect(again.json.error).toMatchObject({
      status: 'ALREADY_EXISTS',
      message: `Operation already exists: ${DB}/operations/add_orders`,
    });
  });

  test('a bad statement is a 400 with the statement error; nothing of the batch is applied', async () => {
    const bad = await call('PATCH', `${DB}/ddl`, {
      statements: ['CREATE TABLE Extra (Id INT64) PRIMARY KEY (Id)', 'CREATE TABLE Orders (Id INT64) PRIMARY KEY (Id)'],
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatchObject({
      status: 'FAILED_PRECONDITION',
      message: 'Duplicate name in schema: Orders.',
    });
    expect((await call('GET', `${DB}/ddl`)).json.statements).toHaveLength(2);
  });

  test('lists operations with a filter, and database operations of the instance', async () => {
    const listed = await call('GET', `${DB}/operations`);
    expect(listed.json.operations.map((o: Json) => o.metadata['@type'].split('.').pop())).toEqual([
      'CreateDatabaseMetadata',
      'UpdateDatabaseDdlMetadata',
    ]);
    const filter = encodeURIComponent('metadata.@type:UpdateDatabaseDdlMetadata AND done:true');
    const filtered = await call('GET', `${INSTANCE}/databaseOperations?filter=${filter}`);
    expect(filtered.json.operations.map((o: Json) => o.name)).toEqual([`${DB}/operations/add_orders`]);
  });

  test('missing resources are 404 with ResourceInfo; unsupported features are 501', async () => {
    const missing = await call('GET', `${INSTANCE}/databases/nope`);
    expect(missing.status).toBe(404);
    expect(missing.json.error.details[0]).toMatchObject({
      '@type': 'type.googleapis.com/google.rpc.ResourceInfo',
      resourceName: `${INSTANCE}/databases/nope`,
    });
    const backup = await call('GET', `${INSTANCE}/backups`);
    expect(backup.status).toBe(501);
    expect(backup.json.error.message).toBe(
      'DatabaseAdmin.ListBackups is not supported: the emulator does not support backups.',
    );
  });

  test('operations can be cancelled (a no-op once done), deleted, and listed per instance', async () => {
    const created = await call('POST', `${INSTANCE}/databases`, { createStatement: 'CREATE DATABASE `temp`' });
    const name = created.json.name;
    expect((await call('POST', `${name}:cancel`, {})).status).toBe(200);
    expect((await call('GET', name)).json.done).toBe(true);
    expect((await call('DELETE', name)).status).toBe(200);
    const gone = await call('GET', name);
    expect(gone.status).toBe(404);
    expect(gone.json.error.message).toBe(`Operation not found: ${name}`);
    const ofInstance = await call('GET', `${INSTANCE}/operations`);
    expect(ofInstance.json.operations.map((o: Json) => o.metadata['@type'].split('.').pop())).toEqual([
      'CreateInstanceMetadata',
    ]);
  });

  test('a dropped database loses its file', async () => {
    const created = await call('POST', `${INSTANCE}/databases`, { createStatement: 'CREATE DATABASE `scratch`' });
    await awaitOperation(created.json);
    const file = path.join(dataDir, 'projects', 'rest-project', 'instances', 'inst', 'databases', 'scratch.sqlite');
    expect(fs.existsSync(file)).toBe(true);
    expect((await call('DELETE', `${INSTANCE}/databases/scratch`)).status).toBe(200);
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('after a restart on the same data directory', () => {
  let before: { instance: Json; database: Json; databases: Json; ddl: Json; operations: Json };

  beforeAll(async () => {
    before = {
      instance: (await call('GET', INSTANCE)).json,
      database: (await call('GET', DB)).json,
      databases: (await call('GET', `${INSTANCE}/databases`)).json,
      ddl: (await call('GET', `${DB}/ddl`)).json,
      operations: (await call('GET', `${DB}/operations`)).json,
    };
    await emulator.stop();
    emulator = await startEmulator({ dataDir });
  });

  test('instances, databases, DDL and operations are unchanged', async () => {
    expect((await call('GET', INSTANCE)).json).toEqual(before.instance);
    const database = (await call('GET', DB)).json;
    expect({ ...database, earliestVersionTime: undefined }).toEqual({
      ...before.database,
      earliestVersionTime: undefined,
    });
    expect((await call('GET', `${DB}/ddl`)).json).toEqual(before.ddl);
    expect((await call('GET', `${DB}/operations`)).json).toEqual(before.operations);
    const databases = (await call('GET', `${INSTANCE}/databases`)).json.databases;
    expect(databases.map((d: Json) => d.name)).toEqual(before.databases.databases.map((d: Json) => d.name));
    expect(databases.map((d: Json) => d.name)).toContain(DB);
  });

  test('schema changes continue, at later commit timestamps', async () => {
    const updated = await call('PATCH', `${DB}/ddl`, {
      statements: ['CREATE TABLE Later (Id INT64 NOT NULL) PRIMARY KEY (Id)'],
    });
    expect(updated.status).toBe(200);
    const done = await awaitOperation(updated.json);
    const previous = before.operations.operations.find((o: Json) => o.name.endsWith('/add_orders'));
    expect(Date.parse(done.metadata.commitTimestamps[0])).toBeGreaterThan(
      Date.parse(previous.metadata.commitTimestamps[0]),
    );
    expect((await call('GET', `${DB}/ddl`)).json.statements).toHaveLength(before.ddl.statements.length + 1);
  });
});
