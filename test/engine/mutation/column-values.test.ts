/**
 * The checks on the values a write sets, with the official emulator's codes and messages (a NULL
 * given for a NOT NULL column in production's): NOT NULL (given, left out of an insert, or
 * written NULL), STRING lengths in characters and BYTES
 * lengths in bytes (array elements too), well-formed text, vector_length arrays, placement keys,
 * no commit timestamp after the commit in an allow_commit_timestamp column, and the 8 KiB limit
 * on table and index keys.
 */
import { Code } from '../../../src/errors/codes';
import { timestampValue } from '../../../src/types/spanner-value';
import { commit, Databases, failure, insert, update, upsert, values } from './mutation-kit';

const T = `CREATE TABLE T (
  K INT64 NOT NULL,
  S STRING(5) NOT NULL,
  B BYTES(4),
  A ARRAY<STRING(3)>,
  V ARRAY<FLOAT64>(vector_length=>2),
  Ts TIMESTAMP OPTIONS (allow_commit_timestamp = true),
  Plain TIMESTAMP,
) PRIMARY KEY (K)`;

const FUTURE = timestampValue(32503680000n * 1_000_000_000n); // 3000-01-01

const dbs = new Databases();
afterEach(() => dbs.cleanup());

test.each([
  {
    name: 'an insert leaving out a NOT NULL column',
    mutations: [insert('T', ['K'], [2n])],
    error: {
      code: Code.FAILED_PRECONDITION,
      message: 'A new row in table T does not specify a non-null value for NOT NULL column: S',
    },
  },
  {
    name: 'an insert_or_update leaving one out, even over an existing row',
    mutations: [upsert('T', ['K', 'B'], [1n, Buffer.from('ab')])],
    error: {
      code: Code.FAILED_PRECONDITION,
      message: 'A new row in table T does not specify a non-null value for NOT NULL column: S',
    },
  },
  {
    name: 'NULL written to a NOT NULL column',
    mutations: [update('T', ['K', 'S'], [1n, null])],
    error: { code: Code.FAILED_PRECONDITION, message: 'The T.S column must not be null' },
  },
  {
    name: 'a string longer than the column, in characters',
    mutations: [insert('T', ['K', 'S'], [2n, 'abcdef'])],
    error: {
      code: Code.FAILED_PRECONDITION,
      message: 'New value exceeds the maximum size limit for this column: T.S, size: 6, limit: 5.',
    },
  },
  {
    name: 'bytes longer than the column',
    mutations: [insert('T', ['K', 'S', 'B'], [2n, 'a', Buffer.from('abcde')])],
    error: {
      code: Code.FAILED_PRECONDITION,
      message: 'New value exceeds the maximum size limit for this column: T.B, size: 5, limit: 4.',
    },
  },
  {
    name: 'an array element longer than the column allows',
    mutations: [insert('T', ['K', 'S', 'A'], [2n, 'a', ['abc', 'abcd']])],
    error: {
      code: Code.FAILED_PRECONDITION,
      message: 'New value exceeds the maximum size limit for this column: T.A, size: 4, limit: 3.',
    },
  },
  {
    name: 'text with an unpaired surrogate',
    mutations: [insert('T', ['K', 'S'], [2n, 'a\ud800'])],
    error: {
      code: Code.INVALID_ARGUMENT,
      message: 'Invalid UTF-8 encoding for string value from column S in table T.',
    },
  },
  {
    name: 'a vector longer than vector_length',
    mutations: [insert('T', ['K', 'S', 'V'], [2n, 'a', [1, 2, 3]])],
    error: {
      code: Code.INVALID_ARGUMENT,
      message: 'Array column T.V has 3 elements and exceeds the `vector_length` limit: 2.',
    },
  },
  {
    name: 'a vector shorter than vector_length',
    mutations: [insert('T', ['K', 'S', 'V'], [2n, 'a', [1]])],
    error: {
      code: Code.INVALID_ARGUMENT,
      message: 'Array column T.V has 1 elements and is less than the `vector_length` limit: 2.',
    },
  },
  {
    name: 'a NULL in a vector',
    mutations: [insert('T', ['K', 'S', 'V'], [2n, 'a', [1, null]])],
    error: {
      code: Code.INVALID_ARGUMENT,
      message: 'The array column T.V has `vector_length`, and Null is not allowed..',
    },
  },
  {
    name: 'a commit timestamp column set in the future',
    mutations: [insert('T', ['K', 'S', 'Ts'], [2n, 'a', FUTURE])],
    error: {
      code: Code.FAILED_PRECONDITION,
      message: 'Cannot write timestamps in the future, found: 3000-01-01T00:00:00+00:00',
    },
  },
])('refused: $name', async ({ mutations, error }) => {
  const db = dbs.create([T]);
  await commit(db, [insert('T', ['K', 'S'], [1n, 'x'])]);
  expect(await failure(db, mutations)).toEqual(error);
});

test('accepted: lengths count characters, not UTF-16 units or bytes; other timestamps may be in the future', async () => {
  const db = dbs.create([T]);
  await commit(db, [insert('T', ['K', 'S', 'A', 'V', 'Plain'], [1n, '🀡🁢🂣🃤🄥', ['é€😀'], [0.5, 1], FUTURE])]);
  expect(values(db, 'T', ['S', 'A', 'V', 'Plain'])).toEqual([['🀡🁢🂣🃤🄥', ['é€😀'], [0.5, 1], FUTURE]]);
});

describe('placement keys', () => {
  const PLACED = [
    "CREATE PLACEMENT p1 OPTIONS (instance_partition = 'partition-1')",
    'CREATE TABLE P (K INT64 NOT NULL, Loc STRING(MAX) NOT NULL PLACEMENT KEY) PRIMARY KEY (K)',
  ];

  test('name a placement of the schema (or are empty)', async () => {
    const db = dbs.create(PLACED);
    await commit(db, [insert('P', ['K', 'Loc'], [1n, 'p1'], [2n, ''])]);
    expect(await failure(db, [insert('P', ['K', 'Loc'], [3n, 'nowhere'])])).toEqual({
      code: Code.INVALID_ARGUMENT,
      message: 'Unknown placement: nowhere',
    });
  });
});

describe('key sizes', () => {
  const KEYS = [
    'CREATE TABLE K (A STRING(MAX) NOT NULL, B STRING(MAX), C STRING(MAX)) PRIMARY KEY (A)',
    'CREATE INDEX ByBC ON K(B, C)',
  ];

  test.each([
    {
      name: 'a primary key over 8 KiB',
      mutations: [insert('K', ['A'], ['a'.repeat(8193)])],
      error: {
        code: Code.INVALID_ARGUMENT,
        message: 'Number of bytes for key of table K is 8193 which exceeds the maximum of 8192.',
      },
    },
    {
      name: 'an index key over 8 KiB, the base key included',
      mutations: [insert('K', ['A', 'B', 'C'], ['k', 'b'.repeat(4096), 'c'.repeat(4096)])],
      error: {
        code: Code.INVALID_ARGUMENT,
        message: 'Number of bytes for key of index ByBC is 8193 which exceeds the maximum of 8192.',
      },
    },
    {
      name: 'an index key grown over 8 KiB by an update',
      mutations: [update('K', ['A', 'B'], ['x', 'b'.repeat(8190)])],
      error: {
        code: Code.INVALID_ARGUMENT,
        message: 'Number of bytes for key of index ByBC is 8193 which exceeds the maximum of 8192.',
      },
    },
  ])('refused: $name', async ({ mutations, error }) => {
    const db = dbs.create(KEYS);
    await commit(db, [insert('K', ['A'], ['x'])]);
    expect(await failure(db, mutations)).toEqual(error);
  });

  test('CREATE INDEX over a row whose key would exceed 8 KiB fails the statement (FAILED_PRECONDITION)', async () => {
    const db = dbs.create([KEYS[0]]);
    await commit(db, [insert('K', ['A', 'B'], ['k', 'b'.repeat(8192)])]);
    const outcome = db.updateSchema(['CREATE INDEX ByB ON K(B)']);
    expect(outcome.kind === 'applied' && outcome.error).toMatchObject({
      code: Code.FAILED_PRECONDITION,
      message: 'Number of bytes for key of index ByB is 8193 which exceeds the maximum of 8192.',
    });
  });

  test('keys of exactly 8 KiB are accepted; multi-byte characters count their UTF-8 bytes', async () => {
    const db = dbs.create(KEYS);
    // The index entry holds the key and two NULLs (2 bytes each): 8,192 bytes.
    await commit(db, [insert('K', ['A'], ['a'.repeat(8188)])]);
    expect(await failure(db, [insert('K', ['A'], ['é'.repeat(4097)])])).toMatchObject({ code: Code.INVALID_ARGUMENT });
  });
});
