/**
 * Startup over a data directory a crash (or a hand) left inconsistent, with real files: files no
 * database row points to are removed with a log line; a registered database whose file is missing
 * or unreadable is kept, logged, answered FAILED_PRECONDITION, left out of listings, droppable,
 * and back once its file is; every other database is served as usual.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Logger } from '../../src/common/logger';
import { openStorage, Storage } from '../../src/resources/data-directory';
import { AdminPlane } from '../../src/resources/admin-plane';
import { createDatabase, dropDatabase, listDatabases, requireDatabase } from '../../src/resources/databases/databases';
import { createInstance } from '../../src/resources/instances/instances';

class RecordingLogger extends Logger {
  readonly lines: string[] = [];
  constructor() {
    super('silent');
  }
  override info(message: string): void {
    this.lines.push(`INFO ${message}`);
  }
  override warn(message: string): void {
    this.lines.push(`WARN ${message}`);
  }
  override error(message: string): void {
    this.lines.push(`ERROR ${message}`);
  }
}

const INSTANCE = 'projects/p/instances/inst';
const A = `${INSTANCE}/databases/da`;
const B = `${INSTANCE}/databases/db`;
const DATABASES = path.join('projects', 'p', 'instances', 'inst', 'databases');

let dir: string;
let storage: Storage;
let plane: AdminPlane;
let logger: RecordingLogger;

function open(): void {
  logger = new RecordingLogger();
  storage = openStorage(dir);
  plane = AdminPlane.open(storage, logger);
}

function close(): void {
  plane.close();
  storage.close();
}

const file = (name: string) => path.join(dir, DATABASES, name);

function create(id: string): void {
  const input = {
    parent: INSTANCE,
    createStatement: `CREATE DATABASE ${id}`,
    extraStatements: [],
    dialect: 'UNSPECIFIED' as const,
  };
  createDatabase(plane, input, () => {});
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'startup-recovery-'));
  open();
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
  create('da');
  create('db');
});

afterEach(() => {
  close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('files of no database are moved aside with a log line; registered files are untouched', () => {
  close();
  fs.copyFileSync(file('da.sqlite'), file('orphan.sqlite')); // a create that crashed before its metadata commit
  for (const suffix of ['-wal', '-shm', '-journal']) fs.writeFileSync(file(`gone.sqlite${suffix}`), '');
  fs.writeFileSync(file('notes.txt'), 'kept');
  open();
  for (const name of ['orphan.sqlite', 'gone.sqlite-wal', 'gone.sqlite-shm', 'gone.sqlite-journal']) {
    expect(fs.existsSync(file(name))).toBe(false);
    expect(logger.lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^INFO Moved .*${name.replace('.', '\\.')} to orphaned/.*: it belongs to no database`),
      ),
    );
  }
  const orphaned = fs.readdirSync(path.join(dir, 'orphaned', 'projects', 'p', 'instances', 'inst', 'databases'));
  expect(orphaned.some((f) => f.startsWith('orphan.sqlite.'))).toBe(true);
  expect(fs.existsSync(file('notes.txt'))).toBe(true);
  expect(fs.existsSync(file('da.sqlite'))).toBe(true);
  expect(requireDatabase(plane, A).database.name).toBe(A);
});

test('a database whose file is missing stays registered, unavailable, and droppable; the others are served', () => {
  close();
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file(`da.sqlite${suffix}`), { force: true });
  open();
  expect(logger.lines).toContainEqual(
    expect.stringMatching(
      /^ERROR Database projects\/p\/instances\/inst\/databases\/da is unavailable: its file .*da\.sqlite is missing/,
    ),
  );
  expect(fs.existsSync(file('da.sqlite'))).toBe(false); // not recreated empty
  expect(() => requireDatabase(plane, A)).toThrow(
    expect.objectContaining({
      code: 9,
      message: expect.stringMatching(/^Database projects\/p\/instances\/inst\/databases\/da is unavailable: its file /),
    }),
  );
  expect(requireDatabase(plane, B).database.name).toBe(B);
  expect(listDatabases(plane, INSTANCE).map((r) => r.name)).toEqual([B]);
  expect(() => create('da')).toThrow(expect.objectContaining({ code: 6 })); // still exists
  close();
  open(); // still registered after another restart
  expect(plane.databases.get(A)).toBeDefined();
  dropDatabase(plane, A);
  expect(plane.databases.get(A)).toBeUndefined();
  expect(() => requireDatabase(plane, A)).toThrow(expect.objectContaining({ code: 5 }));
  create('da');
  expect(requireDatabase(plane, A).database.name).toBe(A);
});

test('a restored file brings its database back', () => {
  close();
  const saved = path.join(dir, 'saved.bin');
  fs.renameSync(file('da.sqlite'), saved);
  open();
  expect(() => requireDatabase(plane, A)).toThrow(expect.objectContaining({ code: 9 }));
  close();
  fs.renameSync(saved, file('da.sqlite'));
  open();
  expect(requireDatabase(plane, A).database.name).toBe(A);
});

test('a file that is not a database makes only its database unavailable', () => {
  close();
  for (const suffix of ['-wal', '-shm']) fs.rmSync(file(`da.sqlite${suffix}`), { force: true });
  fs.writeFileSync(file('da.sqlite'), 'this is not a database file, just text long enough to be read as a header');
  open();
  expect(logger.lines).toContainEqual(
    expect.stringMatching(/^ERROR Database .*\/da is unavailable: its file .* is damaged: file is not a database; /),
  );
  expect(() => requireDatabase(plane, A)).toThrow(expect.objectContaining({ code: 9 }));
  expect(requireDatabase(plane, B).database.name).toBe(B);
});

test('companions of a dropped database left by a crash are removed at the next start', () => {
  dropDatabase(plane, B);
  close();
  fs.writeFileSync(file('db.sqlite-wal'), 'stale');
  fs.writeFileSync(file('db.sqlite-shm'), 'stale');
  open();
  expect(fs.existsSync(file('db.sqlite-wal'))).toBe(false);
  expect(fs.existsSync(file('db.sqlite-shm'))).toBe(false);
  expect(requireDatabase(plane, A).database.name).toBe(A);
});
