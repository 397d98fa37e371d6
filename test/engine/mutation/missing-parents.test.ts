/**
 * A child inserted while its INTERLEAVE IN PARENT row is missing, as production Spanner answers:
 * INVALID_ARGUMENT when the commit itself is why (it inserts the parent only later, it deleted the
 * parent earlier, or the parent's key holds the commit timestamp, which no earlier commit can have
 * written), NOT_FOUND when the database simply has no such parent. The commit writes nothing.
 */
import { Code } from '../../../src/errors/codes';
import {
  commit,
  COMMIT_TIMESTAMP,
  Databases,
  deleteKeys,
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
  'CREATE TABLE Users (UserId INT64 NOT NULL, Name STRING(MAX)) PRIMARY KEY (UserId)',
  `CREATE TABLE Threads (UserId INT64 NOT NULL, ThreadId INT64 NOT NULL)
     PRIMARY KEY (UserId, ThreadId), INTERLEAVE IN PARENT Users ON DELETE CASCADE`,
  `CREATE TABLE Messages (UserId INT64 NOT NULL, ThreadId INT64 NOT NULL, MessageId INT64 NOT NULL)
     PRIMARY KEY (UserId, ThreadId, MessageId), INTERLEAVE IN PARENT Threads ON DELETE CASCADE`,
];

const missing = (parent: string, child: string, key: string) =>
  `Insert failed because key was not found in parent table:  Parent Table: ${parent}  Child Table: ${child}  Key: ${key}`;

const thread = (user: bigint, id: bigint) => insert('Threads', ['UserId', 'ThreadId'], [user, id]);

describe('the commit is why the parent is missing: INVALID_ARGUMENT', () => {
  const later = (key: string) =>
    `${missing('Users', 'Threads', key)}. The parent row is inserted later in this transaction; ` +
    'a parent row must be inserted before its child rows.';

  test.each([
    { name: 'an insert', parent: insert('Users', ['UserId', 'Name'], [2n, 'b']) },
    { name: 'an insert_or_update', parent: upsert('Users', ['Name', 'UserId'], ['b', 2n]) },
    { name: 'a replace, among other rows', parent: replace('Users', ['UserId'], [3n], [2n]) },
  ])('the parent inserted later by $name', async ({ parent }) => {
    const db = dbs.create(SCHEMA);
    expect(await failure(db, [thread(2n, 1n), parent])).toEqual({
      code: Code.INVALID_ARGUMENT,
      message: later('{Int64(2)}'),
    });
    expect(values(db, 'Users', ['UserId'])).toEqual([]);
  });

  test('a grandparent inserted later: the missing parent is the one named', async () => {
    const db = dbs.create(SCHEMA);
    const mutations = [
      insert('Messages', ['UserId', 'ThreadId', 'MessageId'], [1n, 1n, 1n]),
      insert('Users', ['UserId'], [1n]),
      thread(1n, 1n),
    ];
    expect(await failure(db, mutations)).toEqual({
      code: Code.INVALID_ARGUMENT,
      message:
        `${missing('Threads', 'Messages', '{Int64(1), Int64(1)}')}. The parent row is inserted later in this ` +
        'transaction; a parent row must be inserted before its child rows.',
    });
  });

  test.each([
    { name: 'directly', parent: 'Users', child: 'Threads', key: '{Int64(1)}', write: thread(1n, 2n) },
    {
      name: 'by a cascade',
      parent: 'Threads',
      child: 'Messages',
      key: '{Int64(1), Int64(1)}',
      write: insert('Messages', ['UserId', 'ThreadId', 'MessageId'], [1n, 1n, 1n]),
    },
  ])('the parent deleted earlier in the commit, $name', async ({ parent, child, key, write }) => {
    const db = dbs.create(SCHEMA);
    await commit(db, [insert('Users', ['UserId'], [1n]), thread(1n, 1n)]);
    expect(await failure(db, [deleteKeys('Users', [1n]), write])).toEqual({
      code: Code.INVALID_ARGUMENT,
      message: `${missing(parent, child, key)}. The parent row was deleted earlier in this transaction.`,
    });
    expect(values(db, 'Threads', ['UserId', 'ThreadId'])).toEqual([[1n, 1n]]);
  });

  test('the parent key holds the commit timestamp, and the commit has not inserted it', async () => {
    const db = dbs.create([
      'CREATE TABLE T1 (ts TIMESTAMP OPTIONS (allow_commit_timestamp = true)) PRIMARY KEY (ts)',
      `CREATE TABLE T2 (ts TIMESTAMP OPTIONS (allow_commit_timestamp = true), c STRING(MAX))
         PRIMARY KEY (ts, c), INTERLEAVE IN PARENT T1`,
    ]);
    await commit(db, [insert('T1', ['ts'], [COMMIT_TIMESTAMP])]);
    expect(await failure(db, [insert('T2', ['ts', 'c'], [COMMIT_TIMESTAMP, 'a'])])).toEqual({
      code: Code.INVALID_ARGUMENT,
      message: expect.stringMatching(
        /^Insert failed because key was not found in parent table: {2}Parent Table: T1 {2}Child Table: T2 {2}Key: \{Timestamp\(.+\)\}\. The parent key holds this transaction's commit timestamp, so only this transaction can insert the parent row, and it must do so before inserting the child row\.$/,
      ),
    });
    // The parent's own timestamp, given explicitly, finds it; and both in one commit, parent first.
    const [stored] = values(db, 'T1', ['ts']);
    await commit(db, [insert('T2', ['ts', 'c'], [stored[0], 'b'])]);
    await commit(db, [insert('T1', ['ts'], [COMMIT_TIMESTAMP]), insert('T2', ['ts', 'c'], [COMMIT_TIMESTAMP, 'c'])]);
    expect(values(db, 'T2', ['c'])).toEqual([['b'], ['c']]);
  });
});

describe('the database has no such parent: NOT_FOUND', () => {
  test.each([
    { name: 'nothing in the commit writes it', mutations: [thread(2n, 1n)] },
    {
      name: 'a later update names it (an update creates nothing)',
      mutations: [thread(2n, 1n), update('Users', ['UserId', 'Name'], [2n, 'b'])],
    },
    { name: 'a later insert writes another parent', mutations: [thread(2n, 1n), insert('Users', ['UserId'], [3n])] },
    {
      name: 'the commit inserted and deleted it before',
      mutations: [insert('Users', ['UserId'], [2n]), deleteKeys('Users', [2n]), thread(2n, 1n)],
    },
  ])('$name', async ({ mutations }) => {
    const db = dbs.create(SCHEMA);
    expect(await failure(db, mutations)).toEqual({
      code: Code.NOT_FOUND,
      message: missing('Users', 'Threads', '{Int64(2)}'),
    });
  });
});
