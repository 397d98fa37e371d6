/** CREATE / ALTER / DROP CHANGE STREAM: FOR clauses, options, limits, and what they block. */

import { ddlAfter, errorOf } from './objects-test-helpers';

const USERS =
  'CREATE TABLE Users (UserId STRING(20) NOT NULL, Name STRING(20), Age INT64, G INT64 AS (Age + 1)) PRIMARY KEY (UserId)';
const ALBUMS = 'CREATE TABLE Albums (AlbumId STRING(20) NOT NULL, Title STRING(20)) PRIMARY KEY (AlbumId)';
const last = (statements: string[]) => ddlAfter(statements).at(-1);

describe('CREATE CHANGE STREAM', () => {
  it.each([
    ['without FOR', ['CREATE CHANGE STREAM cs'], 'CREATE CHANGE STREAM cs'],
    ['FOR ALL', ['CREATE CHANGE STREAM cs FOR ALL'], 'CREATE CHANGE STREAM cs FOR ALL'],
    [
      'tables and columns as written',
      [USERS, ALBUMS, 'CREATE CHANGE STREAM cs FOR `users`(name), Albums()'],
      'CREATE CHANGE STREAM cs FOR users(name), Albums()',
    ],
    [
      'options',
      [
        "CREATE CHANGE STREAM cs OPTIONS (retention_period = '36h', value_capture_type = 'NEW_ROW_AND_OLD_VALUES', exclude_insert = true)",
      ],
      "CREATE CHANGE STREAM cs OPTIONS ( retention_period = '36h', value_capture_type = 'NEW_ROW_AND_OLD_VALUES', exclude_insert = true )",
    ],
    [
      'only NULL options as no options',
      ['CREATE CHANGE STREAM cs OPTIONS (retention_period = NULL)'],
      'CREATE CHANGE STREAM cs',
    ],
    [
      'NULL options next to set ones',
      ["CREATE CHANGE STREAM cs OPTIONS (retention_period = '7d', value_capture_type = NULL)"],
      "CREATE CHANGE STREAM cs OPTIONS ( retention_period = '7d', value_capture_type = NULL )",
    ],
    [
      'three streams on one table',
      [USERS, ...['a', 'b', 'c'].map((n) => `CREATE CHANGE STREAM ${n} FOR Users`)],
      'CREATE CHANGE STREAM c FOR Users',
    ],
    [
      'a fourth stream tracking only the key',
      [
        USERS,
        'CREATE CHANGE STREAM a FOR Users(Name)',
        'CREATE CHANGE STREAM b FOR Users',
        'CREATE CHANGE STREAM c FOR ALL',
        'CREATE CHANGE STREAM d FOR Users()',
      ],
      'CREATE CHANGE STREAM d FOR Users()',
    ],
  ])('%s', (_name, statements, expected) => {
    expect(last(statements)).toBe(expected);
  });

  it.each([
    [
      'a key column',
      [USERS, 'CREATE CHANGE STREAM foo FOR Users(UserId)'],
      'FAILED_PRECONDITION: The FOR clause of Change Stream foo should not list the primary key column UserId of Table Users. Please list non-key columns only, because primary key columns are always tracked if the table is tracked.',
    ],
    [
      'a repeated table',
      [USERS, 'CREATE CHANGE STREAM foo FOR Users, users(Name)'],
      'FAILED_PRECONDITION: Change Stream foo should not list Table users more than once in the FOR clause.',
    ],
    [
      'a repeated column',
      [USERS, 'CREATE CHANGE STREAM foo FOR Users(Name, Name)'],
      'FAILED_PRECONDITION: Change Stream foo should not list Column Name of Table Users more than once in the FOR clause.',
    ],
    [
      'a missing table',
      ['CREATE CHANGE STREAM foo FOR bar'],
      'FAILED_PRECONDITION: Change Stream foo cannot track bar because either Change Streams do not track database objects of this type, or this Table does not exist.',
    ],
    [
      'a missing column',
      [USERS, 'CREATE CHANGE STREAM foo FOR Users(Nope)'],
      'FAILED_PRECONDITION: Change Stream foo cannot track column Nope because it does not exist in Table Users.',
    ],
    [
      'a generated column',
      [USERS, 'CREATE CHANGE STREAM foo FOR Users(G)'],
      'FAILED_PRECONDITION: Change Stream foo does not support tracking non-key generated column Users.G. Change Streams support tracking Tables and Columns in the default schema (not in INFORMATION_SCHEMA or SPANNER_SYS). Change Streams, Indexes, Queues, Views/Functions and non-key Generated Columns that are not STORED VOLATILE are not supported for tracking.',
    ],
    [
      'an index',
      [USERS, 'CREATE INDEX I ON Users(Name)', 'CREATE CHANGE STREAM foo FOR I'],
      'FAILED_PRECONDITION: Change Stream foo does not support tracking Index I. Change Streams support tracking Tables and Columns in the default schema (not in INFORMATION_SCHEMA or SPANNER_SYS). Change Streams, Indexes, Queues, Views/Functions and non-key Generated Columns that are not STORED VOLATILE are not supported for tracking.',
    ],
    [
      'a fourth stream on ALL',
      ['a', 'b', 'c', 'd'].map((n) => `CREATE CHANGE STREAM ${n} FOR ALL`),
      'FAILED_PRECONDITION: Failed to create or alter Change Stream d : because it is not allowed to have more than 3 Change Streams tracking the same table or non-key column or ALL: ALL.',
    ],
    [
      'a fourth stream on a table',
      [USERS, ...['a', 'b', 'c', 'd'].map((n) => `CREATE CHANGE STREAM ${n} FOR Users`)],
      'FAILED_PRECONDITION: Failed to create or alter Change Stream d : because it is not allowed to have more than 3 Change Streams tracking the same table or non-key column or ALL: Users.',
    ],
    [
      'a fourth stream on a column',
      [
        USERS,
        'CREATE CHANGE STREAM a FOR Users(Name)',
        'CREATE CHANGE STREAM b FOR Users',
        'CREATE CHANGE STREAM c FOR ALL',
        'CREATE CHANGE STREAM d FOR Users',
      ],
      'FAILED_PRECONDITION: Failed to create or alter Change Stream d : because it is not allowed to have more than 3 Change Streams tracking the same table or non-key column or ALL: Name.',
    ],
    [
      'a short retention',
      ["CREATE CHANGE STREAM cs OPTIONS (retention_period = '1h')"],
      'FAILED_PRECONDITION: Invalid retention_period: 1h. Change Streams retention period must be a value in the range [24h, 7d].',
    ],
    [
      'a malformed retention',
      ["CREATE CHANGE STREAM cs OPTIONS (retention_period = '1x')"],
      'FAILED_PRECONDITION: Invalid time duration format: 1x.',
    ],
    [
      'an unknown capture type',
      ["CREATE CHANGE STREAM cs OPTIONS (value_capture_type = 'FooBar')"],
      'FAILED_PRECONDITION: Invalid value_capture_type: FooBar. Change Streams only support value capture types in OLD_AND_NEW_VALUES, NEW_ROW, and NEW_VALUES.',
    ],
    ['a name in use', [USERS, 'CREATE CHANGE STREAM users'], 'FAILED_PRECONDITION: Duplicate name in schema: users.'],
    [
      'a name whose read function is in use',
      ['CREATE TABLE READ_cs (K INT64) PRIMARY KEY (K)', 'CREATE CHANGE STREAM cs'],
      'FAILED_PRECONDITION: Duplicate name in schema: READ_cs.',
    ],
    [
      'a table named like a read function',
      ['CREATE CHANGE STREAM cs', 'CREATE TABLE READ_cs (K INT64) PRIMARY KEY (K)'],
      'FAILED_PRECONDITION: Duplicate name in schema: READ_cs.',
    ],
    ['an invalid name', ['CREATE CHANGE STREAM _cs'], 'INVALID_ARGUMENT: Change Stream name not valid: _cs.'],
    [
      'an eleventh stream',
      Array.from({ length: 11 }, (_, i) => `CREATE CHANGE STREAM s${i}`),
      'FAILED_PRECONDITION: Cannot add Change Stream s10 : because the maximum number of Change Streams per Database (limit 10) has been reached.',
    ],
  ])('refuses %s', (_name, statements, expected) => {
    expect(errorOf(statements)).toBe(expected);
  });
});

describe('ALTER and DROP CHANGE STREAM', () => {
  it.each([
    [
      'SET FOR ALL',
      ['CREATE CHANGE STREAM cs', 'ALTER CHANGE STREAM cs SET FOR ALL'],
      'CREATE CHANGE STREAM cs FOR ALL',
    ],
    [
      'SET FOR tables',
      [USERS, ALBUMS, 'CREATE CHANGE STREAM cs FOR Users', 'ALTER CHANGE STREAM cs SET FOR Users(Name), Albums'],
      'CREATE CHANGE STREAM cs FOR Users(Name), Albums',
    ],
    [
      'DROP FOR ALL',
      ['CREATE CHANGE STREAM cs FOR ALL', 'ALTER CHANGE STREAM cs DROP FOR ALL'],
      'CREATE CHANGE STREAM cs',
    ],
    [
      'SET OPTIONS replacing the list',
      [
        "CREATE CHANGE STREAM cs OPTIONS (retention_period = '36h')",
        "ALTER CHANGE STREAM cs SET OPTIONS (value_capture_type = 'NEW_ROW')",
      ],
      "CREATE CHANGE STREAM cs OPTIONS ( value_capture_type = 'NEW_ROW' )",
    ],
    [
      'SET OPTIONS to NULL after a value',
      [
        "CREATE CHANGE STREAM cs OPTIONS (retention_period = '36h')",
        'ALTER CHANGE STREAM cs SET OPTIONS (retention_period = NULL)',
      ],
      'CREATE CHANGE STREAM cs OPTIONS ( retention_period = NULL )',
    ],
    [
      're-tracking the same table as a limit-neutral change',
      [
        USERS,
        'CREATE CHANGE STREAM a FOR Users',
        'CREATE CHANGE STREAM b FOR Users',
        'CREATE CHANGE STREAM c FOR Users',
        'ALTER CHANGE STREAM c SET FOR Users(Name)',
      ],
      'CREATE CHANGE STREAM c FOR Users(Name)',
    ],
    [
      'following a table rename',
      [USERS, 'CREATE CHANGE STREAM cs FOR Users(Name)', 'ALTER TABLE Users RENAME TO People'],
      'CREATE CHANGE STREAM cs FOR People(Name)',
    ],
  ])('%s', (_name, statements, expected) => {
    expect(last(statements)).toBe(expected);
  });

  it('drops a stream and frees the table it tracked', () => {
    expect(ddlAfter([USERS, 'CREATE CHANGE STREAM cs FOR Users', 'DROP CHANGE STREAM cs', 'DROP TABLE Users'])).toEqual(
      [],
    );
  });

  it.each([
    ['a missing stream', ['ALTER CHANGE STREAM cs SET FOR ALL'], 'NOT_FOUND: Change Stream not found: cs'],
    [
      'DROP FOR ALL without a FOR clause',
      ['CREATE CHANGE STREAM cs', 'ALTER CHANGE STREAM cs DROP FOR ALL'],
      'FAILED_PRECONDITION: The ALTER CHANGE STREAM DROP FOR clause cannot be applied on Change Stream cs, because it does not have a FOR clause and it does not track any database object.',
    ],
    [
      'SET FOR a missing table',
      ['CREATE CHANGE STREAM cs', 'ALTER CHANGE STREAM cs SET FOR bar'],
      'FAILED_PRECONDITION: Change Stream cs cannot track bar because either Change Streams do not track database objects of this type, or this Table does not exist.',
    ],
    [
      'a long retention',
      ['CREATE CHANGE STREAM cs', "ALTER CHANGE STREAM cs SET OPTIONS (retention_period = '50d')"],
      'FAILED_PRECONDITION: Invalid retention_period: 50d. Change Streams retention period must be a value in the range [24h, 7d].',
    ],
    ['dropping a missing stream', ['DROP CHANGE STREAM cs'], 'NOT_FOUND: Change Stream not found: cs'],
    [
      'dropping a tracked table',
      [USERS, 'CREATE CHANGE STREAM a FOR Users()', 'CREATE CHANGE STREAM b FOR Users', 'DROP TABLE Users'],
      'FAILED_PRECONDITION: Cannot drop table Users. Table Users is tracked by 2 Change Stream: a,b. Tables explicitly tracked by a Change Stream cannot be dropped. Please drop the Change Stream or modify its FOR clause to stop tracking the table explicitly before dropping the table.',
    ],
    [
      'dropping a tracked table that a foreign key references, naming the stream first',
      [
        USERS,
        'CREATE TABLE Likes (Id INT64, UserId STRING(20), FOREIGN KEY (UserId) REFERENCES Users (UserId)) PRIMARY KEY (Id)',
        'CREATE CHANGE STREAM a FOR Users',
        'DROP TABLE Users',
      ],
      'FAILED_PRECONDITION: Cannot drop table Users. Table Users is tracked by 1 Change Stream: a. Tables explicitly tracked by a Change Stream cannot be dropped. Please drop the Change Stream or modify its FOR clause to stop tracking the table explicitly before dropping the table.',
    ],
    [
      'dropping a listed column',
      [USERS, 'CREATE CHANGE STREAM a FOR Users(Name)', 'ALTER TABLE Users DROP COLUMN Name'],
      'FAILED_PRECONDITION: Cannot drop column Users.Name . Column Users.Name is tracked by 1 Change Stream: a. Columns explicitly tracked by a Change Stream cannot be dropped. Please alter the Change Stream to stop tracking the column before dropping the column.',
    ],
  ])('refuses %s', (_name, statements, expected) => {
    expect(errorOf(statements)).toBe(expected);
  });

  it.each([
    [
      'a table tracked through FOR ALL',
      [USERS, 'CREATE CHANGE STREAM cs FOR ALL', 'DROP TABLE Users'],
      ['CREATE CHANGE STREAM cs FOR ALL'],
    ],
    [
      'a column tracked with its whole table',
      [ALBUMS, 'CREATE CHANGE STREAM cs FOR Albums', 'ALTER TABLE Albums DROP COLUMN Title'],
      [
        'CREATE TABLE Albums (\n  AlbumId STRING(20) NOT NULL,\n) PRIMARY KEY(AlbumId)',
        'CREATE CHANGE STREAM cs FOR Albums',
      ],
    ],
  ])('allows dropping %s', (_name, statements, expected) => {
    expect(ddlAfter(statements)).toEqual(expected);
  });
});
