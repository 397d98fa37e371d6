/** ALTER TABLE: columns, key columns, interleaving, row deletion policies, options. */

import { ALBUMS, USERS, compact, ddlAfter, lastError } from './schema-test-helpers';

const T =
  'CREATE TABLE T (K INT64 NOT NULL, S STRING(20), B BYTES(MAX), A ARRAY<STRING(10)>, Ts TIMESTAMP) PRIMARY KEY (K)';

describe('ALTER TABLE ADD / DROP COLUMN', () => {
  it.each([
    ['adds a column last', [T, 'ALTER TABLE T ADD COLUMN N INT64'], 'Ts TIMESTAMP, N INT64, ) PRIMARY KEY(K)'],
    [
      'ignores IF NOT EXISTS on an existing column',
      [T, 'ALTER TABLE T ADD COLUMN IF NOT EXISTS s BOOL'],
      'S STRING(20),',
    ],
    ['drops a column', [T, 'ALTER TABLE T DROP COLUMN S'], 'K INT64 NOT NULL, B BYTES(MAX),'],
    ['ignores IF EXISTS on a missing table', [T, 'ALTER TABLE IF EXISTS Nope ADD COLUMN X INT64'], 'CREATE TABLE T'],
  ])('%s', (_name, statements, expected) => {
    expect(compact(ddlAfter(statements))).toContain(expected);
  });

  it.each([
    ['a missing table', [T, 'ALTER TABLE Nope ADD COLUMN X INT64'], 'NOT_FOUND: Table not found: Nope'],
    ['a duplicate column', [T, 'ALTER TABLE T ADD COLUMN s INT64'], 'FAILED_PRECONDITION: Duplicate column name T.s.'],
    [
      'a NOT NULL column without default',
      [T, 'ALTER TABLE T ADD COLUMN N INT64 NOT NULL'],
      'UNIMPLEMENTED: Cannot add NOT NULL column T.N to existing table T.',
    ],
    [
      'a bad length',
      [T, 'ALTER TABLE T ADD COLUMN N STRING(0)'],
      'INVALID_ARGUMENT: Bad length for column T.N: 0 : Allowed length range: [1, 2621440].',
    ],
    [
      'dropping a missing column',
      [T, 'ALTER TABLE T DROP COLUMN Nope'],
      'NOT_FOUND: Column not found in table T: Nope',
    ],
    [
      'dropping a key column',
      [T, 'ALTER TABLE T DROP COLUMN K'],
      'INVALID_ARGUMENT: Cannot drop key column K from table T.',
    ],
    [
      'dropping an indexed column',
      [T, 'CREATE INDEX I ON T(K) STORING (S)', 'ALTER TABLE T DROP COLUMN S'],
      'FAILED_PRECONDITION: Cannot drop column S from table T because it is used by index I.',
    ],
    [
      'dropping the row deletion policy column',
      [T, 'ALTER TABLE T ADD ROW DELETION POLICY (OLDER_THAN(Ts, INTERVAL 1 DAY))', 'ALTER TABLE T DROP COLUMN Ts'],
      'INVALID_ARGUMENT: ROW DELETION POLICY will break if drop/alter column named Ts in table T. Row Deletion Policy must be set on column of type TIMESTAMP.',
    ],
  ])('refuses %s', (_name, statements, expected) => {
    expect(lastError(statements)).toBe(expected);
  });
});

describe('ALTER TABLE ALTER COLUMN', () => {
  it.each([
    ['widens a STRING', 'ALTER TABLE T ALTER COLUMN S STRING(MAX)', 'S STRING(MAX),'],
    ['narrows a STRING (no rows)', 'ALTER TABLE T ALTER COLUMN S STRING(5)', 'S STRING(5),'],
    ['turns STRING into BYTES', 'ALTER TABLE T ALTER COLUMN S BYTES(20)', 'S BYTES(20),'],
    ['turns BYTES into STRING', 'ALTER TABLE T ALTER COLUMN B STRING(MAX)', 'B STRING(MAX),'],
    ['changes an array element type', 'ALTER TABLE T ALTER COLUMN A ARRAY<BYTES(MAX)>', 'A ARRAY<BYTES(MAX)>,'],
    ['adds NOT NULL', 'ALTER TABLE T ALTER COLUMN S STRING(20) NOT NULL', 'S STRING(20) NOT NULL,'],
    [
      'sets a column option',
      'ALTER TABLE T ALTER COLUMN Ts SET OPTIONS (allow_commit_timestamp = true)',
      'Ts TIMESTAMP OPTIONS ( allow_commit_timestamp = true ),',
    ],
    ['widens a key column', 'ALTER TABLE T ALTER COLUMN K INT64 NOT NULL', 'K INT64 NOT NULL,'],
  ])('%s', (_name, statement, expected) => {
    expect(compact(ddlAfter([T, statement]))).toContain(expected);
  });

  it('keeps the commit timestamp option through a redefinition', () => {
    const ddl = ddlAfter([
      T,
      'ALTER TABLE T ALTER COLUMN Ts SET OPTIONS (allow_commit_timestamp = true)',
      'ALTER TABLE T ALTER COLUMN Ts TIMESTAMP NOT NULL',
    ]);
    expect(compact(ddl)).toContain('Ts TIMESTAMP NOT NULL OPTIONS ( allow_commit_timestamp = true ),');
  });

  it('unsets an option set to NULL', () => {
    const ddl = ddlAfter([
      T,
      'ALTER TABLE T ALTER COLUMN Ts SET OPTIONS (allow_commit_timestamp = true)',
      'ALTER TABLE T ALTER COLUMN Ts SET OPTIONS (allow_commit_timestamp = NULL)',
    ]);
    expect(compact(ddl)).toContain('Ts TIMESTAMP, ) PRIMARY KEY(K)');
  });

  it.each([
    ['a missing column', [T, 'ALTER TABLE T ALTER COLUMN Nope INT64'], 'NOT_FOUND: Column not found in table T: Nope'],
    [
      'INT64 to STRING',
      [T, 'ALTER TABLE T ALTER COLUMN K STRING(MAX) NOT NULL'],
      'INVALID_ARGUMENT: Cannot change type of column `K` from `INT64` to `STRING`',
    ],
    [
      'a scalar to an array',
      [T, 'ALTER TABLE T ALTER COLUMN S ARRAY<STRING(20)>'],
      'INVALID_ARGUMENT: Cannot change type of column `S` from `STRING` to `ARRAY<STRING>`',
    ],
    [
      'the nullability of a key column',
      [T, 'ALTER TABLE T ALTER COLUMN K INT64'],
      'INVALID_ARGUMENT: Cannot change key column T.K.',
    ],
    [
      'a key column the child shares',
      [USERS, ALBUMS, 'ALTER TABLE Albums ALTER COLUMN UserId INT64 NOT NULL'],
      'INVALID_ARGUMENT: Cannot alter parent key column Albums.UserId.',
    ],
    [
      'a parent key column',
      [USERS, ALBUMS, 'ALTER TABLE Users ALTER COLUMN UserId INT64'],
      'INVALID_ARGUMENT: Requested change to key column Users.UserId could not be made.',
    ],
    [
      'the nullability of an indexed column',
      [T, 'CREATE INDEX I ON T(S)', 'ALTER TABLE T ALTER COLUMN S STRING(20) NOT NULL'],
      'FAILED_PRECONDITION: Changing NOT NULL constraints on column S is not allowed because it affects index I.',
    ],
    [
      'allow_commit_timestamp on a STRING',
      [T, 'ALTER TABLE T ALTER COLUMN S SET OPTIONS (allow_commit_timestamp = true)'],
      'FAILED_PRECONDITION: Column T.S has invalid allow_commit_timestamp option.  Option only allowed on TIMESTAMP columns.',
    ],
    [
      'the type of the row deletion policy column',
      [
        T,
        'ALTER TABLE T ADD ROW DELETION POLICY (OLDER_THAN(Ts, INTERVAL 1 DAY))',
        'ALTER TABLE T ALTER COLUMN Ts DATE',
      ],
      'INVALID_ARGUMENT: ROW DELETION POLICY will break if drop/alter column named Ts in table T. Row Deletion Policy must be set on column of type TIMESTAMP.',
    ],
  ])('refuses %s', (_name, statements, expected) => {
    expect(lastError(statements)).toBe(expected);
  });

  it('allows the commit timestamp option on a shared key column', () => {
    const parent = 'CREATE TABLE P (Ts TIMESTAMP) PRIMARY KEY (Ts)';
    const child = 'CREATE TABLE C (Ts TIMESTAMP) PRIMARY KEY (Ts), INTERLEAVE IN PARENT P ON DELETE CASCADE';
    expect(
      lastError([parent, child, 'ALTER TABLE C ALTER COLUMN Ts SET OPTIONS (allow_commit_timestamp = true)']),
    ).toBeNull();
  });
});

// ALTER COLUMN against existing rows: test/engine/database/schema-data-checks.test.ts (real rows).

describe('ALTER TABLE SET ON DELETE / SET INTERLEAVE', () => {
  it('changes ON DELETE', () => {
    expect(compact(ddlAfter([USERS, ALBUMS, 'ALTER TABLE Albums SET ON DELETE NO ACTION']))).toContain(
      'INTERLEAVE IN PARENT Users ON DELETE NO ACTION',
    );
  });

  it('turns INTERLEAVE IN PARENT into INTERLEAVE IN', () => {
    expect(compact(ddlAfter([USERS, ALBUMS, 'ALTER TABLE Albums SET INTERLEAVE IN Users']))).toContain(
      'PRIMARY KEY(UserId, AlbumId), INTERLEAVE IN Users',
    );
  });

  it.each([
    [
      'SET ON DELETE without interleaving',
      [USERS, 'ALTER TABLE Users SET ON DELETE CASCADE'],
      'INVALID_ARGUMENT: Cannot SET ON DELETE on table Users that does not have an INTERLEAVE clause.',
    ],
    [
      'changing the parent',
      [
        USERS,
        ALBUMS,
        'CREATE TABLE Other (UserId INT64 NOT NULL) PRIMARY KEY (UserId)',
        'ALTER TABLE Albums SET INTERLEAVE IN Other',
      ],
      'INVALID_ARGUMENT: Cannot change the interleaving table of table Albums.',
    ],
    [
      'interleaving a top-level table',
      [
        USERS,
        'CREATE TABLE X (UserId INT64 NOT NULL) PRIMARY KEY (UserId)',
        'ALTER TABLE X SET INTERLEAVE IN PARENT Users',
      ],
      'INVALID_ARGUMENT: Cannot change interleaving behavior of table X.',
    ],
    [
      'INTERLEAVE IN to IN PARENT ON DELETE CASCADE',
      [
        USERS,
        'CREATE TABLE C (UserId INT64 NOT NULL, X INT64) PRIMARY KEY (UserId, X), INTERLEAVE IN Users',
        'ALTER TABLE C SET INTERLEAVE IN PARENT Users ON DELETE CASCADE',
      ],
      'UNIMPLEMENTED: Altering the table C from INTERLEAVE IN to INTERLEAVE IN PARENT ON DELETE CASCADE is not supported. Please migrate the table to INTERLEAVE IN PARENT ON DELETE NO ACTION first, then migrate it to ON DELETE CASCADE.',
    ],
  ])('refuses %s', (_name, statements, expected) => {
    expect(lastError(statements)).toBe(expected);
  });
});

describe('ALTER TABLE ... ROW DELETION POLICY', () => {
  const withPolicy =
    'CREATE TABLE T (K INT64, Ts TIMESTAMP) PRIMARY KEY (K), ROW DELETION POLICY (OLDER_THAN(Ts, INTERVAL 1 DAY))';
  const without = 'CREATE TABLE T (K INT64, Ts TIMESTAMP) PRIMARY KEY (K)';

  it.each([
    [
      'adds',
      [without, 'ALTER TABLE T ADD ROW DELETION POLICY (OLDER_THAN(Ts, INTERVAL 2 DAY))'],
      'ROW DELETION POLICY (OLDER_THAN(Ts, INTERVAL 2 DAY))',
    ],
    [
      'replaces',
      [withPolicy, 'ALTER TABLE T REPLACE ROW DELETION POLICY (OLDER_THAN(Ts, INTERVAL 9 DAY))'],
      'INTERVAL 9 DAY',
    ],
    ['drops', [withPolicy, 'ALTER TABLE T DROP ROW DELETION POLICY'], 'Ts TIMESTAMP, ) PRIMARY KEY(K)'],
  ])('%s', (_name, statements, expected) => {
    expect(compact(ddlAfter(statements))).toContain(expected);
  });

  it.each([
    [
      'adding a second policy',
      [withPolicy, 'ALTER TABLE T ADD ROW DELETION POLICY (OLDER_THAN(Ts, INTERVAL 2 DAY))'],
      'INVALID_ARGUMENT: Cannot create ROW DELETION POLICY because there is already one on column named Ts in table T.',
    ],
    [
      'replacing a missing policy',
      [without, 'ALTER TABLE T REPLACE ROW DELETION POLICY (OLDER_THAN(Ts, INTERVAL 2 DAY))'],
      'INVALID_ARGUMENT: ROW DELETION POLICY does not exist on table T.',
    ],
    [
      'dropping a missing policy',
      [without, 'ALTER TABLE T DROP ROW DELETION POLICY'],
      'INVALID_ARGUMENT: ROW DELETION POLICY does not exist on table T.',
    ],
    [
      'a policy over a NO ACTION grandchild',
      [
        without,
        'CREATE TABLE C (K INT64, C INT64) PRIMARY KEY (K, C), INTERLEAVE IN PARENT T ON DELETE CASCADE',
        'CREATE TABLE G (K INT64, C INT64, G INT64) PRIMARY KEY (K, C, G), INTERLEAVE IN PARENT C ON DELETE NO ACTION',
        'ALTER TABLE T ADD ROW DELETION POLICY (OLDER_THAN(Ts, INTERVAL 7 DAY))',
      ],
      'INVALID_ARGUMENT: Cannot create row deletion policy on T because there is a descendant Table G with ON DELETE NO ACTION.',
    ],
  ])('refuses %s', (_name, statements, expected) => {
    expect(lastError(statements)).toBe(expected);
  });
});
