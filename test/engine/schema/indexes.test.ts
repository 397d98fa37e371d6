/** CREATE / ALTER / DROP INDEX: name rules, key and stored columns, interleaving, existing rows. */

import { ALBUMS, USERS, compact, ddlAfter, lastError } from './schema-test-helpers';

const T = 'CREATE TABLE T (K INT64 NOT NULL, A STRING(MAX), B INT64, J JSON, Arr ARRAY<INT64>) PRIMARY KEY (K)';

describe('CREATE INDEX', () => {
  it.each([
    ['a plain index', 'CREATE INDEX I ON T(A)', 'CREATE INDEX I ON T(A)'],
    [
      'a unique null-filtered index with STORING',
      'CREATE UNIQUE NULL_FILTERED INDEX I ON T(A DESC, B) STORING (J, Arr)',
      'CREATE UNIQUE NULL_FILTERED INDEX I ON T(A DESC, B) STORING (J, Arr)',
    ],
    ['an index on the key', 'CREATE INDEX I ON T(K)', 'CREATE INDEX I ON T(K)'],
  ])('accepts %s', (_name, statement, expected) => {
    expect(compact(ddlAfter([T, statement]))).toContain(expected);
  });

  it("prints each table's indexes after it, sorted by name", () => {
    const ddl = ddlAfter([T, 'CREATE INDEX Zeta ON T(A)', 'CREATE INDEX Alpha ON T(B)', USERS]);
    expect(ddl.map((s) => s.split(' (')[0].split('\n')[0])).toEqual([
      'CREATE TABLE T',
      'CREATE INDEX Alpha ON T(B)',
      'CREATE INDEX Zeta ON T(A)',
      'CREATE TABLE Users',
    ]);
  });

  it('accepts an index interleaved in the parent of its table', () => {
    const ddl = ddlAfter([USERS, ALBUMS, 'CREATE INDEX AlbumsByTitle ON Albums(UserId, Title), INTERLEAVE IN Users']);
    expect(compact(ddl)).toContain('CREATE INDEX AlbumsByTitle ON Albums(UserId, Title), INTERLEAVE IN Users');
  });

  it('ignores IF NOT EXISTS on an existing index', () => {
    expect(compact(ddlAfter([T, 'CREATE INDEX I ON T(A)', 'CREATE INDEX IF NOT EXISTS I ON T(B)']))).toContain(
      'CREATE INDEX I ON T(A)',
    );
  });

  it.each([
    ['a missing table', [T, 'CREATE INDEX I ON Nope(A)'], 'NOT_FOUND: Table not found: Nope'],
    ['a name taken by a table', [T, 'CREATE INDEX t ON T(A)'], 'FAILED_PRECONDITION: Duplicate name in schema: t.'],
    [
      'a name taken by an index',
      [T, 'CREATE INDEX I ON T(A)', 'CREATE INDEX i ON T(B)'],
      'FAILED_PRECONDITION: Duplicate name in schema: i.',
    ],
    [
      'PRIMARY_KEY as a name',
      [T, 'CREATE INDEX Primary_Key ON T(A)'],
      'INVALID_ARGUMENT: Cannot use reserved name PRIMARY_KEY for a secondary index',
    ],
    ['the Dir_ prefix', [T, 'CREATE INDEX Dir_X ON T(A)'], 'INVALID_ARGUMENT: Index name not valid: Dir_X.'],
    ['no key columns', [T, 'CREATE INDEX I ON T()'], 'INVALID_ARGUMENT: Index I does not specify any key columns.'],
    [
      'a missing key column',
      [T, 'CREATE INDEX I ON T(Nope)'],
      "INVALID_ARGUMENT: Index I specifies key column Nope which does not exist in the index's base table.",
    ],
    [
      'a missing stored column',
      [T, 'CREATE INDEX I ON T(A) STORING (Nope)'],
      "INVALID_ARGUMENT: Index I specifies key column Nope which does not exist in the index's base table.",
    ],
    ['a key column twice', [T, 'CREATE INDEX I ON T(A, A)'], 'INVALID_ARGUMENT: Index I specifies key column A twice.'],
    [
      'a key column spelled in another case',
      [T, 'CREATE INDEX I ON T(a)'],
      "INVALID_ARGUMENT: Index I specifies key column a which does not exist in the index's base table.",
    ],
    [
      'a stored column spelled in another case',
      [T, 'CREATE INDEX I ON T(A) STORING (b)'],
      "INVALID_ARGUMENT: Index I specifies key column b which does not exist in the index's base table.",
    ],
    [
      'an ARRAY key',
      [T, 'CREATE INDEX I ON T(Arr)'],
      'FAILED_PRECONDITION: Cannot reference ARRAY Arr in the creation of index I.',
    ],
    [
      'a JSON key',
      [T, 'CREATE INDEX I ON T(J)'],
      'FAILED_PRECONDITION: Cannot reference JSON J in the creation of index I.',
    ],
    [
      'storing a key column',
      [T, 'CREATE INDEX I ON T(A) STORING (A)'],
      'INVALID_ARGUMENT: Index I specifies stored column A already specified as primary key.',
    ],
    [
      'storing a table key column',
      [T, 'CREATE INDEX I ON T(A) STORING (K)'],
      'FAILED_PRECONDITION: Index I specifies stored column K which is a key of table T.',
    ],
    [
      'storing a column twice',
      [T, 'CREATE INDEX I ON T(A) STORING (B, B)'],
      'INVALID_ARGUMENT: Index I specifies key column B twice.',
    ],
    [
      'interleaving in a missing table',
      [T, 'CREATE INDEX I ON T(A), INTERLEAVE IN Nope'],
      'FAILED_PRECONDITION: Cannot interleave index I within nonexistent table Nope.',
    ],
    [
      'an interleaved index with a mismatched order',
      [USERS, ALBUMS, 'CREATE INDEX I ON Albums(UserId DESC, Title), INTERLEAVE IN Users'],
      'FAILED_PRECONDITION: Index I references parent key column UserId with incorrect order ASC.',
    ],
    [
      'an interleaved index whose first key has another type',
      [USERS, ALBUMS, 'CREATE INDEX I ON Albums(Title), INTERLEAVE IN Users'],
      'FAILED_PRECONDITION: Index I references parent key column UserId with incorrect type STRING (should be INT64).',
    ],
    [
      'fewer keys than the interleave parent of a foreign table',
      ['CREATE TABLE P (A INT64, B INT64) PRIMARY KEY (A, B)', T, 'CREATE INDEX I ON T(B), INTERLEAVE IN P'],
      'FAILED_PRECONDITION: Index I specifies keys that are not a prefix of the keys of table P, yet is to be interleaved in P.',
    ],
  ])('refuses %s', (_name, statements, expected) => {
    expect(lastError(statements)).toBe(expected);
  });
  // A UNIQUE index over existing duplicates: test/engine/database/schema-data-checks.test.ts.
});

describe('ALTER INDEX and DROP INDEX', () => {
  it.each([
    [
      'adds a stored column',
      ['CREATE INDEX I ON T(A)', 'ALTER INDEX I ADD STORED COLUMN B'],
      'CREATE INDEX I ON T(A) STORING (B)',
    ],
    [
      'drops a stored column',
      ['CREATE INDEX I ON T(A) STORING (B, J)', 'ALTER INDEX I DROP STORED COLUMN B'],
      'CREATE INDEX I ON T(A) STORING (J)',
    ],
  ])('%s', (_name, statements, expected) => {
    expect(compact(ddlAfter([T, ...statements]))).toContain(expected);
  });

  it('drops an index', () => {
    expect(ddlAfter([T, 'CREATE INDEX I ON T(A)', 'DROP INDEX I'])).toHaveLength(1);
  });

  it('ignores DROP INDEX IF EXISTS on a missing index', () => {
    expect(ddlAfter([T, 'DROP INDEX IF EXISTS Nope'])).toHaveLength(1);
  });

  it.each([
    ['dropping a missing index', ['DROP INDEX Nope'], 'NOT_FOUND: Index not found: Nope'],
    ['altering a missing index', ['ALTER INDEX Nope ADD STORED COLUMN B'], 'NOT_FOUND: Index not found: Nope'],
    [
      'storing a missing column',
      ['CREATE INDEX I ON T(A)', 'ALTER INDEX I ADD STORED COLUMN Nope'],
      'NOT_FOUND: Column not found in table T: Nope',
    ],
    [
      'storing a column twice',
      ['CREATE INDEX I ON T(A) STORING (B)', 'ALTER INDEX I ADD STORED COLUMN B'],
      'FAILED_PRECONDITION: Column B is already existed in index I.',
    ],
    [
      'storing a key column',
      ['CREATE INDEX I ON T(A)', 'ALTER INDEX I ADD STORED COLUMN K'],
      'FAILED_PRECONDITION: Column K is already existed in index I.',
    ],
    [
      'storing a column spelled in another case',
      ['CREATE INDEX I ON T(A)', 'ALTER INDEX I ADD STORED COLUMN b'],
      "INVALID_ARGUMENT: Index I specifies key column b which does not exist in the index's base table.",
    ],
    [
      'dropping a column not stored',
      ['CREATE INDEX I ON T(A)', 'ALTER INDEX I DROP STORED COLUMN B'],
      'NOT_FOUND: Index I does not have stored column B.',
    ],
  ])('refuses %s', (_name, statements, expected) => {
    expect(lastError([T, ...statements])).toBe(expected);
  });
});
