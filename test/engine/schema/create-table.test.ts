/** CREATE TABLE: the table rules, with Spanner's codes and messages. */

import { ALBUMS, USERS, compact, ddlAfter, lastError } from './schema-test-helpers';

describe('CREATE TABLE accepts', () => {
  it.each([
    ['a plain table', [USERS], 'CREATE TABLE Users ( UserId INT64 NOT NULL, Name STRING(MAX), ) PRIMARY KEY(UserId)'],
    [
      'a column-level PRIMARY KEY',
      ['CREATE TABLE T (K INT64 NOT NULL PRIMARY KEY, V BOOL)'],
      'CREATE TABLE T ( K INT64 NOT NULL, V BOOL, ) PRIMARY KEY(K)',
    ],
    ['an empty key', ['CREATE TABLE T (V BOOL) PRIMARY KEY ()'], 'CREATE TABLE T ( V BOOL, ) PRIMARY KEY()'],
    [
      'DESC key parts',
      ['CREATE TABLE T (K INT64) PRIMARY KEY (K DESC)'],
      'CREATE TABLE T ( K INT64, ) PRIMARY KEY(K DESC)',
    ],
    [
      'FLOAT64 and FLOAT32 keys',
      ['CREATE TABLE T (A FLOAT64, B FLOAT32) PRIMARY KEY (A, B)'],
      'CREATE TABLE T ( A FLOAT64, B FLOAT32, ) PRIMARY KEY(A, B)',
    ],
    [
      'the longest STRING',
      ['CREATE TABLE T (S STRING(2621440)) PRIMARY KEY ()'],
      'CREATE TABLE T ( S STRING(2621440), ) PRIMARY KEY()',
    ],
    [
      'the longest BYTES',
      ['CREATE TABLE T (B BYTES(10485760)) PRIMARY KEY ()'],
      'CREATE TABLE T ( B BYTES(10485760), ) PRIMARY KEY()',
    ],
    [
      'a commit timestamp column',
      ['CREATE TABLE T (K INT64, Ts TIMESTAMP OPTIONS (allow_commit_timestamp = true)) PRIMARY KEY (K)'],
      'CREATE TABLE T ( K INT64, Ts TIMESTAMP OPTIONS ( allow_commit_timestamp = true ), ) PRIMARY KEY(K)',
    ],
    [
      'an interleaved child, printed after its parent',
      [USERS, ALBUMS],
      'CREATE TABLE Users ( UserId INT64 NOT NULL, Name STRING(MAX), ) PRIMARY KEY(UserId); ' +
        'CREATE TABLE Albums ( UserId INT64 NOT NULL, AlbumId INT64 NOT NULL, Title STRING(100), ) PRIMARY KEY(UserId, AlbumId), INTERLEAVE IN PARENT Users ON DELETE CASCADE',
    ],
    [
      'IN PARENT without ON DELETE as NO ACTION',
      [USERS, 'CREATE TABLE C (UserId INT64 NOT NULL, X INT64) PRIMARY KEY (UserId, X), INTERLEAVE IN PARENT Users'],
      'INTERLEAVE IN PARENT Users ON DELETE NO ACTION',
    ],
    [
      'INTERLEAVE IN (no parent row needed)',
      [USERS, 'CREATE TABLE C (UserId INT64 NOT NULL, X INT64) PRIMARY KEY (UserId, X), INTERLEAVE IN Users'],
      'PRIMARY KEY(UserId, X), INTERLEAVE IN Users',
    ],
    [
      'a row deletion policy',
      ['CREATE TABLE T (K INT64, Ts TIMESTAMP) PRIMARY KEY (K), ROW DELETION POLICY (OLDER_THAN(Ts, INTERVAL 3 DAY))'],
      'ROW DELETION POLICY (OLDER_THAN(Ts, INTERVAL 3 DAY))',
    ],
    [
      'IF NOT EXISTS on an existing table (no change)',
      [USERS, 'CREATE TABLE IF NOT EXISTS Users (X INT64) PRIMARY KEY (X)'],
      'Name STRING(MAX), ) PRIMARY KEY(UserId)',
    ],
  ])('%s', (_name, statements, expected) => {
    expect(compact(ddlAfter(statements))).toContain(expected);
  });

  it('matches key columns to column definitions by their exact spelling', () => {
    expect(compact(ddlAfter(['CREATE TABLE T (Id INT64) PRIMARY KEY (Id)']))).toContain('PRIMARY KEY(Id)');
    expect(lastError(['CREATE TABLE T (Id INT64) PRIMARY KEY (id)'])).toBe(
      'FAILED_PRECONDITION: Table T references nonexistent key column id.',
    );
  });
});

describe('CREATE TABLE refuses', () => {
  it.each([
    [
      'a duplicate table name, case-insensitively',
      [USERS, 'CREATE TABLE users (X INT64) PRIMARY KEY (X)'],
      'FAILED_PRECONDITION: Duplicate name in schema: users.',
    ],
    [
      'a duplicate column',
      ['CREATE TABLE T (A INT64, a INT64) PRIMARY KEY ()'],
      'FAILED_PRECONDITION: Duplicate column name T.a.',
    ],
    [
      'a missing key column',
      ['CREATE TABLE T (A INT64) PRIMARY KEY (B)'],
      'FAILED_PRECONDITION: Table T references nonexistent key column B.',
    ],
    [
      'a key column twice',
      ['CREATE TABLE T (A INT64) PRIMARY KEY (A, A)'],
      'INVALID_ARGUMENT: Table T references key column A more than once.',
    ],
    [
      'an ARRAY key',
      ['CREATE TABLE T (A ARRAY<INT64>) PRIMARY KEY (A)'],
      'INVALID_ARGUMENT: Column T.A has type ARRAY, but is part of the primary key.',
    ],
    [
      'a JSON key',
      ['CREATE TABLE T (A JSON) PRIMARY KEY (A)'],
      'INVALID_ARGUMENT: Column T.A has type JSON, but is part of the primary key.',
    ],
    [
      'STRING(0)',
      ['CREATE TABLE T (A STRING(0)) PRIMARY KEY ()'],
      'INVALID_ARGUMENT: Bad length for column T.A: 0 : Allowed length range: [1, 2621440].',
    ],
    [
      'BYTES too long',
      ['CREATE TABLE T (A BYTES(10485761)) PRIMARY KEY ()'],
      'INVALID_ARGUMENT: Bad length for column T.A: 10485761 : Allowed length range: [1, 10485760].',
    ],
    [
      'an ARRAY<STRING> too long',
      ['CREATE TABLE T (A ARRAY<STRING(2621441)>) PRIMARY KEY ()'],
      'INVALID_ARGUMENT: Bad length for column T.A: 2621441 : Allowed length range: [1, 2621440].',
    ],
    [
      'allow_commit_timestamp on a non-TIMESTAMP column',
      ['CREATE TABLE T (A INT64 OPTIONS (allow_commit_timestamp = false)) PRIMARY KEY ()'],
      'FAILED_PRECONDITION: Column T.A has invalid allow_commit_timestamp option.  Option only allowed on TIMESTAMP columns.',
    ],
    [
      'a vector length on ARRAY<INT64>',
      ['CREATE TABLE T (A ARRAY<INT64>(vector_length=>2)) PRIMARY KEY ()'],
      'INVALID_ARGUMENT: `vector_length` can only be applied on ARRAY<FLOAT32>or ARRAY<FLOAT64>, but it is applied on T.A.',
    ],
    [
      'a visible TOKENLIST column',
      ['CREATE TABLE T (A TOKENLIST) PRIMARY KEY ()'],
      'INVALID_ARGUMENT: TOKENLIST column T.A must be HIDDEN.',
    ],
    [
      'a name starting with an underscore',
      ['CREATE TABLE _T (A INT64) PRIMARY KEY ()'],
      'INVALID_ARGUMENT: Table name not valid: _T.',
    ],
    [
      '17 key columns',
      [`CREATE TABLE T (${cols(17)}) PRIMARY KEY (${names(17)})`],
      'INVALID_ARGUMENT: Table T has too many keys (17); the limit is 16.',
    ],
    [
      '1025 columns',
      [`CREATE TABLE T (${cols(1025)}) PRIMARY KEY ()`],
      'FAILED_PRECONDITION: Table T has too many columns; the limit is 1024.',
    ],
  ])('%s', (_name, statements, expected) => {
    expect(lastError(statements)).toBe(expected);
  });
});

describe('CREATE TABLE ... INTERLEAVE refuses', () => {
  const child = (columns: string, key: string, clause = 'INTERLEAVE IN PARENT Users ON DELETE CASCADE') =>
    `CREATE TABLE C (${columns}) PRIMARY KEY (${key}), ${clause}`;
  it.each([
    ['a missing parent', [child('UserId INT64 NOT NULL', 'UserId')], 'NOT_FOUND: Table not found: Users'],
    [
      'interleaving in itself',
      ['CREATE TABLE T (A INT64) PRIMARY KEY (A), INTERLEAVE IN PARENT T'],
      'NOT_FOUND: Table not found: T',
    ],
    [
      'a key without the parent key',
      [USERS, child('X INT64', '')],
      'FAILED_PRECONDITION: Table C does not reference parent key column UserId.',
    ],
    [
      'the parent key spelled in another case',
      [USERS, child('USERID INT64 NOT NULL', 'USERID')],
      'FAILED_PRECONDITION: Table C does not reference parent key column UserId.',
    ],
    [
      'the parent key at another position',
      [USERS, child('X INT64, UserId INT64 NOT NULL', 'X, UserId')],
      'FAILED_PRECONDITION: Table C references parent key column UserId at incorrect position 1.',
    ],
    [
      'a different order',
      [USERS, child('UserId INT64 NOT NULL', 'UserId DESC')],
      'FAILED_PRECONDITION: Table C references parent key column UserId with incorrect order ASC.',
    ],
    [
      'a different type',
      [USERS, child('UserId STRING(MAX) NOT NULL', 'UserId')],
      'FAILED_PRECONDITION: Table C references parent key column UserId with incorrect type STRING (should be INT64).',
    ],
    [
      'a different nullability',
      [USERS, child('UserId INT64', 'UserId')],
      'FAILED_PRECONDITION: Table C references parent key column UserId that is not null, but child key is nullable.',
    ],
    [
      'a different length',
      [
        'CREATE TABLE P (K STRING(10)) PRIMARY KEY (K)',
        'CREATE TABLE C (K STRING(20)) PRIMARY KEY (K), INTERLEAVE IN PARENT P',
      ],
      'FAILED_PRECONDITION: Table C references parent key column K with incorrect length 20 (should be 10).',
    ],
    [
      'a child without columns',
      ['CREATE TABLE P () PRIMARY KEY ()', 'CREATE TABLE C () PRIMARY KEY (), INTERLEAVE IN PARENT P'],
      'FAILED_PRECONDITION: Table C adds no columns and is not a top level table.',
    ],
    [
      'ON DELETE on INTERLEAVE IN',
      [USERS, child('UserId INT64 NOT NULL', 'UserId', 'INTERLEAVE IN Users ON DELETE CASCADE')],
      'INVALID_ARGUMENT: Cannot SET ON DELETE on an INTERLEAVE IN table C.',
    ],
    [
      'NO ACTION under a row deletion policy',
      [
        'CREATE TABLE P (K INT64, Ts TIMESTAMP) PRIMARY KEY (K), ROW DELETION POLICY (OLDER_THAN(Ts, INTERVAL 1 DAY))',
        'CREATE TABLE C (K INT64, X INT64) PRIMARY KEY (K, X), INTERLEAVE IN PARENT P',
      ],
      'INVALID_ARGUMENT: Cannot create or alter table C with ON DELETE NO ACTION because there is a row deletion policy on ancestor table P.',
    ],
    ['nesting deeper than 7', nested(8), 'FAILED_PRECONDITION: Table T8 is too deeply nested; the limit is 7.'],
  ])('%s', (_name, statements, expected) => {
    expect(lastError(statements)).toBe(expected);
  });

  it('accepts nesting of exactly 7 tables', () => {
    expect(ddlAfter(nested(7))).toHaveLength(7);
  });
});

describe('CREATE TABLE ... ROW DELETION POLICY refuses', () => {
  it.each([
    [
      'a missing column',
      'OLDER_THAN(Nope, INTERVAL 1 DAY)',
      'INVALID_ARGUMENT: Cannot create ROW DELETION POLICY because there is no column named Nope in table T.',
    ],
    [
      'a non-TIMESTAMP column',
      'OLDER_THAN(K, INTERVAL 1 DAY)',
      'INVALID_ARGUMENT: Cannot create ROW DELETION POLICY because column K in table T is not of type TIMESTAMP.',
    ],
  ])('%s', (_name, policy, expected) => {
    expect(lastError([`CREATE TABLE T (K INT64, Ts TIMESTAMP) PRIMARY KEY (K), ROW DELETION POLICY (${policy})`])).toBe(
      expected,
    );
  });
});

function names(n: number): string {
  return Array.from({ length: n }, (_, i) => `C${i}`).join(', ');
}

function cols(n: number): string {
  return Array.from({ length: n }, (_, i) => `C${i} INT64`).join(', ');
}

/** T1 ... Tn, each interleaved in the previous one. */
function nested(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const keys = Array.from({ length: i + 1 }, (_, k) => `K${k + 1}`);
    const columns = keys.map((k) => `${k} INT64`).join(', ');
    const parent = i === 0 ? '' : `, INTERLEAVE IN PARENT T${i} ON DELETE CASCADE`;
    return `CREATE TABLE T${i + 1} (${columns}) PRIMARY KEY (${keys.join(', ')})${parent}`;
  });
}
