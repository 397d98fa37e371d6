/**
 * Database.updateSchema's two failure modes, against a database file on disk: a statement that is
 * invalid for the schema rejects the whole batch; a statement the existing rows violate ends the
 * batch with the earlier statements applied and persisted (what replay rebuilds).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { systemClock } from '../../src/common/clock';
import { Database } from '../../src/engine/database/database';
import { initialSchema } from '../../src/engine/schema/schema-change';
import { openDatabaseFile } from '../../src/engine/database/database-file';
import { catalogDdl } from '../../src/engine/schema/schema-change';

const NAME = 'projects/p/instances/i/databases/db';
const SINGERS = 'CREATE TABLE Singers (SingerId INT64 NOT NULL, Name STRING(MAX)) PRIMARY KEY (SingerId)';

let dir: string;
const FILE = 'db.sqlite';
const warnings: string[] = [];

function create(): Database {
  const sqlite = openDatabaseFile(dir, FILE);
  return Database.create({
    name: NAME,
    databaseId: 'db',
    sqlite,
    clock: systemClock,
    ...initialSchema('db', [SINGERS]),
  });
}

const opened: Database[] = [];

function reopen(): Database {
  const db = Database.open({
    name: NAME,
    sqlite: openDatabaseFile(dir, FILE),
    clock: systemClock,
    warn: (m) => warnings.push(m),
  });
  opened.push(db);
  return db;
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-updates-'));
  warnings.length = 0;
});

afterEach(() => {
  opened.splice(0).forEach((db) => db.close());
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a statement invalid for the schema rejects the whole batch', () => {
  const db = create();
  const outcome = db.updateSchema(['CREATE TABLE A (K INT64) PRIMARY KEY (K)', 'DROP TABLE Missing']);
  expect(outcome).toEqual({
    kind: 'rejected',
    error: expect.objectContaining({ code: 5, message: 'Table not found: Missing' }),
  });
  expect(catalogDdl(db.catalog)).toHaveLength(1);
  db.close();
  expect(catalogDdl(reopen().catalog)).toHaveLength(1);
});

test('a statement the rows violate stops the batch; earlier statements stay, durably', () => {
  const db = create();
  db.writeMutations([{ kind: 'insert', table: 'Singers', columns: ['SingerId', 'Name'], rows: [[1n, null]] }]);
  const outcome = db.updateSchema([
    'ALTER TABLE Singers ADD COLUMN Age INT64',
    'ALTER TABLE Singers ALTER COLUMN Name STRING(MAX) NOT NULL',
    'CREATE TABLE Never (K INT64) PRIMARY KEY (K)',
  ]);
  expect(outcome).toMatchObject({ kind: 'applied', applied: 1, error: expect.objectContaining({ code: 9 }) });
  const kept = catalogDdl(db.catalog);
  expect(kept.join('\n')).toContain('Age INT64');
  expect(kept.join('\n')).not.toContain('Never');
  db.close();
  const reopened = reopen();
  expect(catalogDdl(reopened.catalog)).toEqual(kept);
  expect(warnings).toEqual([]);
});

test('statements of one batch share one commit timestamp, later than the creation', () => {
  const db = create();
  const outcome = db.updateSchema([
    'CREATE TABLE A (K INT64) PRIMARY KEY (K)',
    'CREATE TABLE B (K INT64) PRIMARY KEY (K)',
  ]);
  expect(outcome.kind).toBe('applied');
  const at = outcome.kind === 'applied' ? outcome.commitTimestamp! : 0;
  expect(at).toBeGreaterThan(db.createTime);
  expect(catalogDdl(db.schemaAt(at - 1)!)).toHaveLength(1);
  expect(catalogDdl(db.schemaAt(at)!)).toHaveLength(3);
  const rows = db.sqlite.prepare('SELECT DISTINCT commit_timestamp AS t FROM schema_changes WHERE seq > 1').all();
  expect(rows).toEqual([{ t: at }]);
  db.close();
});
