/**
 * Secondary index storage in a real database file: entries kept in step with inserts, updates,
 * deletes, range deletes and replaces at the write's commit timestamp; NULL_FILTERED and WHERE IS
 * NOT NULL filters, DESC key order, STORING values, reads at older timestamps and their garbage
 * collection, prefix lookups, interleaved indexes, backfill by CREATE INDEX and ALTER INDEX ADD
 * STORED COLUMN, DROP INDEX, a base table rename, and a reopen.
 */
import type { Database } from '../../../src/engine/database/database';
import { IndexLayout, indexLayout } from '../../../src/engine/layout/index-layout';
import { tableLayout } from '../../../src/engine/layout/table-layout';
import { findIndex, requireIndex, requireTable } from '../../../src/engine/schema/catalog/catalog-lookup';
import { ALL_KEYS, encodeRange } from '../../../src/engine/storage/key-range';
import { indexEntriesWithPrefix, ReadTime } from '../../../src/engine/storage/row-reader';
import type { Mutation } from '../../../src/engine/storage/row-writes';
import { storageOf } from '../../../src/engine/storage/row-tables';
import type { SpannerValue } from '../../../src/types/spanner-value';
import { TestDatabase } from '../../support/test-database';

const SINGERS =
  'CREATE TABLE Singers (SingerId INT64 NOT NULL, Name STRING(MAX), Score FLOAT64, Genre STRING(MAX)) PRIMARY KEY (SingerId)';
const BY_NAME = 'CREATE INDEX ByName ON Singers(Name) STORING (Score)';
const BY_SCORE = 'CREATE NULL_FILTERED INDEX ByScore ON Singers(Score DESC)';

let t: TestDatabase;
beforeEach(() => (t = new TestDatabase()));
afterEach(() => t.cleanup());

/**
 * The index's layout in the schema at `at` as a read at `at` uses it; the latest one when null or
 * when the index did not exist yet (its storage then has no entries that old).
 */
function layout(db: Database, index: string, at: ReadTime = null): IndexLayout {
  const then = at === null ? undefined : db.schemaAt(at);
  const catalog = then !== undefined && then !== null && findIndex(then, index) !== undefined ? then : db.catalog;
  const found = requireIndex(catalog, index);
  return indexLayout(found, tableLayout(requireTable(catalog, found.table)));
}

/** Each entry as [index key..., '|', base key..., stored values by name]. */
function entries(db: Database, index: string, at: ReadTime = null): unknown[][] {
  const shape = layout(db, index, at);
  const storing = shape.storingPositions.map((p) => shape.table.columns[p]);
  return [...db.rows.scanIndex(shape, ALL_KEYS, { at })].map((e) => [
    ...e.indexKey,
    '|',
    ...e.baseKey,
    Object.fromEntries(storing.map((name, i) => [name, e.stored[i]])),
  ]);
}

function singers(kind: Mutation['kind'] & string, ...rows: SpannerValue[][]): Mutation {
  if (kind === 'delete') throw new Error('use remove()');
  return { kind, table: 'Singers', columns: ['SingerId', 'Name', 'Score'], rows };
}

function remove(keys: SpannerValue[][], ranges: Extract<Mutation, { kind: 'delete' }>['ranges'] = []): Mutation {
  return { kind: 'delete', table: 'Singers', keys, ranges };
}

test('writes keep entries in step, versioned at the commit timestamp', () => {
  const db = t.create([SINGERS, BY_NAME]);
  const t1 = db.writeMutations([singers('insert', [1n, 'b', 1.5], [2n, 'a', null], [3n, 'b', 2])]);
  expect(entries(db, 'ByName')).toEqual([
    ['a', '|', 2n, { Score: null }],
    ['b', '|', 1n, { Score: 1.5 }],
    ['b', '|', 3n, { Score: 2 }],
  ]);
  const t2 = db.writeMutations([
    { kind: 'update', table: 'Singers', columns: ['SingerId', 'Name'], rows: [[1n, 'c']] },
    { kind: 'update', table: 'Singers', columns: ['SingerId', 'Score'], rows: [[3n, 9]] },
  ]);
  expect(entries(db, 'ByName')).toEqual([
    ['a', '|', 2n, { Score: null }],
    ['b', '|', 3n, { Score: 9 }],
    ['c', '|', 1n, { Score: 1.5 }],
  ]);
  const t3 = db.writeMutations([remove([[2n]]), singers('replace', [3n, null, null])]);
  expect(entries(db, 'ByName')).toEqual([
    [null, '|', 3n, { Score: null }],
    ['c', '|', 1n, { Score: 1.5 }],
  ]);
  db.writeMutations([remove([], [{ start: [1n], startClosed: true, end: [3n], endClosed: false }])]);
  expect(entries(db, 'ByName')).toEqual([[null, '|', 3n, { Score: null }]]);
  expect(entries(db, 'ByName', t1 - 1)).toEqual([]);
  expect(entries(db, 'ByName', t1)).toHaveLength(3);
  expect(entries(db, 'ByName', t2).map((e) => e[0])).toEqual(['a', 'b', 'c']);
  expect(entries(db, 'ByName', t3).map((e) => e[0])).toEqual([null, 'c']);
  expect(db.rows.collectGarbage(t3 + 1).removed).toBeGreaterThan(0); // index history is collected too
  expect(entries(db, 'ByName', t1)).toEqual([]);
});

test('NULL_FILTERED skips NULL keys; DESC keys scan in descending order', () => {
  const db = t.create([SINGERS, BY_SCORE]);
  db.writeMutations([singers('insert', [1n, 'x', 1], [2n, 'y', null], [3n, 'z', 5], [4n, 'w', -2])]);
  expect(entries(db, 'ByScore')).toEqual([
    [5, '|', 3n, {}],
    [1, '|', 1n, {}],
    [-2, '|', 4n, {}],
  ]);
  db.writeMutations([singers('insertOrUpdate', [3n, 'z', null], [2n, 'y', 0])]);
  expect(entries(db, 'ByScore').map((e) => e[2])).toEqual([1n, 2n, 4n]);
  const range = encodeRange(layout(db, 'ByScore').keyParts, {
    start: [1],
    startClosed: true,
    end: [0],
    endClosed: true,
  });
  expect([...db.rows.scanIndex(layout(db, 'ByScore'), range)].map((e) => e.baseKey)).toEqual([[1n], [2n]]);
});

test('an index WHERE c IS NOT NULL has no entry for a row whose c is NULL, key or stored column', () => {
  const db = t.create([SINGERS, 'CREATE INDEX ByNameScored ON Singers(Name) STORING (Score) WHERE Score IS NOT NULL']);
  db.writeMutations([singers('insert', [1n, 'x', 1], [2n, 'y', null], [3n, null, 5])]);
  expect(entries(db, 'ByNameScored').map((e) => e[2])).toEqual([3n, 1n]);
  db.writeMutations([singers('insertOrUpdate', [1n, 'x', null], [2n, 'y', 2])]);
  expect(entries(db, 'ByNameScored').map((e) => e[2])).toEqual([3n, 2n]);
});

test('indexEntriesWithPrefix finds the entries of an index key prefix, at a timestamp too', () => {
  const db = t.create([SINGERS, 'CREATE INDEX ByNameScore ON Singers(Name, Score)']);
  const t1 = db.writeMutations([singers('insert', [1n, 'a', 1], [2n, 'a', 2], [3n, 'b', 1])]);
  db.writeMutations([remove([[1n]])]);
  const index = layout(db, 'ByNameScore');
  expect(indexEntriesWithPrefix(db.rows, index, ['a']).map((e) => e.baseKey)).toEqual([[2n]]);
  expect(indexEntriesWithPrefix(db.rows, index, ['a'], t1).map((e) => e.baseKey)).toEqual([[1n], [2n]]);
  expect(indexEntriesWithPrefix(db.rows, index, ['b', 1])).toMatchObject([
    { indexKey: ['b', 1], baseKey: [3n], stored: [] },
  ]);
  expect(indexEntriesWithPrefix(db.rows, index, ['c'])).toEqual([]);
});

test('CREATE INDEX backfills from the rows at its timestamp; ADD STORED COLUMN refreshes values', () => {
  const db = t.create([SINGERS]);
  db.writeMutations([singers('insert', [1n, 'b', 1], [2n, 'a', null])]);
  const created = db.updateSchema(['CREATE NULL_FILTERED INDEX ByName ON Singers(Name)']);
  expect(created).toMatchObject({ kind: 'applied', applied: 1, error: null });
  const t1 = created.kind === 'applied' ? created.commitTimestamp! : 0;
  expect(entries(db, 'ByName')).toEqual([
    ['a', '|', 2n, {}],
    ['b', '|', 1n, {}],
  ]);
  expect(entries(db, 'ByName', t1 - 1)).toEqual([]);
  const altered = db.updateSchema(['ALTER INDEX ByName ADD STORED COLUMN Score']);
  const t2 = altered.kind === 'applied' ? altered.commitTimestamp! : 0;
  expect(entries(db, 'ByName')).toEqual([
    ['a', '|', 2n, { Score: null }],
    ['b', '|', 1n, { Score: 1 }],
  ]);
  expect(entries(db, 'ByName', t2 - 1)).toEqual([
    ['a', '|', 2n, {}],
    ['b', '|', 1n, {}],
  ]);
  db.writeMutations([singers('update', [2n, 'a', 7])]);
  expect(entries(db, 'ByName')[0]).toEqual(['a', '|', 2n, { Score: 7 }]);
});

test('DROP INDEX removes its storage; a new index of that name starts from the rows', () => {
  const db = t.create([SINGERS, BY_NAME]);
  db.writeMutations([singers('insert', [1n, 'b', 1])]);
  expect(db.updateSchema(['DROP INDEX ByName'])).toMatchObject({ applied: 1, error: null });
  expect(storageOf(db.sqlite, 'ByName', 'index')).toBeNull();
  db.writeMutations([singers('insert', [2n, 'a', 2])]);
  expect(db.updateSchema(['CREATE INDEX ByName ON Singers(Score DESC)'])).toMatchObject({ applied: 1, error: null });
  expect(entries(db, 'ByName')).toEqual([
    [2, '|', 2n, {}],
    [1, '|', 1n, {}],
  ]);
});

test('indexes follow a base table rename and survive a reopen', () => {
  const db = t.create([SINGERS, BY_NAME, BY_SCORE]);
  db.writeMutations([singers('insert', [1n, 'b', 1], [2n, 'a', null])]);
  expect(db.updateSchema(['ALTER TABLE Singers RENAME TO Artists'])).toMatchObject({ applied: 1, error: null });
  db.writeMutations([
    { kind: 'insert', table: 'Artists', columns: ['SingerId', 'Name', 'Score'], rows: [[3n, 'c', 3]] },
  ]);
  expect(entries(db, 'ByName').map((e) => e[0])).toEqual(['a', 'b', 'c']);
  db.close();
  const reopened = t.reopen();
  expect(entries(reopened, 'ByName').map((e) => e[2])).toEqual([2n, 1n, 3n]);
  expect(entries(reopened, 'ByScore').map((e) => e[0])).toEqual([3, 1]);
  reopened.writeMutations([{ kind: 'delete', table: 'Artists', keys: [[1n]], ranges: [] }]);
  expect(entries(reopened, 'ByScore').map((e) => e[0])).toEqual([3]);
});

test('an interleaved index keys entries under the parent key, so a parent prefix scans them', () => {
  const albums =
    'CREATE TABLE Albums (SingerId INT64 NOT NULL, AlbumId INT64 NOT NULL, Title STRING(MAX)) ' +
    'PRIMARY KEY (SingerId, AlbumId), INTERLEAVE IN PARENT Singers ON DELETE CASCADE';
  const db = t.create([
    SINGERS,
    albums,
    'CREATE INDEX AlbumsByTitle ON Albums(SingerId, Title), INTERLEAVE IN Singers',
  ]);
  const album = (s: bigint, a: bigint, title: string): SpannerValue[] => [s, a, title];
  const rows = [album(1n, 1n, 'z'), album(1n, 2n, 'y'), album(2n, 1n, 'x')];
  db.writeMutations([{ kind: 'insert', table: 'Albums', columns: ['SingerId', 'AlbumId', 'Title'], rows }]);
  const index = layout(db, 'AlbumsByTitle');
  expect(indexEntriesWithPrefix(db.rows, index, [1n]).map((e) => e.indexKey)).toEqual([
    [1n, 'y'],
    [1n, 'z'],
  ]);
  expect(indexEntriesWithPrefix(db.rows, index, [1n]).map((e) => e.baseKey)).toEqual([
    [1n, 2n],
    [1n, 1n],
  ]);
});
