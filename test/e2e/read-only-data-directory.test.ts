/**
 * Admin calls of a real emulator process whose database directory becomes read-only: a drop, an
 * instance deletion or a database creation that cannot change the files is refused with
 * FAILED_PRECONDITION and changes nothing; once the directory is writable again they succeed, and a
 * deleted instance leaves no empty directories behind. Permissions do not stop root, so when the
 * tests run as root the emulator runs as an unprivileged user.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  canRunUnprivileged,
  killAll,
  launchEmulator,
  UNPRIVILEGED_UID,
  waitForReady,
} from '../support/emulator-process';
import { callJson } from '../support/rest-client';

const P = 'projects/p';
const INSTANCE = `${P}/instances/inst`;
const DB = `${INSTANCE}/databases/db1`;

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'read-only-dir-'));
const dataDir = path.join(root, 'data');
const databasesDir = path.join(dataDir, 'projects', 'p', 'instances', 'inst', 'databases');
const dbFile = path.join(databasesDir, 'db1.sqlite');
let restPort: number;

const call = (method: string, route: string, body?: unknown) =>
  callJson(`http://localhost:${restPort}/v1/${route}`, method, body);

beforeAll(async () => {
  fs.chmodSync(root, 0o755);
  const unprivileged = canRunUnprivileged();
  if (unprivileged) fs.chownSync(root, UNPRIVILEGED_UID, UNPRIVILEGED_UID);
  const run = launchEmulator(['--data-dir', dataDir, '--grpc-port', '0', '--rest-port', '0'], { unprivileged });
  ({ restPort } = await waitForReady(run));
  const instance = await call('POST', `${P}/instances`, {
    instanceId: 'inst',
    instance: { config: `${P}/instanceConfigs/emulator-config`, displayName: 'inst', nodeCount: 1 },
  });
  expect(instance.status).toBe(200);
  const db = await call('POST', `${INSTANCE}/databases`, {
    createStatement: 'CREATE DATABASE `db1`',
    extraStatements: ['CREATE TABLE T (K INT64 NOT NULL) PRIMARY KEY (K)'],
  });
  expect(db.status).toBe(200);
}, 60000);

afterAll(() => {
  killAll();
  if (fs.existsSync(databasesDir)) fs.chmodSync(databasesDir, 0o755);
  fs.rmSync(root, { recursive: true, force: true });
});

describe('with the database directory read-only', () => {
  beforeAll(() => fs.chmodSync(databasesDir, 0o555));
  afterAll(() => fs.chmodSync(databasesDir, 0o755));

  test('DropDatabase is refused and the database is still there, schema and file', async () => {
    const dropped = await call('DELETE', DB);
    expect(dropped.status).toBe(400);
    expect(dropped.json.error.status).toBe('FAILED_PRECONDITION');
    expect(dropped.json.error.message).toMatch(
      new RegExp(`^Database ${DB} cannot be dropped: its directory \\S+ does not allow removing files \\(EACCES\\)`),
    );
    expect(dropped.json.error.message).toContain('Nothing was changed');
    expect((await call('GET', DB)).status).toBe(200);
    expect((await call('GET', `${DB}/ddl`)).json.statements).toHaveLength(1);
    expect((await call('GET', `${INSTANCE}/databases`)).json.databases).toHaveLength(1);
    expect(fs.existsSync(dbFile)).toBe(true);
  });

  test('DeleteInstance is refused and the instance keeps its database', async () => {
    const deleted = await call('DELETE', INSTANCE);
    expect(deleted.status).toBe(400);
    expect(deleted.json.error.status).toBe('FAILED_PRECONDITION');
    expect(deleted.json.error.message).toMatch(new RegExp(`^Instance ${INSTANCE} cannot be deleted: `));
    expect((await call('GET', INSTANCE)).status).toBe(200);
    expect((await call('GET', DB)).status).toBe(200);
  });

  test('CreateDatabase is refused and creates nothing', async () => {
    const created = await call('POST', `${INSTANCE}/databases`, { createStatement: 'CREATE DATABASE `db2`' });
    expect(created.status).toBe(400);
    expect(created.json.error.status).toBe('FAILED_PRECONDITION');
    expect(created.json.error.message).toMatch(
      new RegExp(`^Database ${INSTANCE}/databases/db2 cannot be created: its file \\S+ cannot be written \\(.+\\)\\. `),
    );
    expect((await call('GET', `${INSTANCE}/databases/db2`)).status).toBe(404);
    expect(fs.readdirSync(databasesDir).filter((f) => !f.startsWith('db1.sqlite'))).toEqual([]);
  });
});

describe('with the directory writable again', () => {
  test('the drop succeeds and removes the file', async () => {
    expect((await call('DELETE', DB)).status).toBe(200);
    expect((await call('GET', DB)).status).toBe(404);
    expect(fs.existsSync(dbFile)).toBe(false);
  });

  test('deleting the instance leaves no empty directories behind', async () => {
    const other = await call('POST', `${INSTANCE}/databases`, { createStatement: 'CREATE DATABASE `other`' });
    expect(other.status).toBe(200);
    expect((await call('DELETE', INSTANCE)).status).toBe(200);
    expect((await call('GET', INSTANCE)).status).toBe(404);
    expect(fs.existsSync(path.join(dataDir, 'projects'))).toBe(false);
    expect(fs.readdirSync(dataDir).filter((f) => !f.startsWith('emulator.lock') && !f.startsWith('metadata'))).toEqual(
      [],
    );
  });
});
