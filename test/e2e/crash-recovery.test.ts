/**
 * A real `kill -9` of an emulator process between a schema change's commit to the database file
 * and the metadata commit of its operation (the point is chosen by test/support/crash-point.ts).
 * After a restart the change and its operation are both there: GetOperation answers it as it would
 * have been answered, and a retry with the same operation_id is refused as a duplicate operation
 * rather than failing on the object the change already created.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { killAll, launchEmulator, waitForReady } from '../support/emulator-process';
import { callJson } from '../support/rest-client';

const P = 'projects/p';
const INSTANCE = `${P}/instances/inst`;
const DB = `${INSTANCE}/databases/shop`;
const SINGERS = 'CREATE TABLE Singers (SingerId INT64 NOT NULL) PRIMARY KEY (SingerId)';
const ALBUMS = 'CREATE TABLE Albums (AlbumId INT64 NOT NULL) PRIMARY KEY (AlbumId)';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crash-recovery-'));
const args = ['--data-dir', dataDir, '--grpc-port', '0', '--rest-port', '0'];
let restPort: number;

afterAll(() => {
  killAll();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const call = (method: string, route: string, body?: unknown) =>
  callJson(`http://localhost:${restPort}/v1/${route}`, method, body);

test('a schema change whose operation a kill -9 kept from being recorded gets its operation at restart', async () => {
  const crashing = launchEmulator(args, {
    preload: ['test/support/crash-point.ts'],
    env: { EMULATOR_TEST_CRASH_BEFORE_RECORDING: 'add_albums' },
  });
  ({ restPort } = await waitForReady(crashing));
  const instance = await call('POST', `${P}/instances`, {
    instanceId: 'inst',
    instance: { config: `${P}/instanceConfigs/emulator-config`, displayName: 'inst', nodeCount: 1 },
  });
  expect(instance.status).toBe(200);
  const created = await call('POST', `${INSTANCE}/databases`, {
    createStatement: 'CREATE DATABASE `shop`',
    extraStatements: [SINGERS],
  });
  expect(created.status).toBe(200);
  await expect(call('PATCH', `${DB}/ddl`, { statements: [ALBUMS], operationId: 'add_albums' })).rejects.toThrow();
  expect(await crashing.exit).toBeNull(); // killed by a signal, not exited
  expect(crashing.child.signalCode).toBe('SIGKILL');

  const restarted = launchEmulator(args);
  ({ restPort } = await waitForReady(restarted));
  const operation = await call('GET', `${DB}/operations/add_albums`);
  expect(operation.status).toBe(200);
  expect(operation.json).toMatchObject({ name: `${DB}/operations/add_albums`, done: true, response: {} });
  expect(operation.json.metadata).toMatchObject({ database: DB, statements: [ALBUMS] });
  expect(operation.json.metadata.commitTimestamps).toHaveLength(1);

  const retried = await call('PATCH', `${DB}/ddl`, { statements: [ALBUMS], operationId: 'add_albums' });
  expect(retried.status).toBe(409);
  expect(retried.json.error.message).toBe(`Operation already exists: ${DB}/operations/add_albums`);
  expect((await call('GET', `${DB}/ddl`)).json.statements).toHaveLength(2);
  expect(restarted.output()).toContain(`Recorded operation ${DB}/operations/add_albums from the file of ${DB}`);
  restarted.child.kill('SIGTERM');
  expect(await restarted.exit).toBe(0);
}, 90000);
