/**
 * Recovery of schema-change operations through a real server on a data directory, with the crashed
 * state built on disk: the metadata file is put back as it was before a schema change, while the
 * database file keeps the change (what a crash between the two commits leaves). At restart the
 * operation is recorded again, exactly as it was answered; an operation deleted on purpose stays
 * deleted; recovery happens once.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Emulator } from '../../src/emulator';
import { startEmulator } from '../support/emulator';
import { createInstanceAndDatabase, Json, restCall } from '../support/rest-admin';

const DB = 'projects/p/instances/inst/databases/shop';
const ALBUMS = 'CREATE TABLE Albums (AlbumId INT64 NOT NULL) PRIMARY KEY (AlbumId)';

let dataDir: string;
let emulator: Emulator | undefined;
const call = (method: string, route: string, body?: unknown) => restCall(emulator!, method, route, body);
const metadataFile = () => path.join(dataDir, 'metadata.sqlite');

async function restart(): Promise<void> {
  await emulator?.stop();
  emulator = await startEmulator({ dataDir });
}

/** Stops the emulator and puts back a metadata file saved while it was stopped. */
async function stopAndRestoreMetadata(saved: Buffer): Promise<void> {
  await emulator!.stop();
  emulator = undefined;
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${metadataFile()}${suffix}`, { force: true });
  fs.writeFileSync(metadataFile(), saved);
}

/** Applies ALBUMS (with `operationId` if given) as a crash would leave it; returns its operation. */
async function changeThenLoseItsOperation(operationId?: string): Promise<Json> {
  await emulator!.stop();
  const saved = fs.readFileSync(metadataFile());
  emulator = await startEmulator({ dataDir });
  const updated = await call('PATCH', `${DB}/ddl`, { statements: [ALBUMS], operationId });
  expect(updated.status).toBe(200);
  await stopAndRestoreMetadata(saved);
  return updated.json;
}

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-op-recovery-'));
  emulator = await startEmulator({ dataDir });
  await createInstanceAndDatabase(emulator, DB, []);
});

afterEach(async () => {
  await emulator?.stop();
  emulator = undefined;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('an operation with a generated id is recorded again at restart, as it was answered', async () => {
  const answered = await changeThenLoseItsOperation();
  expect(answered.name).toMatch(new RegExp(`^${DB}/operations/_auto\\d+$`));
  await restart();
  const operation = await call('GET', answered.name);
  expect(operation.status).toBe(200);
  expect(operation.json).toEqual(answered);
  expect((await call('GET', `${DB}/ddl`)).json.statements).toEqual([expect.stringContaining('CREATE TABLE Albums')]);
});

test('recovery happens once: later restarts and schema changes do not record the operation again', async () => {
  await changeThenLoseItsOperation('add_albums');
  await restart();
  await restart();
  const later = await call('PATCH', `${DB}/ddl`, { statements: ['CREATE TABLE Other (K INT64) PRIMARY KEY (K)'] });
  expect(later.status).toBe(200);
  const listed = await call('GET', `${DB}/operations`);
  const names = listed.json.operations.map((o: Json) => o.name);
  expect(names.filter((n: string) => n === `${DB}/operations/add_albums`)).toHaveLength(1);
  expect(names).toHaveLength(3); // CreateDatabase, the recovered change, the later change
});

test('an operation deleted on purpose stays deleted across restarts', async () => {
  const updated = await call('PATCH', `${DB}/ddl`, { statements: [ALBUMS], operationId: 'add_albums' });
  expect(updated.status).toBe(200);
  expect((await call('DELETE', `${DB}/operations/add_albums`)).status).toBe(200);
  await restart();
  expect((await call('GET', `${DB}/operations/add_albums`)).status).toBe(404);
});

test('a database dropped and created again under its name does not inherit the old record', async () => {
  await call('PATCH', `${DB}/ddl`, { statements: [ALBUMS], operationId: 'add_albums' });
  expect((await call('DELETE', DB)).status).toBe(200);
  await createInstanceAndDatabase(emulator!, DB, []);
  const answered = await changeThenLoseItsOperation('add_albums_again');
  await restart();
  expect((await call('GET', answered.name)).json).toEqual(answered);
  expect((await call('GET', `${DB}/operations/add_albums`)).status).toBe(404);
});
