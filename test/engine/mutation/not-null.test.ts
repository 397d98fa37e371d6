/**
 * NOT NULL as production Spanner applies it within one commit: a NULL a mutation gives fails at
 * once, even when a later mutation writes a value; a NULL that a DEFAULT or a generated column
 * computes only fails if the row still holds it when the commit's mutations are all applied; a
 * NOT NULL key column computed NULL fails at once.
 */
import { Code } from '../../../src/errors/codes';
import { commit, Databases, deleteKeys, failure, insert, replace, update, upsert, values } from './mutation-kit';

const dbs = new Databases();
afterEach(() => dbs.cleanup());

const SCHEMA = [
  'CREATE TABLE D (k INT64, v INT64, d INT64 NOT NULL DEFAULT (NULL)) PRIMARY KEY (k)',
  `CREATE TABLE G (
     k INT64,
     a INT64,
     b INT64,
     g INT64 NOT NULL AS (a + b) STORED,
     h INT64 AS (g * 10) STORED,
   ) PRIMARY KEY (k)`,
  'CREATE TABLE DK (k INT64 NOT NULL DEFAULT (NULL), v INT64) PRIMARY KEY (k)',
  'CREATE TABLE GK (a INT64, k INT64 NOT NULL AS (a) STORED, v INT64) PRIMARY KEY (k)',
  'CREATE TABLE N (k INT64, n INT64 NOT NULL, d INT64 NOT NULL DEFAULT (5)) PRIMARY KEY (k)',
];

describe('computed NULLs wait for the end of the commit', () => {
  test('a DEFAULT NULL filled by a later update of the same commit', async () => {
    const db = dbs.create(SCHEMA);
    await commit(db, [insert('D', ['k', 'v'], [1n, 1n]), update('D', ['k', 'd'], [1n, 2n])]);
    await commit(db, [upsert('D', ['k', 'v'], [2n, 1n]), upsert('D', ['k', 'd'], [2n, 3n])]);
    expect(values(db, 'D', ['k', 'v', 'd'])).toEqual([
      [1n, 1n, 2n],
      [2n, 1n, 3n],
    ]);
  });

  test('a generated column NULL until later updates give what it reads', async () => {
    const db = dbs.create(SCHEMA);
    await commit(db, [insert('G', ['k'], [1n]), update('G', ['k', 'a'], [1n, 3n]), update('G', ['k', 'b'], [1n, 4n])]);
    expect(values(db, 'G', ['k', 'g', 'h'])).toEqual([[1n, 7n, 70n]]);
  });

  test('a row holding a computed NULL deleted later in the commit', async () => {
    const db = dbs.create(SCHEMA);
    await commit(db, [insert('G', ['k', 'a'], [1n, 1n]), deleteKeys('G', [1n])]);
    expect(values(db, 'G', ['k'])).toEqual([]);
  });

  test.each([
    {
      name: 'a DEFAULT NULL nothing fills',
      mutations: [insert('D', ['k', 'v'], [1n, 1n]), update('D', ['k', 'v'], [1n, 2n])],
      message: 'Cannot specify a null value for column: D.d in table: D',
    },
    {
      name: 'a generated column still NULL at the end (a nullable column it reads given NULL)',
      mutations: [insert('G', ['k', 'a', 'b'], [1n, 1n, 1n]), update('G', ['k', 'b'], [1n, null])],
      message: 'Cannot specify a null value for column: G.g in table: G',
    },
    {
      name: 'a replace that leaves a DEFAULT NULL after an update filled it',
      mutations: [insert('D', ['k'], [1n]), update('D', ['k', 'd'], [1n, 2n]), replace('D', ['k', 'v'], [1n, 3n])],
      message: 'Cannot specify a null value for column: D.d in table: D',
    },
  ])('refused: $name', async ({ mutations, message }) => {
    const db = dbs.create(SCHEMA);
    expect(await failure(db, mutations)).toEqual({ code: Code.FAILED_PRECONDITION, message });
    expect(values(db, 'D', ['k'])).toEqual([]);
    expect(values(db, 'G', ['k'])).toEqual([]);
  });
});

describe('NULLs fail at once', () => {
  test.each([
    {
      name: 'a NULL given, though a later update writes a value',
      mutations: [
        insert('N', ['k', 'n'], [1n, 1n]),
        update('N', ['k', 'n'], [1n, null]),
        update('N', ['k', 'n'], [1n, 2n]),
      ],
      error: { code: Code.FAILED_PRECONDITION, message: 'The N.n column must not be null' },
    },
    {
      name: 'a NULL given for a column with a DEFAULT',
      mutations: [insert('N', ['k', 'n', 'd'], [1n, 1n, null]), update('N', ['k', 'd'], [1n, 2n])],
      error: { code: Code.FAILED_PRECONDITION, message: 'The N.d column must not be null' },
    },
    {
      name: 'a DEFAULT computing NULL for a NOT NULL key column',
      mutations: [insert('DK', ['v'], [1n]), update('DK', ['k', 'v'], [1n, 2n])],
      error: { code: Code.FAILED_PRECONDITION, message: 'Cannot specify a null value for column: DK.k in table: DK' },
    },
    {
      name: 'a generated NOT NULL key column computing NULL',
      mutations: [insert('GK', ['a', 'v'], [null, 1n])],
      error: { code: Code.FAILED_PRECONDITION, message: 'Cannot specify a null value for column: GK.k in table: GK' },
    },
  ])('$name', async ({ mutations, error }) => {
    const db = dbs.create(SCHEMA);
    expect(await failure(db, mutations)).toEqual(error);
  });
});
