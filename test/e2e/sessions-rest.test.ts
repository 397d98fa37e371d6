/**
 * Sessions over REST with plain fetch, on an emulator with a data directory: create, batch create,
 * get, list with filters and pages, delete, the errors (with ResourceInfo on NOT_FOUND), multiplexed
 * sessions, the end of a dropped database's sessions; then a restart on the same directory, after
 * which the sessions still work with their last-use times kept; and idle expiry on an emulator
 * with a very short timeout.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Emulator } from '../../src/emulator';
import { restUrl, startEmulator } from '../support/emulator';
import { callJson, type Json } from '../support/rest-client';

const P = 'projects/rest-sessions';
const INSTANCE = `${P}/instances/inst`;
const DB = `${INSTANCE}/databases/shop`;
const SESSION_PATTERN = new RegExp(`^${DB}/sessions/[A-Za-z0-9_-]+$`);

let dataDir: string;
let emulator: Emulator;

const call = (method: string, route: string, body?: unknown) =>
  callJson(restUrl(emulator, `/v1/${route}`), method, body);

async function createDatabase(id: string): Promise<void> {
  const created = await call('POST', `${INSTANCE}/databases`, { createStatement: `CREATE DATABASE \`${id}\`` });
  expect(created.status).toBe(200);
}

async function listNames(database: string, query = ''): Promise<string[]> {
  const listed = await call('GET', `${database}/sessions${query}`);
  expect(listed.status).toBe(200);
  return (listed.json.sessions ?? []).map((s: Json) => s.name);
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sessions-rest-'));
  emulator = await startEmulator({ dataDir });
  const instance = { config: `${P}/instanceConfigs/emulator-config`, displayName: 'I', nodeCount: 1 };
  expect((await call('POST', `${P}/instances`, { instanceId: 'inst', instance })).status).toBe(200);
  await createDatabase('shop');
});

afterAll(async () => {
  await emulator?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('over REST', () => {
  test('creates a session and gets it back whole', async () => {
    const created = await call('POST', `${DB}/sessions`, { session: { labels: { env: 'dev' } } });
    expect(created.status).toBe(200);
    expect(created.json).toEqual({
      name: expect.stringMatching(SESSION_PATTERN),
      labels: { env: 'dev' },
      createTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/),
      approximateLastUseTime: created.json.createTime,
    });
    const got = await call('GET', created.json.name);
    expect(got.status).toBe(200);
    expect(got.json).toMatchObject({
      name: created.json.name,
      labels: { env: 'dev' },
      createTime: created.json.createTime,
    });
    expect(Date.parse(got.json.approximateLastUseTime)).toBeGreaterThanOrEqual(Date.parse(created.json.createTime));
    expect((await call('DELETE', created.json.name)).status).toBe(200);
  });

  test('batch creates, lists by label and by page, deletes', async () => {
    const batch = await call('POST', `${DB}/sessions:batchCreate`, {
      sessionCount: 5,
      sessionTemplate: { labels: { batch: 'b' } },
    });
    expect(batch.status).toBe(200);
    const names: string[] = batch.json.session.map((s: Json) => s.name).sort();
    expect(names).toHaveLength(5);
    expect(await listNames(DB, `?filter=${encodeURIComponent('labels.batch:b')}`)).toEqual(names);

    const first = await call('GET', `${DB}/sessions?pageSize=2&filter=labels.batch:*`);
    expect(first.json.sessions.map((s: Json) => s.name)).toEqual(names.slice(0, 2));
    const token = encodeURIComponent(first.json.nextPageToken);
    const second = await call('GET', `${DB}/sessions?pageSize=3&filter=labels.batch:*&pageToken=${token}`);
    expect(second.json.sessions.map((s: Json) => s.name)).toEqual(names.slice(2));
    expect(second.json.nextPageToken).toBeUndefined();

    for (const name of names) expect((await call('DELETE', name)).json).toEqual({});
    expect(await listNames(DB)).toEqual([]);
  });

  test('a deleted session is 404 Session not found with ResourceInfo; deleting it again is fine', async () => {
    const { json: session } = await call('POST', `${DB}/sessions`, {});
    await call('DELETE', session.name);
    const gone = await call('GET', session.name);
    expect(gone.status).toBe(404);
    expect(gone.json.error).toMatchObject({
      code: 404,
      status: 'NOT_FOUND',
      message: `Session not found: ${session.name}`,
      details: [
        {
          '@type': 'type.googleapis.com/google.rpc.ResourceInfo',
          resourceType: 'type.googleapis.com/google.spanner.v1.Session',
          resourceName: session.name,
          description: 'Session does not exist.',
        },
      ],
    });
    expect((await call('DELETE', session.name)).status).toBe(200);
  });

  test('bad requests are 400 and create nothing', async () => {
    const cases: [string, unknown, string][] = [
      ['sessions', { session: { labels: { 'Bad Key': 'v' } } }, 'Label keys must be between 1-63 characters long'],
      ['sessions', { session: { labels: { k: 'UPPER' } } }, 'Non-empty label values must be between'],
      ['sessions:batchCreate', { sessionCount: 0 }, 'Invalid number of sessions 0.'],
      ['sessions:batchCreate', { sessionCount: -3 }, 'Invalid number of sessions -3.'],
      ['sessions:batchCreate', { sessionCount: 2, sessionTemplate: { multiplexed: true } }, 'Multiplexed sessions may'],
    ];
    for (const [route, body, message] of cases) {
      const response = await call('POST', `${DB}/${route}`, body);
      expect(response.status).toBe(400);
      expect(response.json.error.message).toContain(message);
    }
    const badFilter = await call('GET', `${DB}/sessions?filter=name:x`);
    expect(badFilter.status).toBe(400);
    expect(await listNames(DB)).toEqual([]);
  });

  test('sessions of a missing database or instance are 404', async () => {
    const noDb = await call('POST', `${INSTANCE}/databases/nope/sessions`, {});
    expect(noDb.status).toBe(404);
    expect(noDb.json.error.message).toBe(`Database not found: ${INSTANCE}/databases/nope`);
    const noInstance = await call('GET', `${P}/instances/nope/databases/shop/sessions`);
    expect(noInstance.status).toBe(404);
    expect(noInstance.json.error.message).toBe(`Instance not found: ${P}/instances/nope`);
  });

  test('a multiplexed session is served but never listed nor deleted', async () => {
    const { json: session } = await call('POST', `${DB}/sessions`, { session: { multiplexed: true } });
    expect(session.multiplexed).toBe(true);
    expect(await listNames(DB)).toEqual([]);
    expect((await call('GET', session.name)).json.multiplexed).toBe(true);
    const refused = await call('DELETE', session.name);
    expect(refused.status).toBe(400);
    expect(refused.json.error.message).toBe('Multiplexed sessions may not be deleted.');
  });

  test('dropping a database ends its sessions; a new one of that name starts without them', async () => {
    await createDatabase('temp');
    const temp = `${INSTANCE}/databases/temp`;
    const { json: session } = await call('POST', `${temp}/sessions`, {});
    expect((await call('DELETE', temp)).status).toBe(200);
    expect((await call('GET', session.name)).status).toBe(404);
    await createDatabase('temp');
    expect((await call('GET', session.name)).status).toBe(404);
    expect(await listNames(temp)).toEqual([]);
  });
});

describe('after a restart on the same data directory', () => {
  let regular: Json;
  let multiplexed: Json;
  let listedBefore: Json;

  beforeAll(async () => {
    regular = (await call('POST', `${DB}/sessions`, { session: { labels: { keep: 'yes' }, creatorRole: 'public' } }))
      .json;
    multiplexed = (await call('POST', `${DB}/sessions`, { session: { multiplexed: true } })).json;
    await call('GET', regular.name); // a use after creation, written at shutdown
    listedBefore = (await call('GET', `${DB}/sessions?filter=labels.keep:yes`)).json;
    await emulator.stop();
    emulator = await startEmulator({ dataDir });
  });

  test('sessions are still there with their last-use times, and still work', async () => {
    expect((await call('GET', `${DB}/sessions?filter=labels.keep:yes`)).json).toEqual(listedBefore);
    expect(listedBefore.sessions[0]).toMatchObject({ name: regular.name, creatorRole: 'public' });
    expect(Date.parse(listedBefore.sessions[0].approximateLastUseTime)).toBeGreaterThanOrEqual(
      Date.parse(regular.createTime),
    );
    expect((await call('GET', regular.name)).status).toBe(200);
    expect((await call('GET', multiplexed.name)).json).toMatchObject({ name: multiplexed.name, multiplexed: true });
    expect((await call('DELETE', regular.name)).status).toBe(200);
    expect((await call('GET', regular.name)).status).toBe(404);
  });
});

describe('idle expiry', () => {
  beforeAll(async () => {
    await emulator.stop();
    // One millisecond: a session unused for longer is gone.
    emulator = await startEmulator({ dataDir, sessionIdleTimeoutMicros: 1000 });
  });

  test('a session idle longer than the timeout is 404, and no longer listed', async () => {
    const { json: session } = await call('POST', `${DB}/sessions`, { session: { labels: { idle: 'yes' } } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await listNames(DB, '?filter=labels.idle:yes')).toEqual([]);
    const gone = await call('GET', session.name);
    expect(gone.status).toBe(404);
    expect(gone.json.error.message).toBe(`Session not found: ${session.name}`);
  });
});
