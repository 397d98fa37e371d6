/** DROP TABLE, renames and synonyms, with the dependencies that block them. */

import { ALBUMS, USERS, compact, ddlAfter, lastError } from './schema-test-helpers';

describe('DROP TABLE', () => {
  it('drops a table and frees its name', () => {
    expect(compact(ddlAfter([USERS, 'DROP TABLE Users', 'CREATE TABLE users (X INT64) PRIMARY KEY (X)']))).toBe(
      'CREATE TABLE users ( X INT64, ) PRIMARY KEY(X)',
    );
  });

  it('ignores IF EXISTS on a missing table', () => {
    expect(ddlAfter(['DROP TABLE IF EXISTS Nope'])).toEqual([]);
  });

  it.each([
    ['a missing table', ['DROP TABLE Nope'], 'NOT_FOUND: Table not found: Nope'],
    [
      'a table with children',
      [USERS, ALBUMS, 'DROP TABLE Users'],
      'FAILED_PRECONDITION: Cannot drop table Users with interleaved tables: Albums.',
    ],
    [
      'a table with indexes',
      [USERS, 'CREATE INDEX ByName ON Users(Name)', 'CREATE INDEX AByName ON Users(Name DESC)', 'DROP TABLE Users'],
      'FAILED_PRECONDITION: Cannot drop table Users with indices: ByName,AByName.',
    ],
    [
      'a table with an index of another table interleaved in it',
      [
        'CREATE TABLE T (A INT64 NOT NULL) PRIMARY KEY (A)',
        'CREATE TABLE U (X INT64 NOT NULL, A INT64 NOT NULL) PRIMARY KEY (X)',
        'CREATE INDEX UByA ON U(A), INTERLEAVE IN T',
        'DROP TABLE T',
      ],
      'FAILED_PRECONDITION: Cannot drop table T with indices: UByA.',
    ],
    [
      'a table dropped earlier in the batch',
      [USERS, 'DROP TABLE Users', 'ALTER TABLE Users ADD COLUMN X INT64'],
      'NOT_FOUND: Table not found: Users',
    ],
  ])('refuses %s', (_name, statements, expected) => {
    expect(lastError(statements)).toBe(expected);
  });
});

describe('renames and synonyms', () => {
  it('renames a table and what refers to it', () => {
    const ddl = compact(
      ddlAfter([USERS, ALBUMS, 'CREATE INDEX I ON Albums(Title)', 'ALTER TABLE Users RENAME TO People']),
    );
    expect(ddl).toContain('CREATE TABLE People (');
    expect(ddl).toContain('INTERLEAVE IN PARENT People ON DELETE CASCADE');
  });

  it('keeps the old name as a synonym when asked', () => {
    expect(compact(ddlAfter([USERS, 'ALTER TABLE Users RENAME TO People, ADD SYNONYM Users']))).toContain(
      'CREATE TABLE People ( UserId INT64 NOT NULL, Name STRING(MAX), SYNONYM(Users), ) PRIMARY KEY(UserId)',
    );
  });

  it('renames several tables in one statement, in order', () => {
    const ddl = compact(ddlAfter([USERS, ALBUMS, 'RENAME TABLE Users TO Tmp, Albums TO Users, Tmp TO Albums']));
    expect(ddl).toContain('CREATE TABLE Albums ( UserId INT64 NOT NULL, Name STRING(MAX), )');
    expect(ddl).toContain('INTERLEAVE IN PARENT Albums ON DELETE CASCADE');
  });

  it('adds and drops a synonym', () => {
    expect(compact(ddlAfter([USERS, 'ALTER TABLE Users ADD SYNONYM U']))).toContain('SYNONYM(U),');
    expect(
      compact(ddlAfter([USERS, 'ALTER TABLE Users ADD SYNONYM U', 'ALTER TABLE Users DROP SYNONYM U'])),
    ).not.toContain('SYNONYM');
  });

  it.each([
    [
      'renaming to a taken name',
      [USERS, 'CREATE TABLE T (X INT64) PRIMARY KEY (X)', 'ALTER TABLE T RENAME TO users'],
      'FAILED_PRECONDITION: Duplicate name in schema: users.',
    ],
    ['renaming a missing table', ['RENAME TABLE Nope TO X'], 'NOT_FOUND: Table not found: Nope'],
    [
      'a second synonym',
      [USERS, 'ALTER TABLE Users ADD SYNONYM U', 'ALTER TABLE Users ADD SYNONYM V'],
      'INVALID_ARGUMENT: Cannot add a synonym to table Users because the table already has a synonym U.',
    ],
    [
      'a synonym taken by a table',
      [USERS, 'CREATE TABLE T (X INT64) PRIMARY KEY (X)', 'ALTER TABLE Users ADD SYNONYM t'],
      'FAILED_PRECONDITION: Duplicate name in schema: t.',
    ],
    [
      'a table named like a synonym',
      [USERS, 'ALTER TABLE Users ADD SYNONYM U', 'CREATE TABLE u (X INT64) PRIMARY KEY (X)'],
      'FAILED_PRECONDITION: Duplicate name in schema: u.',
    ],
    [
      'dropping a missing synonym',
      [USERS, 'ALTER TABLE Users DROP SYNONYM U'],
      'INVALID_ARGUMENT: SYNONYM U does not exist on table Users.',
    ],
  ])('refuses %s', (_name, statements, expected) => {
    expect(lastError(statements)).toBe(expected);
  });
});
