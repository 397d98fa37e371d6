/**
 * Interleaving on writes: INTERLEAVE IN PARENT rows need their parent (already written when they
 * are; how a missing one fails is missing-parents.test.ts's); deleting (or replacing) a parent
 * fails over ON DELETE NO ACTION children and takes ON DELETE CASCADE children along, down the
 * hierarchy; INTERLEAVE IN tables are left alone.
 */
import { Code } from '../../../src/errors/codes';
import { commit, Databases, deleteKeys, failure, insert, replace, values } from './mutation-kit';

const dbs = new Databases();
afterEach(() => dbs.cleanup());

const SCHEMA = [
  'CREATE TABLE Users (UserId INT64 NOT NULL, Name STRING(MAX)) PRIMARY KEY (UserId)',
  `CREATE TABLE Threads (UserId INT64 NOT NULL, ThreadId INT64 NOT NULL, Starred BOOL)
     PRIMARY KEY (UserId, ThreadId), INTERLEAVE IN PARENT Users ON DELETE CASCADE`,
  `CREATE TABLE Messages (UserId INT64 NOT NULL, ThreadId INT64 NOT NULL, MessageId INT64 NOT NULL)
     PRIMARY KEY (UserId, ThreadId, MessageId), INTERLEAVE IN PARENT Threads ON DELETE CASCADE`,
  `CREATE TABLE Snoozes (UserId INT64 NOT NULL, ThreadId INT64 NOT NULL, SnoozeId INT64 NOT NULL)
     PRIMARY KEY (UserId, ThreadId, SnoozeId), INTERLEAVE IN PARENT Threads ON DELETE NO ACTION`,
];

async function populated() {
  const db = dbs.create(SCHEMA);
  await commit(db, [
    insert('Users', ['UserId'], [1n], [2n]),
    insert('Threads', ['UserId', 'ThreadId', 'Starred'], [1n, 1n, true], [1n, 2n, true], [2n, 1n, false]),
    insert('Messages', ['UserId', 'ThreadId', 'MessageId'], [1n, 1n, 1n], [1n, 2n, 1n], [2n, 1n, 1n]),
    insert('Snoozes', ['UserId', 'ThreadId', 'SnoozeId'], [1n, 1n, 1n]),
  ]);
  return db;
}

test('a child needs its parent', async () => {
  const db = dbs.create(SCHEMA);
  await commit(db, [insert('Users', ['UserId'], [1n]), insert('Threads', ['UserId', 'ThreadId'], [1n, 1n])]);
  expect(await failure(db, [insert('Threads', ['UserId', 'ThreadId'], [2n, 1n])])).toEqual({
    code: Code.NOT_FOUND,
    message:
      'Insert failed because key was not found in parent table:  Parent Table: Users  Child Table: Threads  Key: {Int64(2)}',
  });
});

test('deleting a parent cascades down, and stops at NO ACTION children', async () => {
  const db = await populated();
  expect(await failure(db, [deleteKeys('Users', [1n])])).toEqual({
    code: Code.FAILED_PRECONDITION,
    message:
      'Delete failed because one or more keys exist within the child table:  Parent Table: Threads  Child Table: Snoozes  Key: {Int64(1), Int64(1)}',
  });
  await commit(db, [deleteKeys('Snoozes', [1n, 1n, 1n]), deleteKeys('Users', [1n])]);
  expect(values(db, 'Users', ['UserId'])).toEqual([[2n]]);
  expect(values(db, 'Threads', ['UserId', 'ThreadId'])).toEqual([[2n, 1n]]);
  expect(values(db, 'Messages', ['UserId', 'ThreadId', 'MessageId'])).toEqual([[2n, 1n, 1n]]);
});

test('NO ACTION children deleted earlier in the same commit do not block', async () => {
  const db = await populated();
  expect(await failure(db, [deleteKeys('Threads', [1n, 1n]), deleteKeys('Snoozes', [1n, 1n, 1n])])).toMatchObject({
    code: Code.FAILED_PRECONDITION,
  });
  await commit(db, [deleteKeys('Snoozes', [1n, 1n, 1n]), deleteKeys('Threads', [1n, 1n])]);
  expect(values(db, 'Threads', ['UserId', 'ThreadId'])).toEqual([
    [1n, 2n],
    [2n, 1n],
  ]);
});

test('replace deletes the row first: its CASCADE children go, NO ACTION children refuse it', async () => {
  const db = await populated();
  expect(await failure(db, [replace('Threads', ['UserId', 'ThreadId', 'Starred'], [1n, 1n, false])])).toMatchObject({
    code: Code.FAILED_PRECONDITION,
  });
  await commit(db, [replace('Threads', ['UserId', 'ThreadId', 'Starred'], [1n, 2n, false])]);
  expect(values(db, 'Messages', ['UserId', 'ThreadId', 'MessageId'])).toEqual([
    [1n, 1n, 1n],
    [2n, 1n, 1n],
  ]);
  expect(values(db, 'Threads', ['ThreadId', 'Starred'])).toEqual([
    [1n, true],
    [2n, false],
    [1n, false],
  ]);
});

test('INTERLEAVE IN children need no parent and survive its deletion', async () => {
  const db = dbs.create([
    'CREATE TABLE P (Id INT64) PRIMARY KEY (Id)',
    'CREATE TABLE C (Id INT64, Sub INT64) PRIMARY KEY (Id, Sub), INTERLEAVE IN P',
    'CREATE TABLE G (Id INT64, Sub INT64, X INT64) PRIMARY KEY (Id, Sub, X), INTERLEAVE IN PARENT C ON DELETE CASCADE',
  ]);
  await commit(db, [insert('P', ['Id'], [1n]), insert('C', ['Id', 'Sub'], [1n, 1n], [2n, 1n])]);
  await commit(db, [insert('G', ['Id', 'Sub', 'X'], [2n, 1n, 1n])]);
  await commit(db, [deleteKeys('P', [1n])]);
  expect(values(db, 'C', ['Id', 'Sub'])).toEqual([
    [1n, 1n],
    [2n, 1n],
  ]);
  await commit(db, [deleteKeys('C', [2n, 1n])]);
  expect(values(db, 'G', ['Id'])).toEqual([]);
});
