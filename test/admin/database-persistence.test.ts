/**
 * The admin plane over real storage, without servers: databases survive reopening (schema replayed
 * from the log, timestamps continuing), schema history answers older timestamps, rejected batches
 * leave nothing behind, files come and go with their databases.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Clock } from '../../src/common/clock';
import { Logger } from '../../src/common/logger';
import { openStorage, Storage } from '../../src/resources/data-directory';
import { catalogDdl } from '../../src/engine/schema/schema-change';
import { AdminPlane } from '../../src/resources/admin-plane';
import {
  createDatabase,
  dropDatabase,
  requireDatabase,
  updateDatabaseDdl,
} from '../../src/resources/databases/databases';
import { createInstance, deleteInstance } from '../../src/resources/instances/instances';

class FakeClock implements Clock {
  now = 1_700_000_000_000_000;
  nowMicros(): number {
    return this.now;
  }
}

const INSTANCE = 'projects/p/instances/inst';
const DB = `${INSTANCE}/databases/db`;
const SINGERS = 'CREATE TABLE Singers (SingerId INT64 NOT NULL, Name STRING(MAX)) PRIMARY KEY (SingerId)';
const ALBUMS = 'CREATE TABLE Albums (AlbumId INT64 NOT NULL) PRIMARY KEY (AlbumId)';

let dir: string;
let storage: Storage;
let clock: FakeClock;
let plane: AdminPlane;
const logger = new Logger('silent');

function open(): void {
  storage = openStorage(dir);
  plane = AdminPlane.open(storage, logger, clock);
}

function close(): void {
  plane.close();
  storage.close();
}

function setUp(extraStatements: string[] = [SINGERS]): void {
  createInstance(plane, 'projects/p', 'inst', {
    name: '',
    config: 'projects/p/instanceConfigs/emulator-config',
    displayName: 'Inst',
    nodeCount: 1,
    processingUnits: 0,
    labels: {},
    edition: '',
  });
  createDatabase(
    plane,
    { parent: INSTANCE, createStatement: 'CREATE DATABASE `db`', extraStatements, dialect: 'UNSPECIFIED' },
    () => {},
  );
}

function update(statements: string[], operationId = ''): void {
  const describe = () => ({
    parent: DB,
    id: operationId,
    metadata: { typeUrl: 'test', value: Buffer.alloc(0) },
    result: { kind: 'error' as const, code: 0, message: '' },
    createTime: clock.now,
  });
  updateDatabaseDdl(plane, DB, statements, operationId, describe);
}

const dbFile = () => path.join(dir, 'projects', 'p', 'instances', 'inst', 'databases', 'db.sqlite');

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'admin-persistence-'));
  clock = new FakeClock();
  open();
});

afterEach(() => {
  close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a database reopens with the same schema, rebuilt from its log', () => {
  setUp();
  clock.now += 1_000;
  update([ALBUMS]);
  const before = catalogDdl(requireDatabase(plane, DB).database.catalog);
  expect(before).toHaveLength(2);
  close();
  open();
  expect(catalogDdl(requireDatabase(plane, DB).database.catalog)).toEqual(before);
  expect(fs.existsSync(dbFile())).toBe(true);
});

test('older timestamps see the schema of their time, also after reopening', () => {
  setUp();
  const created = requireDatabase(plane, DB).database.createTime;
  clock.now += 1_000;
  update([ALBUMS]);
  close();
  open();
  const { database } = requireDatabase(plane, DB);
  expect(catalogDdl(database.schemaAt(created)!)).toHaveLength(1);
  expect(catalogDdl(database.schemaAt(created + 999)!)).toHaveLength(1);
  expect(catalogDdl(database.schemaAt(created + 1_000)!)).toHaveLength(2);
  expect(database.schemaAt(created - 1)).toBeNull();
});

test('commit timestamps keep increasing across a restart even when the clock went back', () => {
  setUp();
  update([ALBUMS]);
  const last = requireDatabase(plane, DB).database.commitTimestamps.lastIssued;
  close();
  clock.now -= 60_000_000;
  open();
  const { database } = requireDatabase(plane, DB);
  expect(database.commitTimestamps.next()).toBe(last + 1);
});

test('a batch with an invalid statement is rejected whole and leaves no trace', () => {
  setUp();
  expect(() => update([ALBUMS, SINGERS])).toThrow(
    expect.objectContaining({ code: 9, message: 'Duplicate name in schema: Singers.' }),
  );
  expect(catalogDdl(requireDatabase(plane, DB).database.catalog)).toHaveLength(1);
  expect(plane.operations.listByParent(DB)).toHaveLength(0);
  close();
  open();
  expect(catalogDdl(requireDatabase(plane, DB).database.catalog)).toHaveLength(1);
});

test('a failing create statement creates nothing, not even a file', () => {
  createInstance(plane, 'projects/p', 'inst', {
    name: '',
    config: 'c',
    displayName: '',
    nodeCount: 0,
    processingUnits: 0,
    labels: {},
    edition: '',
  });
  const input = {
    parent: INSTANCE,
    createStatement: 'CREATE DATABASE db',
    extraStatements: [SINGERS, SINGERS],
    dialect: 'UNSPECIFIED' as const,
  };
  expect(() => createDatabase(plane, input, () => {})).toThrow(expect.objectContaining({ code: 9 }));
  expect(plane.databases.get(DB)).toBeUndefined();
  expect(fs.existsSync(dbFile())).toBe(false);
});

test('dropping a database deletes its file; a later database of the same name starts empty', () => {
  setUp();
  dropDatabase(plane, DB);
  expect(fs.existsSync(dbFile())).toBe(false);
  createDatabase(
    plane,
    { parent: INSTANCE, createStatement: 'CREATE DATABASE db', extraStatements: [], dialect: 'UNSPECIFIED' },
    () => {},
  );
  expect(catalogDdl(requireDatabase(plane, DB).database.catalog)).toEqual([]);
});

test('a file left behind by an interrupted drop is replaced, not reused', () => {
  setUp();
  close();
  storage = openStorage(dir);
  storage.metadata.prepare('DELETE FROM databases').run();
  storage.close();
  open();
  createDatabase(
    plane,
    { parent: INSTANCE, createStatement: 'CREATE DATABASE db', extraStatements: [], dialect: 'UNSPECIFIED' },
    () => {},
  );
  close();
  open();
  expect(catalogDdl(requireDatabase(plane, DB).database.catalog)).toEqual([]);
});

test('deleting an instance deletes its databases and their files', () => {
  setUp();
  deleteInstance(plane, INSTANCE);
  expect(plane.databases.get(DB)).toBeUndefined();
  expect(fs.existsSync(dbFile())).toBe(false);
  close();
  open();
  expect(plane.instances.get(INSTANCE)).toBeUndefined();
  expect(plane.registry.get(DB)).toBeUndefined();
});

test('a change whose operation the metadata lost (a failed metadata write) gets it before the next change', () => {
  setUp();
  update([ALBUMS], 'add_albums');
  const name = `${DB}/operations/add_albums`;
  const recorded = plane.operations.get(name);
  storage.metadata.prepare('DELETE FROM operations WHERE name = ?').run(name);
  storage.metadata.prepare('DELETE FROM recorded_schema_changes').run();
  expect(() => update([ALBUMS], 'add_albums')).toThrow(
    expect.objectContaining({ code: 6, message: `Operation already exists: ${name}` }),
  );
  expect(plane.operations.get(name)).toEqual(recorded);
  expect(catalogDdl(requireDatabase(plane, DB).database.catalog)).toHaveLength(2);
});

test('a change that applied nothing leaves no receipt to recover', () => {
  setUp();
  expect(() => update([SINGERS], 'dup')).toThrow(expect.objectContaining({ code: 9 }));
  expect(requireDatabase(plane, DB).database.lastSchemaReceipt()).toBeNull();
  update([ALBUMS], 'add_albums');
  expect(requireDatabase(plane, DB).database.lastSchemaReceipt()?.commitTimestamp).toBe(
    plane.recordedSchemaChanges.get(DB),
  );
});
