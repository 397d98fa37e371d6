/**
 * Sessions over the admin plane and a real data directory, with an explicit clock: creation and
 * its checks, use recording, idle expiry of both kinds (on access, in listings and by the
 * collector), deletion, the end of a database's sessions when it is dropped, the listeners told
 * of every end, ListSessions' label filter, and what a restart keeps and removes.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Clock } from '../../src/common/clock';
import { Logger } from '../../src/common/logger';
import { openStorage, Storage } from '../../src/resources/data-directory';
import { Code, SESSION_RESOURCE_TYPE } from '../../src/errors';
import { AdminPlane } from '../../src/resources/admin-plane';
import { createDatabase, dropDatabase } from '../../src/resources/databases/databases';
import { GarbageCollector } from '../../src/resources/garbage-collector';
import { createInstance, deleteInstance } from '../../src/resources/instances/instances';
import { SessionEndReason, SessionRegistry } from '../../src/resources/sessions/session-registry';
import { SessionStore } from '../../src/resources/sessions/session-store';
import * as sessions from '../../src/resources/sessions/sessions';

class FakeClock implements Clock {
  now = 1_700_000_000_000_000;
  nowMicros(): number {
    return this.now;
  }
}

const HOUR = 3_600_000_000;
const DAY = 24 * HOUR;
const INSTANCE = 'projects/p/instances/inst';
const DB = `${INSTANCE}/databases/db`;
const REGULAR = { labels: {}, creatorRole: '', multiplexed: false };
const MULTIPLEXED = { ...REGULAR, multiplexed: true };
const logger = new Logger('silent');

let dir: string;
let storage: Storage;
let clock: FakeClock;
let plane: AdminPlane;
let registry: SessionRegistry;
let ended: [string, SessionEndReason][];

function open(): void {
  storage = openStorage(dir);
  plane = AdminPlane.open(storage, logger, clock);
  registry = SessionRegistry.open(plane, storage.metadata, { flushIntervalMs: 0 }, logger);
  ended = [];
  registry.onEnded((s, reason) => ended.push([s.name, reason]));
}

function close(): void {
  registry.close();
  plane.close();
  storage.close();
}

function database(id: string, statements: string[] = []): void {
  const input = { parent: INSTANCE, createStatement: `CREATE DATABASE ${id}`, extraStatements: statements };
  createDatabase(plane, { ...input, dialect: 'UNSPECIFIED' }, () => {});
}

const storedRows = () => new SessionStore(storage.metadata).all();
const notFound = (name: string) =>
  expect.objectContaining({
    code: Code.NOT_FOUND,
    message: `Session not found: ${name}`,
    details: [
      expect.objectContaining({ kind: 'resourceInfo', resourceType: SESSION_RESOURCE_TYPE, resourceName: name }),
    ],
  });
const error = (code: Code, message: string) => expect.objectContaining({ code, message });

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sessions-'));
  clock = new FakeClock();
  open();
  const config = 'projects/p/instanceConfigs/emulator-config';
  const spec = { name: '', config, displayName: 'I', nodeCount: 1, processingUnits: 0, labels: {}, edition: '' };
  createInstance(plane, 'projects/p', 'inst', spec);
  database('db', ['CREATE ROLE analyst']);
});

afterEach(() => {
  close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('creating', () => {
  test('a session is named under its database, stored, and carries what was asked', () => {
    const template = { labels: { env: 'dev' }, creatorRole: 'analyst', multiplexed: false };
    const session = sessions.createSession(plane, registry, DB, template);
    expect(session).toEqual({
      name: expect.stringMatching(new RegExp(`^${DB}/sessions/[A-Za-z0-9_-]{44}$`)),
      database: DB,
      labels: { env: 'dev' },
      creatorRole: 'analyst',
      multiplexed: false,
      createTime: clock.now,
      lastUseTime: clock.now,
    });
    expect(storedRows()).toEqual([session]);
  });

  test('a batch creates distinct sessions in one write, at most 100', () => {
    const created = sessions.batchCreateSessions(plane, registry, DB, REGULAR, 250);
    expect(new Set(created.map((s) => s.name)).size).toBe(100);
    expect(storedRows()).toHaveLength(100);
  });

  test.each([
    ['projects/p/instances/gone/databases/db', Code.NOT_FOUND, 'Instance not found: projects/p/instances/gone'],
    [`${INSTANCE}/databases/gone`, Code.NOT_FOUND, `Database not found: ${INSTANCE}/databases/gone`],
    ['databases/db', Code.INVALID_ARGUMENT, 'Invalid project uri: databases/db'],
  ])('the database %j is refused', (database, code, message) => {
    expect(() => sessions.createSession(plane, registry, database, REGULAR)).toThrow(error(code, message));
    expect(() => sessions.batchCreateSessions(plane, registry, database, REGULAR, 3)).toThrow(error(code, message));
    expect(storedRows()).toEqual([]);
  });

  test('bad labels, an unknown role, a bad count and a multiplexed batch change nothing', () => {
    expect(() => sessions.createSession(plane, registry, DB, { ...REGULAR, labels: { Env: 'x' } })).toThrow(
      expect.objectContaining({ code: Code.INVALID_ARGUMENT }),
    );
    expect(() => sessions.createSession(plane, registry, DB, { ...REGULAR, creatorRole: 'nobody' })).toThrow(
      error(Code.PERMISSION_DENIED, 'Role not found: nobody'),
    );
    expect(() => sessions.batchCreateSessions(plane, registry, DB, REGULAR, 0)).toThrow(
      expect.objectContaining({ code: Code.INVALID_ARGUMENT }),
    );
    expect(() => sessions.batchCreateSessions(plane, registry, DB, MULTIPLEXED, 2)).toThrow(
      error(Code.INVALID_ARGUMENT, 'Multiplexed sessions may not be created in batch.'),
    );
    expect(storedRows()).toEqual([]);
  });
});

describe('using', () => {
  test('get returns the session with its open database and records the use', () => {
    const { name } = sessions.createSession(plane, registry, DB, REGULAR);
    clock.now += 1000;
    const live = registry.get(name);
    expect(live.session.lastUseTime).toBe(clock.now);
    expect(live.database).toBe(plane.registry.get(DB));
    expect(storedRows()[0].lastUseTime).toBe(clock.now - 1000); // written lazily...
    registry.flush();
    expect(storedRows()[0].lastUseTime).toBe(clock.now); // ...in batches
  });

  test('a missing session is NOT_FOUND with ResourceInfo; a malformed name INVALID_ARGUMENT', () => {
    expect(() => registry.get(`${DB}/sessions/nope`)).toThrow(notFound(`${DB}/sessions/nope`));
    expect(() => registry.get('nope')).toThrow(expect.objectContaining({ code: Code.INVALID_ARGUMENT }));
  });

  test('a regular session ends after an hour idle; a use keeps it alive', () => {
    const { name } = sessions.createSession(plane, registry, DB, REGULAR);
    clock.now += HOUR;
    registry.get(name);
    clock.now += HOUR;
    expect(registry.get(name).session.name).toBe(name);
    clock.now += HOUR + 1;
    expect(() => registry.get(name)).toThrow(notFound(name));
    expect(ended).toEqual([[name, 'expired']]);
    expect(storedRows()).toEqual([]);
  });

  test('a multiplexed session outlives an hour idle, ends after 28 days, and is never listed', () => {
    const { name } = sessions.createSession(plane, registry, DB, MULTIPLEXED);
    expect(sessions.listSessions(plane, registry, DB, '')).toEqual([]);
    clock.now += 2 * HOUR;
    expect(registry.get(name).session.multiplexed).toBe(true);
    clock.now += 28 * DAY + 1;
    expect(() => registry.get(name)).toThrow(notFound(name));
  });

  test('the collector ends idle sessions nobody uses again', async () => {
    const idle = sessions.batchCreateSessions(plane, registry, DB, REGULAR, 5);
    const multiplexed = sessions.createSession(plane, registry, DB, MULTIPLEXED);
    clock.now += HOUR / 2;
    const used = sessions.createSession(plane, registry, DB, REGULAR);
    clock.now += HOUR / 2 + 1;
    const options = { intervalMs: 0, operationRetentionMicros: 7 * DAY, sessions: registry, batchSize: 2 };
    expect((await new GarbageCollector(plane, logger, options).runPass()).sessions).toBe(5);
    expect(ended.map(([, reason]) => reason)).toEqual(Array(5).fill('expired'));
    expect(storedRows().map((s) => s.name)).toEqual([multiplexed.name, used.name].sort());
    expect(() => registry.get(idle[0].name)).toThrow(notFound(idle[0].name));
  });
});

describe('ending', () => {
  test('DeleteSession ends a regular session; deleting it again is not an error', () => {
    const { name } = sessions.createSession(plane, registry, DB, REGULAR);
    registry.delete(name);
    expect(ended).toEqual([[name, 'deleted']]);
    expect(() => registry.get(name)).toThrow(notFound(name));
    expect(() => registry.delete(name)).not.toThrow();
    expect(() => registry.delete('projects/p')).toThrow(expect.objectContaining({ code: Code.INVALID_ARGUMENT }));
  });

  test('a multiplexed session cannot be deleted', () => {
    const { name } = sessions.createSession(plane, registry, DB, MULTIPLEXED);
    expect(() => registry.delete(name)).toThrow(
      error(Code.INVALID_ARGUMENT, 'Multiplexed sessions may not be deleted.'),
    );
    expect(registry.get(name).session.name).toBe(name);
  });

  test('dropping a database ends its sessions, and a new database of that name does not see them', () => {
    database('other');
    const mine = [
      sessions.createSession(plane, registry, DB, REGULAR),
      sessions.createSession(plane, registry, DB, MULTIPLEXED),
    ];
    const other = sessions.createSession(plane, registry, `${INSTANCE}/databases/other`, REGULAR);
    dropDatabase(plane, DB);
    expect(ended.sort()).toEqual(mine.map((s) => [s.name, 'databaseDropped']).sort());
    for (const { name } of mine) expect(() => registry.get(name)).toThrow(notFound(name));
    expect(storedRows()).toEqual([other]);
    database('db');
    expect(sessions.listSessions(plane, registry, DB, '')).toEqual([]);
    for (const { name } of mine) expect(() => registry.get(name)).toThrow(notFound(name));
  });

  test('deleting the instance ends the sessions of its databases', () => {
    const { name } = sessions.createSession(plane, registry, DB, REGULAR);
    deleteInstance(plane, INSTANCE);
    expect(ended).toEqual([[name, 'databaseDropped']]);
    expect(storedRows()).toEqual([]);
  });

  test('a failing listener neither keeps the session nor stops the other listeners', () => {
    const heard: string[] = [];
    registry.onEnded(() => {
      throw new Error('boom');
    });
    registry.onEnded((s) => heard.push(s.name));
    const { name } = sessions.createSession(plane, registry, DB, REGULAR);
    registry.delete(name);
    expect(heard).toEqual([name]);
    expect(() => registry.get(name)).toThrow(notFound(name));
  });
});

describe('listing', () => {
  const labelled = (labels: Record<string, string>) =>
    sessions.createSession(plane, registry, DB, { ...REGULAR, labels });

  test.each([
    ['', ['dev', 'prod', 'empty', 'none']],
    ['labels.env:*', ['dev', 'prod', 'empty']],
    ['labels.env:dev', ['dev']],
    ['labels.ENV:DE', ['dev']],
    ['labels.env:dev OR labels.env:prod', ['dev', 'prod']],
    ['labels.env:* AND NOT labels.env:prod', ['dev', 'empty']],
    ['-labels.env:*', ['none']],
    ['labels.team:a', ['dev']],
  ])('filter %j', (filter, expected) => {
    const made = {
      dev: labelled({ env: 'dev', team: 'a' }),
      prod: labelled({ env: 'prod' }),
      empty: labelled({ env: '' }),
      none: labelled({}),
    };
    const listed = sessions.listSessions(plane, registry, DB, filter).map((s) => s.name);
    const names = expected.map((k) => made[k as keyof typeof made].name).sort();
    expect(listed).toEqual(names);
  });

  test('only labels can be filtered on', () => {
    expect(() => sessions.listSessions(plane, registry, DB, 'name:x')).toThrow(
      expect.objectContaining({ code: Code.INVALID_ARGUMENT, message: expect.stringContaining('unknown field name') }),
    );
  });

  test('idle sessions are not listed', () => {
    const old = sessions.createSession(plane, registry, DB, REGULAR);
    clock.now += HOUR;
    const recent = sessions.createSession(plane, registry, DB, REGULAR);
    clock.now += 1;
    expect(sessions.listSessions(plane, registry, DB, '').map((s) => s.name)).toEqual([recent.name]);
    expect(() => registry.get(old.name)).toThrow(notFound(old.name));
  });
});

describe('restarts', () => {
  test('sessions and their last use survive a restart', () => {
    const regular = sessions.createSession(plane, registry, DB, { ...REGULAR, labels: { a: 'b' } });
    const multiplexed = sessions.createSession(plane, registry, DB, MULTIPLEXED);
    clock.now += 5000;
    registry.get(regular.name);
    close();
    open();
    expect(sessions.listSessions(plane, registry, DB, '')).toEqual([
      { ...regular, lastUseTime: regular.createTime + 5000 },
    ]);
    expect(registry.get(multiplexed.name).session.multiplexed).toBe(true);
  });

  test('sessions that expired while stopped, and those of databases gone, are removed at startup', () => {
    const idle = sessions.createSession(plane, registry, DB, REGULAR);
    const kept = sessions.createSession(plane, registry, DB, MULTIPLEXED);
    const orphan = { ...idle, name: `${INSTANCE}/databases/gone/sessions/x`, database: `${INSTANCE}/databases/gone` };
    new SessionStore(storage.metadata).insertAll([orphan]);
    close();
    clock.now += 2 * HOUR;
    open();
    expect(storedRows()).toEqual([kept]);
    expect(() => registry.get(idle.name)).toThrow(notFound(idle.name));
    expect(() => registry.get(orphan.name)).toThrow(notFound(orphan.name));
  });
});
