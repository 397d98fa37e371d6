/**
 * Group commit on a real SQLite file: work submitted in one turn runs together, each piece in its
 * own savepoint (a throwing piece undoes only its own writes), pieces run in submission order and
 * see earlier pieces' writes, and every promise settles only after the group is durable.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CommitQueue } from '../../../src/engine/database/commit-queue';
import { openSqlite, type SqliteDatabase } from '../../../src/engine/storage/sqlite-file';

let dir: string;
let sqlite: SqliteDatabase;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'commit-queue-'));
  sqlite = openSqlite(path.join(dir, 'db.sqlite'));
  sqlite.exec('CREATE TABLE t (k INTEGER PRIMARY KEY)');
});

afterEach(() => {
  if (sqlite.open) sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const insert = (k: number) => () => sqlite.prepare('INSERT INTO t (k) VALUES (?)').run(k);
const keys = () => (sqlite.prepare('SELECT k FROM t ORDER BY k').pluck().all() as number[]).map(Number);

test('a failing piece rolls back alone; the others commit', async () => {
  const queue = new CommitQueue(sqlite);
  const results = await Promise.allSettled([
    queue.submit(insert(1)),
    queue.submit(() => {
      insert(2)();
      throw new Error('refused');
    }),
    queue.submit(insert(3)),
  ]);
  expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  expect(keys()).toEqual([1, 3]);
});

test('a lone piece that throws after writing leaves nothing written, and the next group commits', async () => {
  const queue = new CommitQueue(sqlite);
  const failing = queue.submit(() => {
    insert(1)();
    throw new Error('refused');
  });
  await expect(failing).rejects.toThrow('refused');
  await queue.submit(insert(2));
  expect(keys()).toEqual([2]);
});

test('pieces of one group run in order and see earlier pieces', async () => {
  const queue = new CommitQueue(sqlite);
  const seen = await Promise.all([queue.submit(insert(1)).then(() => 0), queue.submit(() => keys())]);
  expect(seen[1]).toEqual([1]);
});

test('nothing settles before the group is committed', async () => {
  const queue = new CommitQueue(sqlite);
  const committed = queue.submit(insert(7));
  // The piece has not even run yet: work waits for the next turn of the event loop.
  expect(keys()).toEqual([]);
  await committed;
  const reader = openSqlite(path.join(dir, 'db.sqlite'));
  try {
    expect(reader.prepare('SELECT k FROM t').pluck().all()).toEqual([7]);
  } finally {
    reader.close();
  }
});

test('work submitted after the database closed is refused, not crashed', async () => {
  const queue = new CommitQueue(sqlite);
  const pending = queue.submit(insert(1));
  sqlite.close();
  await expect(pending).rejects.toMatchObject({ code: 10 });
});

test('when SQLite abandons the shared transaction, the whole group fails and nothing of it is written', async () => {
  const queue = new CommitQueue(sqlite);
  const results = await Promise.allSettled([
    queue.submit(insert(1)),
    queue.submit(() => {
      // What SQLite does by itself on a full disk or an I/O error.
      sqlite.exec('ROLLBACK');
      throw new Error('disk full');
    }),
    queue.submit(insert(3)),
  ]);
  expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
  expect(keys()).toEqual([]);
});
