/**
 * spanner.commit_timestamp() in mutations: written values and key parts become the commit
 * timestamp (in keys and indexes too), only where allow_commit_timestamp holds along the
 * interleaving hierarchy of a key column; delete keys may name it, and may not name a commit
 * timestamp in the future unless the range is empty.
 */
import { Code } from '../../../src/errors/codes';
import { timestampValue } from '../../../src/types/spanner-value';
import {
  commit,
  COMMIT_TIMESTAMP,
  Databases,
  deleteRange,
  failure,
  insert,
  replace,
  update,
  upsert,
  values,
} from './mutation-kit';

const dbs = new Databases();
afterEach(() => dbs.cleanup());

const SCHEMA = [
  `CREATE TABLE Users (
     ID INT64,
     Name STRING(MAX),
     CommitTS TIMESTAMP OPTIONS (allow_commit_timestamp = true),
     NonCommitTS TIMESTAMP,
   ) PRIMARY KEY (ID)`,
  `CREATE TABLE Keyed (
     ID INT64,
     CommitTS TIMESTAMP OPTIONS (allow_commit_timestamp = true),
     Name STRING(MAX),
   ) PRIMARY KEY (ID, CommitTS DESC)`,
  'CREATE UNIQUE INDEX ByNameTs ON Users(Name, CommitTS)',
];

const at = (micros: number) => timestampValue(BigInt(micros) * 1000n);
const FUTURE = timestampValue(32503680000n * 1_000_000_000n); // 3000-01-01

test('written values and keys become the commit timestamp, through every kind of write', async () => {
  const db = dbs.create(SCHEMA);
  const { commitTimestamp } = await commit(db, [
    insert('Users', ['ID', 'Name', 'CommitTS'], [6n, 'Levin', COMMIT_TIMESTAMP]),
    update('Users', ['ID', 'Name', 'CommitTS'], [6n, 'Joseph', COMMIT_TIMESTAMP]),
    upsert('Users', ['ID', 'Name', 'CommitTS'], [7n, 'Mark', COMMIT_TIMESTAMP]),
    replace('Users', ['ID', 'Name', 'CommitTS'], [8n, 'Ann', COMMIT_TIMESTAMP]),
    insert('Keyed', ['ID', 'CommitTS', 'Name'], [6n, COMMIT_TIMESTAMP, 'Levin']),
    update('Keyed', ['ID', 'CommitTS', 'Name'], [6n, COMMIT_TIMESTAMP, 'Joseph']),
  ]);
  const ts = at(commitTimestamp);
  expect(values(db, 'Users', ['ID', 'Name', 'CommitTS'])).toEqual([
    [6n, 'Joseph', ts],
    [7n, 'Mark', ts],
    [8n, 'Ann', ts],
  ]);
  expect(values(db, 'Keyed', ['ID', 'CommitTS', 'Name'])).toEqual([[6n, ts, 'Joseph']]);
});

test('rows of one commit sharing a commit timestamp in a UNIQUE index collide only on the same name', async () => {
  const db = dbs.create(SCHEMA);
  await commit(db, [
    insert('Users', ['ID', 'Name', 'CommitTS'], [0n, 'A', COMMIT_TIMESTAMP], [1n, 'B', COMMIT_TIMESTAMP]),
  ]);
  await commit(db, [update('Users', ['ID', 'CommitTS'], [0n, COMMIT_TIMESTAMP], [1n, COMMIT_TIMESTAMP])]);
  expect(
    await failure(db, [
      insert('Users', ['ID', 'Name', 'CommitTS'], [2n, 'C', COMMIT_TIMESTAMP], [3n, 'C', COMMIT_TIMESTAMP]),
    ]),
  ).toMatchObject({ code: Code.ALREADY_EXISTS });
});

test.each([
  {
    name: 'into a column without allow_commit_timestamp',
    mutations: [insert('Users', ['ID', 'NonCommitTS'], [1n, COMMIT_TIMESTAMP])],
    message:
      "Cannot write commit timestamp because the allow_commit_timestamp column option is not set to true for column Users.NonCommitTS, or for all corresponding shared key columns in this table's interleaved table hierarchy.",
  },
  {
    name: 'the maximum timestamp into a commit timestamp column',
    mutations: [insert('Users', ['ID', 'CommitTS'], [1n, timestampValue(253402300799999999000n)])],
    message: 'Cannot write timestamps in the future, found: 9999-12-31T23:59:59.999999+00:00',
  },
  {
    name: 'a delete range in the future',
    mutations: [deleteRange('Keyed', [1n, FUTURE], [1n, at(0)], { start: false, end: false })],
    message: 'Cannot write timestamps in the future, found: 3000-01-01T00:00:00+00:00',
  },
])('refused: $name', async ({ mutations, message }) => {
  const db = dbs.create(SCHEMA);
  expect(await failure(db, mutations)).toEqual({ code: Code.FAILED_PRECONDITION, message });
});

test('delete ranges may name the commit timestamp, and empty ranges the future', async () => {
  const db = dbs.create(SCHEMA);
  const { commitTimestamp } = await commit(db, [
    insert('Keyed', ['ID', 'CommitTS', 'Name'], [1n, COMMIT_TIMESTAMP, 'a']),
  ]);
  const open = { start: true, end: false };
  await commit(db, [deleteRange('Keyed', [1n, COMMIT_TIMESTAMP], [1n, COMMIT_TIMESTAMP], open)]);
  await commit(db, [deleteRange('Keyed', [1n, COMMIT_TIMESTAMP], [1n, at(commitTimestamp)], open)]);
  await commit(db, [deleteRange('Keyed', [1n, FUTURE], [1n, FUTURE], open)]);
  // DESC: the past comes after the future, so this range is empty.
  await commit(db, [deleteRange('Keyed', [1n, at(0)], [1n, FUTURE], { start: false, end: false })]);
  expect(values(db, 'Keyed', ['ID', 'CommitTS'])).toEqual([[1n, at(commitTimestamp)]]);
  await commit(db, [
    deleteRange('Keyed', [1n], [1n, at(commitTimestamp)]),
    insert('Keyed', ['ID', 'CommitTS', 'Name'], [1n, COMMIT_TIMESTAMP, 'b']),
  ]);
  expect(values(db, 'Keyed', ['Name'])).toEqual([['b']]);
});

describe('the interleaving hierarchy of a commit timestamp key column', () => {
  const hierarchy = (options: [boolean, boolean, boolean]) => {
    const ts = (allow: boolean) => (allow ? 'TIMESTAMP OPTIONS (allow_commit_timestamp = true)' : 'TIMESTAMP');
    return [
      `CREATE TABLE T1 (ts ${ts(options[0])}) PRIMARY KEY (ts)`,
      `CREATE TABLE T2 (ts ${ts(options[1])}, c2 STRING(MAX)) PRIMARY KEY (ts, c2), INTERLEAVE IN PARENT T1`,
      `CREATE TABLE T3 (ts ${ts(options[2])}, c2 STRING(MAX), c3 STRING(MAX)) PRIMARY KEY (ts, c2, c3), INTERLEAVE IN PARENT T2`,
    ];
  };
  const refusal = (column: string) => ({
    code: Code.FAILED_PRECONDITION,
    message: `Cannot write commit timestamp because the allow_commit_timestamp column option is not set to true for column ${column}, or for all corresponding shared key columns in this table's interleaved table hierarchy.`,
  });

  test.each([
    {
      name: 'a parent without the option refuses a child write',
      options: [false, true, true] as [boolean, boolean, boolean],
      mutations: [insert('T3', ['ts', 'c2', 'c3'], [COMMIT_TIMESTAMP, 'a', 'b'])],
      error: refusal('T3.ts'),
    },
    {
      name: 'a descendant without the option refuses a root write',
      options: [true, true, false] as [boolean, boolean, boolean],
      mutations: [insert('T1', ['ts'], [COMMIT_TIMESTAMP])],
      error: refusal('T1.ts'),
    },
    {
      name: 'the whole hierarchy with the option accepts',
      options: [true, true, true] as [boolean, boolean, boolean],
      mutations: [insert('T1', ['ts'], [COMMIT_TIMESTAMP]), insert('T2', ['ts', 'c2'], [COMMIT_TIMESTAMP, 'a'])],
      error: null,
    },
  ])('$name', async ({ options, mutations, error }) => {
    const db = dbs.create(hierarchy(options));
    expect(await failure(db, mutations)).toEqual(error);
  });
});
