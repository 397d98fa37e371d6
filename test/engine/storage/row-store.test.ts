/**
 * The versioned row store in a real database file: write kinds, reads at the latest state and at
 * older timestamps (superseded and deleted versions), key-ordered and prefix (interleaved child)
 * scans, range deletes, atomic batches, garbage collection, and storage following DDL (drop,
 * rename, drop column) across a reopen. Scans page through SQLite: commits run between two rows
 * of a scan, a scan at a timestamp stays a snapshot across pages, limits and resumption work, and
 * cached storage follows DDL made between pages.
 */
import type { Database } from '../../../src/engine/database/database';
import { shapesIn } from '../../../src/engine/layout/catalog-layouts';
import { TableLayout, tableLayout } from '../../../src/engine/layout/table-layout';
import { requireTable } from '../../../src/engine/schema/catalog/catalog-lookup';
import { ALL_KEYS, prefixBounds } from '../../../src/engine/storage/key-range';
import { readRowByKey, ReadTime, resumeAfter } from '../../../src/engine/storage/row-reader';
import { DEFAULT_PAGE_SIZE } from '../../../src/engine/storage/row-store';
import type { Mutation } from '../../../src/engine/storage/row-writes';
import { SpannerValue } from '../../../src/types/spanner-value';
import { TestDatabase } from '../../support/test-database';

const SINGERS =
  'CREATE TABLE Singers (SingerId INT64 NOT NULL, Name STRING(MAX), Score FLOAT64) PRIMARY KEY (SingerId DESC)';
const ALBUMS =
  'CREATE TABLE Albums (SingerId INT64 NOT NULL, AlbumId STRING(10) NOT NULL, Title STRING(MAX)) ' +
  'PRIMARY KEY (SingerId DESC, AlbumId), INTERLEAVE IN PARENT Singers ON DELETE CASCADE';
const PARENTS = 'CREATE TABLE P (Id INT64 NOT NULL) PRIMARY KEY (Id)';

let t: TestDatabase;
beforeEach(() => (t = new TestDatabase()));
afterEach(() => t.cleanup());

function layout(db: Database, table: string): TableLayout {
  return tableLayout(requireTable(db.catalog, table));
}

function write(db: Database, ts: number, ...mutations: Mutation[]): void {
  db.rows.applyMutations(shapesIn(db.catalog), mutations, ts);
}

/** Singers' names in key order (SingerId DESC); Name is the second column. */
function names(db: Database, at: ReadTime = null): SpannerValue[] {
  return [...db.rows.scanRows(layout(db, 'Singers'), ALL_KEYS, { at })].map((r) => r.row[1]);
}

function read(db: Database, table: string, key: SpannerValue[], at: ReadTime = null) {
  return readRowByKey(db.rows, layout(db, table), key, at);
}

const singer = (id: bigint, name: string | null): Mutation => ({
  kind: 'insertOrUpdate',
  table: 'Singers',
  columns: ['SingerId', 'Name'],
  rows: [[id, name]],
});

test('reads see the version current at their timestamp, deletes included', () => {
  const db = t.create([SINGERS]);
  write(db, 100, singer(1n, 'a1'), singer(2n, 'b1'));
  write(db, 200, singer(1n, 'a2'));
  write(db, 300, { kind: 'delete', table: 'Singers', keys: [[2n]], ranges: [] });
  write(db, 400, singer(2n, 'b2'));
  expect(names(db)).toEqual(['b2', 'a2']); // SingerId DESC
  expect(names(db, 99)).toEqual([]);
  expect(names(db, 150)).toEqual(['b1', 'a1']);
  expect(names(db, 299)).toEqual(['b1', 'a2']);
  expect(names(db, 300)).toEqual(['a2']);
  expect(names(db, 400)).toEqual(['b2', 'a2']);
  expect(read(db, 'Singers', [2n], 350)).toBeNull();
  expect(read(db, 'Singers', [1n], 100)).toEqual([1n, 'a1', null]);
  expect(read(db, 'Singers', [2n])).toEqual([2n, 'b2', null]);
});

test('update merges, replace clears unspecified columns, update of a missing row writes nothing', () => {
  const db = t.create([SINGERS]);
  write(db, 10, { kind: 'insert', table: 'Singers', columns: ['SingerId', 'Name', 'Score'], rows: [[1n, 'x', -0]] });
  write(db, 20, {
    kind: 'update',
    table: 'Singers',
    columns: ['SingerId', 'Name'],
    rows: [
      [1n, 'y'],
      [9n, 'z'],
    ],
  });
  const row = read(db, 'Singers', [1n])!;
  expect(row[1]).toBe('y');
  expect(Object.is(row[2], -0)).toBe(true);
  expect(read(db, 'Singers', [9n])).toBeNull();
  write(db, 30, { kind: 'replace', table: 'Singers', columns: ['SingerId', 'Name'], rows: [[1n, 'w']] });
  expect(read(db, 'Singers', [1n])).toEqual([1n, 'w', null]);
  expect(read(db, 'Singers', [1n], 25)).toEqual([1n, 'y', -0]);
});

test('an interleaved child range is a prefix scan, and a key range deletes it', () => {
  const db = t.create([SINGERS, ALBUMS]);
  const albums = (id: bigint, ...ids: string[]): Mutation => ({
    kind: 'insert',
    table: 'Albums',
    columns: ['SingerId', 'AlbumId', 'Title'],
    rows: ids.map((a) => [id, a, `${id}/${a}`]),
  });
  write(db, 10, albums(1n, 'b', 'a', 'a\u0000'), albums(2n, 'a'), albums(-1n, 'a'));
  const l = layout(db, 'Albums');
  const titles = (rows: Iterable<{ row: readonly SpannerValue[] }>) => [...rows].map((r) => r.row[2]);
  expect(titles(db.rows.scanRows(l, ALL_KEYS))).toEqual(['2/a', '1/a', '1/a\u0000', '1/b', '-1/a']);
  expect(titles(db.rows.scanRows(l, prefixBounds(l.keyParts, [1n])))).toEqual(['1/a', '1/a\u0000', '1/b']);
  const range = { start: [1n], startClosed: true, end: [1n], endClosed: true };
  write(db, 20, { kind: 'delete', table: 'Albums', keys: [], ranges: [range] });
  expect(titles(db.rows.scanRows(l, ALL_KEYS))).toEqual(['2/a', '-1/a']);
  expect(titles(db.rows.scanRows(l, prefixBounds(l.keyParts, [1n]), { at: 15 }))).toHaveLength(3);
});

test('a batch is atomic: a failing mutation leaves nothing written', () => {
  const db = t.create([SINGERS]);
  expect(() => write(db, 10, singer(1n, 'a'), singer(2n, 'b'), { ...singer(3n, 'c'), table: 'Missing' })).toThrow();
  expect(names(db)).toEqual([]);
});

test('garbage collection drops versions no read at or after the cutoff can see', () => {
  const db = t.create([SINGERS]);
  write(db, 100, singer(1n, 'a1'));
  write(db, 200, singer(1n, 'a2'));
  write(db, 300, singer(1n, 'a3'));
  expect(db.rows.collectGarbage(250).removed).toBe(1);
  expect(names(db, 250)).toEqual(['a2']);
  expect(names(db, 150)).toEqual([]);
  expect(names(db)).toEqual(['a3']);
});

test('writeMutations commits at a fresh timestamp, durably', () => {
  const db = t.create([SINGERS]);
  const ts = db.writeMutations([singer(7n, 'seven')]);
  expect(ts).toBeGreaterThan(db.createTime);
  db.close();
  const reopened = t.reopen();
  expect(names(reopened)).toEqual(['seven']);
  expect(names(reopened, ts - 1)).toEqual([]);
});

test('storage follows DDL: rename keeps rows, drop column clears values, drop and recreate empties', () => {
  const db = t.create([SINGERS, PARENTS]);
  db.writeMutations([
    { kind: 'insert', table: 'Singers', columns: ['SingerId', 'Name', 'Score'], rows: [[1n, 'a', 1.5]] },
    { kind: 'insert', table: 'P', columns: ['Id'], rows: [[1n]] },
  ]);
  expect(db.updateSchema(['ALTER TABLE Singers RENAME TO Artists'])).toMatchObject({ kind: 'applied', applied: 1 });
  expect(
    db.updateSchema(['ALTER TABLE Artists DROP COLUMN Score', 'ALTER TABLE Artists ADD COLUMN Score FLOAT64']),
  ).toMatchObject({
    applied: 2,
  });
  expect(db.updateSchema(['DROP TABLE P', 'CREATE TABLE P (Id INT64 NOT NULL) PRIMARY KEY (Id)'])).toMatchObject({
    applied: 2,
  });
  db.close();
  const reopened = t.reopen();
  const [artist] = reopened.rows.scanRows(layout(reopened, 'Artists'), ALL_KEYS);
  expect(artist.row).toEqual([1n, 'a', null]);
  expect([...reopened.rows.scanRows(layout(reopened, 'P'), ALL_KEYS)]).toEqual([]);
});

/** More singers than two pages of a scan hold. */
const MANY = 2 * DEFAULT_PAGE_SIZE + 7;

function manySingers(name: string, table = 'Singers'): Mutation {
  const rows = Array.from({ length: MANY }, (_, i) => [BigInt(i), `${name}${i}`]);
  return { kind: 'insertOrUpdate', table, columns: ['SingerId', 'Name'], rows };
}

/** Every id of manySingers, in SingerId DESC order. */
const ALL_IDS_DESC = Array.from({ length: MANY }, (_, i) => BigInt(MANY - 1 - i));

test('a scan holds no statement open between rows: commits run between two rows, on every page', () => {
  const db = t.create([SINGERS]);
  db.writeMutations([manySingers('v')]);
  const ids: SpannerValue[] = [];
  for (const { row } of db.rows.scanRows(layout(db, 'Singers'), ALL_KEYS)) {
    ids.push(row[0]);
    // A commit (and a schema-free read) while the scan is paused between two rows.
    db.writeMutations([singer(BigInt(MANY + ids.length), 'new')]);
    expect(read(db, 'Singers', [0n])).not.toBeNull();
  }
  // New rows sort before the scan's start (SingerId DESC), so the latest scan saw exactly the old ones.
  expect(ids).toEqual(ALL_IDS_DESC);
});

test('a scan at a timestamp is a snapshot across pages while commits change, delete and add rows', () => {
  const db = t.create([SINGERS]);
  const ts = db.writeMutations([manySingers('v')]);
  const scan = db.rows.scanRows(layout(db, 'Singers'), ALL_KEYS, { at: ts })[Symbol.iterator]();
  const seen = [scan.next().value!.row];
  db.writeMutations([
    manySingers('changed'),
    {
      kind: 'delete',
      table: 'Singers',
      keys: [],
      // SingerId DESC: the range of ids 0..9 starts at 9.
      ranges: [{ start: [9n], startClosed: true, end: [0n], endClosed: true }],
    },
    singer(-5n, 'added'),
  ]);
  for (let next = scan.next(); !next.done; next = scan.next()) seen.push(next.value.row);
  expect(seen.map((row) => row[0])).toEqual(ALL_IDS_DESC);
  expect(seen.map((row) => row[1])).toEqual(ALL_IDS_DESC.map((id) => `v${id}`));
  const latest = [...db.rows.scanRows(layout(db, 'Singers'), ALL_KEYS)].map((r) => r.row[1]);
  expect(latest).toHaveLength(MANY - 10 + 1);
  expect(latest[0]).toBe(`changed${MANY - 1}`);
  expect(latest[latest.length - 1]).toBe('added');
});

test('a scan stops at its limit and resumes after the last key it gave', () => {
  const db = t.create([SINGERS]);
  db.writeMutations([manySingers('v')]);
  const shape = layout(db, 'Singers');
  const head = [...db.rows.scanRows(shape, ALL_KEYS, { limit: DEFAULT_PAGE_SIZE + 3 })];
  expect(head).toHaveLength(DEFAULT_PAGE_SIZE + 3);
  const rest = [...db.rows.scanRows(shape, resumeAfter(ALL_KEYS, head[head.length - 1].key))];
  expect([...head, ...rest].map((r) => r.row[0])).toEqual(ALL_IDS_DESC);
  expect([...db.rows.scanRows(shape, ALL_KEYS, { limit: 0 })]).toEqual([]);
  expect([...db.rows.scanRows(shape, ALL_KEYS, { limit: 1 })].map((r) => r.row[0])).toEqual([BigInt(MANY - 1)]);
});

test('cached storage follows DDL: a rename between pages goes on, a drop ends the scan, a new table reads empty', () => {
  const db = t.create([SINGERS, PARENTS]);
  db.writeMutations([manySingers('v'), { kind: 'insert', table: 'P', columns: ['Id'], rows: [[1n]] }]);
  const renamed = db.rows.scanRows(layout(db, 'Singers'), ALL_KEYS)[Symbol.iterator]();
  const ids = [renamed.next().value!.row[0]];
  expect(db.updateSchema(['ALTER TABLE Singers RENAME TO Artists'])).toMatchObject({ applied: 1, error: null });
  for (let next = renamed.next(); !next.done; next = renamed.next()) ids.push(next.value.row[0]);
  expect(ids).toEqual(ALL_IDS_DESC);

  expect(read(db, 'P', [1n])).toEqual([1n]);
  expect(db.updateSchema(['DROP TABLE P', PARENTS])).toMatchObject({ applied: 2, error: null });
  expect(read(db, 'P', [1n])).toBeNull();
  db.writeMutations([{ kind: 'insert', table: 'P', columns: ['Id'], rows: [[2n]] }]);
  expect(read(db, 'P', [2n])).toEqual([2n]);

  const dropped = db.rows.scanRows(layout(db, 'Artists'), ALL_KEYS)[Symbol.iterator]();
  expect(dropped.next().done).toBe(false);
  expect(db.updateSchema(['DROP TABLE Artists'])).toMatchObject({ applied: 1, error: null });
  expect([...{ [Symbol.iterator]: () => dropped }]).toHaveLength(DEFAULT_PAGE_SIZE - 1);
});
