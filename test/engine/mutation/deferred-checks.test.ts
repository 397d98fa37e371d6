/**
 * The checks Spanner defers to the end of a commit, over the final state of each row: CHECK
 * constraints (FALSE violates, NULL passes, generated columns included) and UNIQUE indexes (NULL
 * keys collide unless NULL_FILTERED); and the index entries a commit leaves (NULL_FILTERED and
 * STORING included), with the mutation count commit stats report and Spanner's limit on it.
 */
import { layoutsOf } from '../../../src/engine/layout/catalog-layouts';
import { ALL_KEYS } from '../../../src/engine/storage/key-range';
import { Code } from '../../../src/errors/codes';
import type { Database } from '../../../src/engine/database/database';
import { commit, Databases, deleteKeys, failure, insert, update, upsert, values } from './mutation-kit';

const dbs = new Databases();
afterEach(() => dbs.cleanup());

const CHECKED = [
  `CREATE TABLE t (k INT64, v INT64, s STRING(MAX),
     CONSTRAINT v_gt_zero CHECK (v > 0),
     CONSTRAINT s_gt_zero CHECK (s > '0'),
   ) PRIMARY KEY (k)`,
  `CREATE TABLE g (k INT64, v INT64, g3 INT64 AS (v + 5) STORED, CONSTRAINT g3_gt_ten CHECK (g3 > 10)) PRIMARY KEY (k)`,
];

describe('CHECK constraints', () => {
  test.each([
    {
      name: 'a FALSE check',
      mutations: [insert('t', ['k', 'v'], [1n, -1n])],
      message: 'Check constraint `t`.`v_gt_zero` is violated for key {Int64(1)}',
    },
    {
      name: 'a check over a generated column',
      mutations: [insert('g', ['k', 'v'], [1n, 1n])],
      message: 'Check constraint `g`.`g3_gt_ten` is violated for key {Int64(1)}',
    },
    {
      name: 'an update into violation',
      mutations: [insert('t', ['k', 'v'], [1n, 1n]), update('t', ['k', 's'], [1n, '-'])],
      message: 'Check constraint `t`.`s_gt_zero` is violated for key {Int64(1)}',
    },
  ])('refused: $name', async ({ mutations, message }) => {
    const db = dbs.create(CHECKED);
    expect(await failure(db, mutations)).toEqual({ code: Code.OUT_OF_RANGE, message });
  });

  test('NULL passes, and only the final state of a row counts', async () => {
    const db = dbs.create(CHECKED);
    await commit(db, [
      insert('t', ['k', 'v', 's'], [1n, -1n, '1']),
      update('t', ['k', 'v', 's'], [1n, 1n, '-2']),
      update('t', ['k', 'v', 's'], [1n, 2n, '2']),
      insert('t', ['k', 'v'], [2n, -5n]),
      deleteKeys('t', [2n]),
      insert('t', ['k'], [3n]),
      insert('g', ['k', 'v'], [1n, 0n]),
      update('g', ['k', 'v'], [1n, 10n]),
    ]);
    expect(values(db, 't', ['k', 'v', 's'])).toEqual([
      [1n, 2n, '2'],
      [3n, null, null],
    ]);
    expect(values(db, 'g', ['v', 'g3'])).toEqual([[10n, 15n]]);
  });
});

const INDEXED = [
  'CREATE TABLE Users (ID INT64 NOT NULL, Name STRING(MAX), Age INT64) PRIMARY KEY (ID)',
  'CREATE INDEX ByName ON Users(Name) STORING (Age)',
  'CREATE NULL_FILTERED INDEX ByNameAge ON Users(Name, Age)',
  'CREATE UNIQUE INDEX UniqueNameAge ON Users(Name, Age)',
  'CREATE UNIQUE NULL_FILTERED INDEX UniqueName ON Users(Name)',
];

function entries(db: Database, index: string): unknown[] {
  const layout = layoutsOf(db.catalog, 'Users').indexes.find((i) => i.index === index)!;
  return [...db.rows.scanIndex(layout, ALL_KEYS)].map((e) => [...e.indexKey, ...e.baseKey, ...e.stored]);
}

describe('UNIQUE indexes', () => {
  test.each([
    {
      name: 'a duplicate key',
      mutations: [insert('Users', ['ID', 'Name', 'Age'], [1n, 'a', 1n], [2n, 'a', 2n])],
      message: 'UNIQUE violation on index UniqueName,  duplicate key: {String("a")} in this transaction.',
    },
    {
      name: 'NULL keys, which collide',
      mutations: [insert('Users', ['ID'], [1n], [2n])],
      message:
        'UNIQUE violation on index UniqueNameAge,  duplicate key: {String(NULL), Int64(NULL)} in this transaction.',
    },
    {
      name: 'an insert_or_update and an insert that end up equal',
      mutations: [
        upsert('Users', ['ID', 'Name', 'Age'], [1n, 'x', 1n], [2n, 'y', 2n]),
        update('Users', ['ID', 'Name'], [2n, 'x']),
      ],
      message: 'UNIQUE violation on index UniqueName,  duplicate key: {String("x")} in this transaction.',
    },
  ])('refused: $name', async ({ mutations, message }) => {
    const db = dbs.create(INDEXED);
    expect(await failure(db, mutations)).toEqual({ code: Code.ALREADY_EXISTS, message });
  });

  test('a key freed earlier in the commit can be taken; NULL_FILTERED indexes skip NULL keys', async () => {
    const db = dbs.create(INDEXED);
    await commit(db, [insert('Users', ['ID', 'Name', 'Age'], [1n, 'a', 1n], [2n, null, 2n])]);
    await commit(db, [
      update('Users', ['ID', 'Name'], [1n, 'b']),
      insert('Users', ['ID', 'Name', 'Age'], [3n, 'a', 3n]),
    ]);
    expect(entries(db, 'UniqueName')).toEqual([
      ['a', 3n],
      ['b', 1n],
    ]);
    expect(entries(db, 'ByName')).toEqual([
      [null, 2n, 2n],
      ['a', 3n, 3n],
      ['b', 1n, 1n],
    ]);
    expect(entries(db, 'ByNameAge')).toEqual([
      ['a', 3n, 3n],
      ['b', 1n, 1n],
    ]);
  });
});

test('WHERE ... IS NOT NULL indexes have no entry for rows with a NULL in those columns', async () => {
  const db = dbs.create([
    INDEXED[0],
    'CREATE INDEX ByNameStoringAge ON Users(Name) STORING (Age) WHERE Age IS NOT NULL',
  ]);
  await commit(db, [insert('Users', ['ID', 'Name', 'Age'], [1n, null, 41n], [2n, 'b', null], [3n, 'c', 3n])]);
  expect(entries(db, 'ByNameStoringAge')).toEqual([
    [null, 1n, 41n],
    ['c', 3n, 3n],
  ]);
  await commit(db, [update('Users', ['ID', 'Age'], [2n, 2n], [3n, null])]);
  expect(entries(db, 'ByNameStoringAge')).toEqual([
    [null, 1n, 41n],
    ['b', 2n, 2n],
  ]);
});

describe('the mutation count', () => {
  test('counts columns written per row, one per delete, and each index entry that changes', async () => {
    const db = dbs.create(INDEXED);
    // 2 rows x 3 columns; 4 index entries for row 1, 2 for row 2 (NULL_FILTERED indexes skip its NULL name).
    expect(
      (await commit(db, [insert('Users', ['ID', 'Name', 'Age'], [1n, 'a', 1n], [2n, null, 2n])])).mutationCount,
    ).toBe(6 + 4 + 2);
    // Age moves the entries of ByNameAge and UniqueNameAge (2 each) and rewrites ByName's (1).
    expect((await commit(db, [update('Users', ['ID', 'Age'], [1n, 5n])])).mutationCount).toBe(2 + 2 + 2 + 1);
    // One delete; row 1 had 4 entries.
    expect((await commit(db, [deleteKeys('Users', [1n], [9n])])).mutationCount).toBe(1 + 4);
  });

  test('refuses a commit over 80,000', async () => {
    const db = dbs.create(['CREATE TABLE W (K INT64, A INT64, B INT64, C INT64) PRIMARY KEY (K)']);
    const rows = Array.from({ length: 20_001 }, (_, i) => [BigInt(i), 1n, 2n, 3n]);
    expect(await failure(db, [insert('W', ['K', 'A', 'B', 'C'], ...rows)])).toEqual({
      code: Code.INVALID_ARGUMENT,
      message: expect.stringMatching(/^The transaction contains too many mutations\. .*\(Maximum number: 80000\)$/),
    });
    expect(values(db, 'W', ['K'])).toEqual([]);
  });
});
