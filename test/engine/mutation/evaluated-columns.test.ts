/**
 * Columns Spanner computes on write: DEFAULTs for what an insert leaves out (never on update),
 * generated columns recomputed after every write and refused as targets, ON UPDATE columns set to
 * the commit timestamp when an update writes a non-key column, DEFAULT and generated key columns
 * resolved as the official emulator resolves them, and NOT NULL on computed values.
 */
import { Code } from '../../../src/errors/codes';
import { timestampValue } from '../../../src/types/spanner-value';
import { commit, COMMIT_TIMESTAMP, Databases, failure, insert, replace, update, upsert, values } from './mutation-kit';

const dbs = new Databases();
afterEach(() => dbs.cleanup());

const DEFAULTS = [
  `CREATE TABLE t (
     k INT64,
     d1 INT64 DEFAULT (1),
     g1 INT64 AS (d1 + 1) STORED,
     d2 INT64 NOT NULL DEFAULT (2),
   ) PRIMARY KEY (k)`,
  'CREATE TABLE t2 (k INT64, d1 INT64, d2 INT64 NOT NULL DEFAULT (NULL)) PRIMARY KEY (k)',
  'CREATE TABLE coerced (k INT64, n NUMERIC DEFAULT (CAST(1 AS NUMERIC)), f FLOAT64 DEFAULT (1)) PRIMARY KEY (k)',
];

describe('DEFAULT values', () => {
  test('fill what an insert leaves out; insert_or_update and replace as insert or update', async () => {
    const db = dbs.create(DEFAULTS);
    await commit(db, [upsert('t', ['k'], [1n])]);
    await commit(db, [upsert('t', ['k', 'd2'], [1n, 22n])]);
    await commit(db, [upsert('t', ['k', 'd1'], [2n, 11n])]);
    await commit(db, [insert('t', ['k', 'd1', 'd2'], [4n, 4n, 4n])]);
    await commit(db, [replace('t', ['k', 'd2'], [4n, 44n])]);
    expect(values(db, 't', ['k', 'd1', 'g1', 'd2'])).toEqual([
      [1n, 1n, 2n, 22n],
      [2n, 11n, 12n, 2n],
      [4n, 1n, 2n, 44n],
    ]);
  });

  test('are coerced to the column type', async () => {
    const db = dbs.create(DEFAULTS);
    await commit(db, [insert('coerced', ['k'], [1n])]);
    expect(values(db, 'coerced', ['n', 'f'])).toEqual([['1', 1]]);
  });

  test.each([
    {
      name: 'NULL given for a NOT NULL column with a DEFAULT',
      mutations: [insert('t', ['k', 'd2'], [1n, null])],
      message: 'The t.d2 column must not be null',
    },
    {
      name: 'a DEFAULT computing NULL for a NOT NULL column',
      mutations: [insert('t2', ['k', 'd1'], [1n, 1n])],
      message: 'Cannot specify a null value for column: t2.d2 in table: t2',
    },
  ])('refused: $name', async ({ mutations, message }) => {
    const db = dbs.create(DEFAULTS);
    expect(await failure(db, mutations)).toEqual({ code: Code.FAILED_PRECONDITION, message });
  });
});

const GENERATED = [
  `CREATE TABLE T (
     K INT64,
     V1 INT64,
     V2 INT64,
     G1 INT64 AS (G2 + 1) STORED,
     G2 INT64 NOT NULL AS (V1 + V2) STORED,
     G3 INT64 AS (G1) STORED,
     V3 INT64,
   ) PRIMARY KEY (K)`,
  'CREATE TABLE Err (K INT64, V TIMESTAMP AS (TIMESTAMP_SECONDS(K)) STORED) PRIMARY KEY (K)',
];

describe('generated columns', () => {
  test('are computed in dependency order and recomputed when what they read changes', async () => {
    const db = dbs.create(GENERATED);
    await commit(db, [insert('T', ['K', 'V1', 'V2'], [1n, 1n, 1n])]);
    expect(values(db, 'T', ['G1', 'G2', 'G3'])).toEqual([[3n, 2n, 3n]]);
    await commit(db, [update('T', ['K', 'V1'], [1n, 5n])]);
    await commit(db, [update('T', ['K', 'V3'], [1n, 0n])]);
    expect(values(db, 'T', ['G1', 'G2', 'G3'])).toEqual([[7n, 6n, 7n]]);
    await commit(db, [replace('T', ['K', 'V1', 'V2'], [1n, 2n, 2n])]);
    expect(values(db, 'T', ['G1', 'G2', 'G3', 'V3'])).toEqual([[5n, 4n, 5n, null]]);
  });

  test.each([
    {
      name: 'written by an insert',
      mutations: [insert('T', ['K', 'V1', 'V2', 'G1'], [1n, 1n, 1n, 3n])],
      error: { code: Code.FAILED_PRECONDITION, message: 'Cannot write into generated column `T.G1`.' },
    },
    {
      name: 'written by an update',
      mutations: [update('T', ['K', 'G3'], [1n, 3n])],
      error: { code: Code.FAILED_PRECONDITION, message: 'Cannot write into generated column `T.G3`.' },
    },
    {
      name: 'computing NULL for a NOT NULL column',
      mutations: [insert('T', ['K', 'V1'], [2n, 1n])],
      error: { code: Code.FAILED_PRECONDITION, message: 'Cannot specify a null value for column: T.G2 in table: T' },
    },
    {
      name: 'whose expression fails',
      mutations: [insert('Err', ['K'], [253402300800n])],
      error: { code: Code.OUT_OF_RANGE },
    },
  ])('refused: $name', async ({ mutations, error }) => {
    const db = dbs.create(GENERATED);
    await commit(db, [insert('T', ['K', 'V1', 'V2'], [1n, 1n, 1n])]);
    expect(await failure(db, mutations)).toMatchObject(error);
  });
});

describe('generated key columns', () => {
  const KEYED = [
    `CREATE TABLE T1 (
       k1 INT64,
       k2 INT64,
       k3 INT64 NOT NULL AS (k2) STORED,
       k4 INT64 NOT NULL,
     ) PRIMARY KEY (k1, k3)`,
  ];

  test('are computed from what they read; an update may give them, or what they read', async () => {
    const db = dbs.create(KEYED);
    await commit(db, [insert('T1', ['k1', 'k2', 'k4'], [1n, 1n, 5n], [1n, 2n, 6n])]);
    await commit(db, [update('T1', ['k1', 'k3', 'k4'], [1n, 2n, 100n])]);
    await commit(db, [update('T1', ['k1', 'k2', 'k4'], [1n, 1n, 200n])]);
    await commit(db, [update('T1', ['k1', 'k2', 'k3', 'k4'], [1n, 1n, 1n, 300n])]);
    expect(values(db, 'T1', ['k1', 'k2', 'k3', 'k4'])).toEqual([
      [1n, 1n, 1n, 300n],
      [1n, 2n, 2n, 100n],
    ]);
  });

  test.each([
    {
      name: 'an insert without what a generated key column reads',
      mutations: [insert('T1', ['k1', 'k4'], [1n, 1n])],
      error: {
        code: Code.FAILED_PRECONDITION,
        message:
          'The value of generated primary key column `T1.k3` cannot be evaluated since value of all its dependent columns is not specified. ',
      },
    },
    {
      name: 'an update with neither the generated key column nor what it reads',
      mutations: [update('T1', ['k1', 'k4'], [1n, 1n])],
      error: {
        code: Code.FAILED_PRECONDITION,
        message:
          'The value of generated primary key column `T1.k3` must be explicitly specified or else its non-key dependent columns must be specified in Update mutations.',
      },
    },
    {
      name: 'an update giving a generated key value its inputs contradict',
      mutations: [update('T1', ['k1', 'k2', 'k3', 'k4'], [1n, 3n, 1n, 100n])],
      error: {
        code: Code.OUT_OF_RANGE,
        message:
          'The value of generated primary key column `T1.k3` cannot be modified when its non-key dependent columns are updated.',
      },
    },
  ])('refused: $name', async ({ mutations, error }) => {
    const db = dbs.create(KEYED);
    await commit(db, [insert('T1', ['k1', 'k2', 'k4'], [1n, 1n, 5n])]);
    expect(await failure(db, mutations)).toEqual(error);
  });
});

describe('DEFAULT key columns', () => {
  const KEYED = [
    'CREATE TABLE t1 (k1 INT64, k2 INT64 NOT NULL DEFAULT (2), a INT64) PRIMARY KEY (k1, k2)',
    'CREATE TABLE t2 (id1 INT64 DEFAULT (100), id2 INT64, g1 INT64 AS (id1 * 2) STORED, a INT64) PRIMARY KEY (id1, id2)',
  ];

  test('fill the key of inserts and upserts, and feed generated columns', async () => {
    const db = dbs.create(KEYED);
    await commit(db, [
      upsert('t1', ['k1', 'a'], [1n, 1n]),
      upsert('t1', ['k2', 'a'], [1n, 1n]),
      upsert('t1', ['k1', 'k2', 'a'], [1n, 1n, 1n]),
      update('t1', ['k1', 'k2', 'a'], [1n, 2n, 100n]),
      insert('t2', ['id1', 'a'], [1n, 1n]),
      upsert('t2', ['a'], [1n]),
      upsert('t2', ['id2', 'a'], [3n, 3n]),
      upsert('t2', ['id2', 'a'], [3n, 300n]),
    ]);
    expect(values(db, 't1', ['k1', 'k2', 'a'])).toEqual([
      [null, 1n, 1n],
      [1n, 1n, 1n],
      [1n, 2n, 100n],
    ]);
    expect(values(db, 't2', ['id1', 'id2', 'g1', 'a'])).toEqual([
      [1n, null, 2n, 1n],
      [100n, null, 200n, 1n],
      [100n, 3n, 200n, 300n],
    ]);
  });

  test('must be given to an update', async () => {
    const db = dbs.create(KEYED);
    expect(await failure(db, [update('t1', ['k1', 'a'], [1n, 1n])])).toEqual({
      code: Code.FAILED_PRECONDITION,
      message:
        'Implicit use of primary key default value for column `t1.k2` is not allowed in UPDATE mutations. The column must have a specific value.',
    });
  });
});

describe('ON UPDATE and PENDING_COMMIT_TIMESTAMP() defaults', () => {
  const STAMPED = [
    `CREATE TABLE s (
       k INT64,
       v INT64,
       created TIMESTAMP DEFAULT (PENDING_COMMIT_TIMESTAMP()) OPTIONS (allow_commit_timestamp = true),
       changed TIMESTAMP DEFAULT (PENDING_COMMIT_TIMESTAMP()) ON UPDATE (PENDING_COMMIT_TIMESTAMP())
         OPTIONS (allow_commit_timestamp = true),
     ) PRIMARY KEY (k)`,
  ];

  test('insert stamps both; an update of a non-key column stamps ON UPDATE columns only', async () => {
    const db = dbs.create(STAMPED);
    const first = await commit(db, [insert('s', ['k', 'v'], [1n, 1n])]);
    const at = (t: number) => timestampValue(BigInt(t) * 1000n);
    expect(values(db, 's', ['created', 'changed'])).toEqual([[at(first.commitTimestamp), at(first.commitTimestamp)]]);
    await commit(db, [update('s', ['k'], [1n])]);
    expect(values(db, 's', ['created', 'changed'])).toEqual([[at(first.commitTimestamp), at(first.commitTimestamp)]]);
    const second = await commit(db, [update('s', ['k', 'v'], [1n, 2n])]);
    expect(values(db, 's', ['created', 'changed'])).toEqual([[at(first.commitTimestamp), at(second.commitTimestamp)]]);
    const third = await commit(db, [update('s', ['k', 'v', 'changed'], [1n, 3n, COMMIT_TIMESTAMP])]);
    expect(values(db, 's', ['changed'])).toEqual([[at(third.commitTimestamp)]]);
  });
});
