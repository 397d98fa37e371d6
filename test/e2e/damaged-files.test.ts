/**
 * Damaged files across a restart of a real server on a data directory: a database file truncated
 * to nothing or with random bytes inside is detected when opened and its database kept unavailable
 * (FAILED_PRECONDITION saying why, left out of listings, droppable) while the others are served; a
 * damaged metadata file stops startup with one line naming it. No damaged file is written to.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { StartupError } from '../../src/common/startup-error';
import { Emulator } from '../../src/emulator';
import { startEmulator } from '../support/emulator';
import { createInstanceAndDatabase, restCall } from '../support/rest-admin';

const INSTANCE = 'projects/p/instances/inst';
const DAMAGED = `${INSTANCE}/databases/damaged`;
const HEALTHY = `${INSTANCE}/databases/healthy`;
const SCHEMA = ['CREATE TABLE T (K INT64 NOT NULL, V STRING(MAX)) PRIMARY KEY (K)', 'CREATE INDEX TByV ON T (V)'];

let dataDir: string;
let emulator: Emulator | undefined;

const databaseFile = (id: string) =>
  path.join(dataDir, 'projects', 'p', 'instances', 'inst', 'databases', `${id}.sqlite`);
const digest = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const call = (method: string, route: string, body?: unknown) => restCall(emulator!, method, route, body);

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'damaged-files-'));
  emulator = await startEmulator({ dataDir });
  await createInstanceAndDatabase(emulator, DAMAGED, SCHEMA);
  await createInstanceAndDatabase(emulator, HEALTHY, SCHEMA);
  await emulator.stop(); // a clean stop: every database file is whole, without a -wal beside it
  emulator = undefined;
});

afterEach(async () => {
  await emulator?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Starts on the data directory; should it start, afterEach stops it. */
function startAndKeep(): Promise<Emulator> {
  return startEmulator({ dataDir }).then((started) => (emulator = started));
}

async function expectUnavailable(reason: RegExp): Promise<void> {
  for (const route of [DAMAGED, `${DAMAGED}/ddl`]) {
    const answer = await call('GET', route);
    expect(answer.status).toBe(400);
    expect(answer.json.error.status).toBe('FAILED_PRECONDITION');
    expect(answer.json.error.message).toMatch(new RegExp(`^Database ${DAMAGED} is unavailable: its file \\S+ `));
    expect(answer.json.error.message).toMatch(reason);
    expect(answer.json.error.message).toContain(
      'restore it from a backup and restart the emulator, or drop the database',
    );
  }
  const listed = await call('GET', `${INSTANCE}/databases`);
  expect(listed.json.databases.map((d: { name: string }) => d.name)).toEqual([HEALTHY]);
  expect((await call('GET', `${HEALTHY}/ddl`)).json.statements).toHaveLength(2);
}

test('a database file truncated to 0 bytes is unavailable, not served empty, and is left as it is', async () => {
  fs.truncateSync(databaseFile('damaged'), 0);
  emulator = await startEmulator({ dataDir });
  await expectUnavailable(/is damaged: it is empty \(0 bytes\)/);
  expect(fs.statSync(databaseFile('damaged')).size).toBe(0);
  expect((await call('DELETE', DAMAGED)).status).toBe(200);
  expect((await call('GET', DAMAGED)).status).toBe(404);
});

test('4 KB of random bytes inside a database file make it unavailable; the file is not written to', async () => {
  const file = databaseFile('damaged');
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, crypto.randomBytes(4096), 0, 4096, 4096); // page 2 onwards: a b-tree page of the file
  fs.closeSync(fd);
  const before = digest(file);
  emulator = await startEmulator({ dataDir });
  await expectUnavailable(/is damaged: (SQLite's integrity check reports |database disk image is malformed)/);
  await emulator.stop();
  emulator = undefined;
  expect(digest(file)).toBe(before);
  expect(fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0).toBe(0); // nothing logged to write back
});

test('a damaged metadata file stops startup with a message naming it, and is left as it is', async () => {
  const metadata = path.join(dataDir, 'metadata.sqlite');
  const fd = fs.openSync(metadata, 'r+');
  fs.writeSync(fd, crypto.randomBytes(4096), 0, 4096, 4096);
  fs.closeSync(fd);
  const before = digest(metadata);
  const started = startAndKeep();
  await expect(started).rejects.toThrow(StartupError);
  await expect(started).rejects.toThrow(
    new RegExp(`^The metadata file ${metadata} is damaged: .*It was left as it is: restore it from a backup`),
  );
  expect(digest(metadata)).toBe(before);
});

test('a metadata file truncated to 0 bytes stops startup instead of starting empty', async () => {
  const metadata = path.join(dataDir, 'metadata.sqlite');
  fs.truncateSync(metadata, 0);
  await expect(startAndKeep()).rejects.toThrow(`The metadata file ${metadata} is damaged: it is empty`);
  expect(fs.statSync(metadata).size).toBe(0);
  expect(fs.existsSync(databaseFile('healthy'))).toBe(true); // not set aside as belonging to no database
});
