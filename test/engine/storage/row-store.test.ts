/**
 * The versioned row store in a real database file: write kinds, reads at the latest state and at
 * older timestamps (superseded and deleted versions), key-ordered and prefix (interleaved child)
 * scans, range deletes, atomic batches, garbage collection, and storage following DDL (drop,
 * rename, drop column) across a reopen.
 */
import type { Database } from '../../../src/engine/database/database';
import { requireTable } from '../../../src/engine/schema/catalog/catalog-lookup';
import { tableIndexLayouts } from '../../../src/engine/storage/index-layout';
import { prefixBounds } from '../../../src/engine/storage/key-range';
import { readRow, ReadTime, scanRows } from '../../../src/engine/storage/row-store';
import { collectGarbage } from '../../../src/engine/storage/version-gc';
import { applyMutations, Mutation } from '../../../src/engine/storage/row-writes';
import { TableLayout, tableLayout } from '../../../src/engine/storage/table-layout';
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
  applyMutations(
    db.sqlite,
    (name) => layout(db, name),
    (name) => tableIndexLayouts(db.catalog, name),
    mutations,
    ts,
  );
}

function names(db: Database, at: ReadTime = null): SpannerValue[] {
  return [...scanRows(db.sqlite, layout(db, 'Singers'), undefined, at)].map((r) => r.values.get('Name') ?? null);
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
  expect(readRow(db.sqlite, layout(db, 'Singers'), [2n], 350)).toBeNull();
  expect(readRow(db.sqlite, layout(db, 'Singers'), [1n], 100)?.values.get('Name')).toBe('a1');
});

test('update merges, replace clears unspecified columns, update of a missing row writes nothing', () => {
  const db = t.create([SINGERS]);
  const l = layout(db, 'Singers');
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
  const row = readRow(db.sqlite, l, [1n])!;
  expect(row.values.get('Name')).toBe('y');
  expect(Object.is(row.values.get('Score'), -0)).toBe(true);
  expect(readRow(db.sqlite, l, [9n])).toBeNull();
  write(db, 30, { kind: 'replace', table: 'Singers', columns: ['SingerId', 'Name'], rows: [[1n, 'w']] });
  expect(readRow(db.sqlite, l, [1n])!.values.has('Score')).toBe(false);
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
  const titles = (rows: Iterable<{ values: ReadonlyMap<string, SpannerValue> }>) =>
    [...rows].map((r) => r.values.get('Title'));
  expect(titles(scanRows(db.sqlite, l))).toEqual(['2/a', '1/a', '1/a\u0000', '1/b', '-1/a']);
  expect(titles(scanRows(db.sqlite, l, prefixBounds(l.keyParts, [1n])))).toEqual(['1/a', '1/a\u0000', '1/b']);
  const range = { start: [1n], startClosed: true, end: [1n], endClosed: true };
  write(db, 20, { kind: 'delete', table: 'Albums', keys: [], ranges: [range] });
  expect(titles(scanRows(db.sqlite, l))).toEqual(['2/a', '-1/a']);
  expect(titles(scanRows(db.sqlite, l, prefixBounds(l.keyParts, [1n]), 15))).toHaveLength(3);
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
  expect(collectGarbage(db.sqlite, 250).removed).toBe(1);
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
  const [artist] = scanRows(reopened.sqlite, layout(reopened, 'Artists'));
  expect(artist.values.get('Name')).toBe('a');
  expect(artist.values.has('Score')).toBe(false);
  expect([...scanRows(reopened.sqlite, layout(reopened, 'P'))]).toEqual([]);
});
