/**
 * The background collector over the admin plane and real files, driven pass by pass with an
 * explicit clock (no timers): row versions of every database past its retention period go in small
 * steps, done operations older than the operation retention go, newer ones stay, and a stopped
 * collector does no more work.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Clock } from '../../src/common/clock';
import { Logger } from '../../src/common/logger';
import { openStorage, Storage } from '../../src/resources/data-directory';
import { AdminPlane } from '../../src/resources/admin-plane';
import { createDatabase, requireDatabase } from '../../src/resources/databases/databases';
import { GarbageCollector } from '../../src/resources/garbage-collector';
import { createInstance } from '../../src/resources/instances/instances';
import { recordOperation } from '../../src/resources/operations/operations';

class FakeClock implements Clock {
  now = 1_700_000_000_000_000;
  nowMicros(): number {
    return this.now;
  }
}

const HOUR = 3_600_000_000;
const DAY = 24 * HOUR;
const INSTANCE = 'projects/p/instances/inst';
const T = 'CREATE TABLE T (K INT64 NOT NULL, V INT64) PRIMARY KEY (K)';

let dir: string;
let storage: Storage;
let clock: FakeClock;
let plane: AdminPlane;
const logger = new Logger('silent');

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gc-'));
  clock = new FakeClock();
  storage = openStorage(dir);
  plane = AdminPlane.open(storage, logger, clock);
  const config = 'projects/p/instanceConfigs/emulator-config';
  createInstance(plane, 'projects/p', 'inst', {
    name: '',
    config,
    displayName: 'I',
    nodeCount: 1,
    processingUnits: 0,
    labels: {},
    edition: '',
  });
});

afterEach(() => {
  plane.close();
  storage.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function database(id: string) {
  const input = {
    parent: INSTANCE,
    createStatement: `CREATE DATABASE ${id}`,
    extraStatements: [T],
    dialect: 'UNSPECIFIED' as const,
  };
  createDatabase(plane, input, () => {});
  return requireDatabase(plane, `${INSTANCE}/databases/${id}`).database;
}

function rewrite(db: ReturnType<typeof database>, version: bigint): void {
  const rows = [1n, 2n, 3n, 4n].map((k) => [k, version]);
  db.writeMutations([{ kind: 'insertOrUpdate', table: 'T', columns: ['K', 'V'], rows }]);
}

function operation(id: string): void {
  const metadata = { typeUrl: 'type.googleapis.com/google.protobuf.Empty', value: Buffer.alloc(0) };
  const result = { kind: 'response' as const, response: metadata };
  recordOperation(plane, { parent: INSTANCE, id, metadata, result, createTime: clock.nowMicros() });
}

const collector = (batchSize = 3) =>
  new GarbageCollector(plane, logger, { intervalMs: 0, operationRetentionMicros: 7 * DAY, batchSize });

test('a pass collects the expired versions of every database in bounded steps', async () => {
  const first = database('first');
  const second = database('second');
  for (const db of [first, second]) rewrite(db, 0n);
  clock.now += 1_000;
  for (const db of [first, second]) rewrite(db, 1n);
  clock.now += HOUR / 2;
  rewrite(second, 2n); // stays visible from the earliest version time after the jump below
  clock.now += HOUR - 1_000;
  expect(await collector(3).runPass()).toEqual({ versions: 8, operations: 0, sessions: 0 });
  for (const db of [first, second]) expect(db.earliestVersionTime()).toBe(clock.now - HOUR);
  expect(await collector(3).runPass()).toEqual({ versions: 0, operations: 0, sessions: 0 });
});

test('done operations older than the operation retention are deleted, newer ones kept', async () => {
  operation('old_one');
  operation('old_two');
  clock.now += 2 * DAY;
  operation('recent');
  clock.now += 5 * DAY + 1;
  const result = await collector(1).runPass();
  expect(result.operations).toBe(2);
  expect(plane.operations.listByParent(INSTANCE).map((o) => o.name)).toEqual([`${INSTANCE}/operations/recent`]);
});

test('a stopped collector starts no pass and does no work', async () => {
  operation('old');
  clock.now += 8 * DAY;
  const gc = collector();
  gc.start();
  await gc.stop();
  expect(await gc.runPass()).toEqual({ versions: 0, operations: 0, sessions: 0 });
  expect(plane.operations.listByParent(INSTANCE)).toHaveLength(1);
});

test('a started collector runs passes on its timer until stopped', async () => {
  operation('old');
  clock.now += 8 * DAY;
  const gc = new GarbageCollector(plane, logger, { intervalMs: 1, operationRetentionMicros: 7 * DAY });
  gc.start();
  while (plane.operations.listByParent(INSTANCE).length > 0) await new Promise((r) => setTimeout(r, 5));
  await gc.stop();
  operation('later');
  clock.now += 8 * DAY;
  await new Promise((r) => setTimeout(r, 20)); // several intervals: a stopped collector does nothing
  expect(plane.operations.listByParent(INSTANCE)).toHaveLength(1);
});
