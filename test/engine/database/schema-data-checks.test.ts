/**
 * Schema changes checked against existing rows: rows are written with the row store into a real
 * database file, then DDL goes through Database.updateSchema (UpdateDatabaseDdl's path). Messages
 * are the official emulator's (common/errors.cc), keys printed as it prints them.
 */
import type { Database } from '../../../src/engine/database/database';
import type { Mutation } from '../../../src/engine/storage/row-writes';
import type { SpannerValue } from '../../../src/types/spanner-value';
import { TestDatabase } from '../../support/test-database';

const SINGERS =
  'CREATE TABLE Singers (SingerId INT64 NOT NULL, Name STRING(MAX), Tag BYTES(MAX), Nick STRING(MAX)) PRIMARY KEY (SingerId)';
const ALBUMS = 'CREATE TABLE Albums (AlbumId INT64 NOT NULL, SingerId INT64) PRIMARY KEY (AlbumId)';

let t: TestDatabase;
beforeEach(() => (t = new TestDatabase()));
afterEach(() => t.cleanup());

function singers(...rows: [bigint, string | null, string | null][]): Mutation {
  return { kind: 'insertOrUpdate', table: 'Singers', columns: ['SingerId', 'Name', 'Nick'], rows };
}

/** The error of a one-statement schema change, or null when it applied. */
function failure(db: Database, statement: string): { code: number; message: string } | null {
  const outcome = db.updateSchema([statement]);
  const error = outcome.error;
  return error === null ? null : { code: error.code, message: error.message };
}

describe('ALTER COLUMN NOT NULL', () => {
  test('fails on the first row holding NULL, in key order, and applies once none does', () => {
    const db = t.create([SINGERS]);
    db.writeMutations([singers([1n, 'a', null], [3n, null, null], [2n, null, null])]);
    expect(failure(db, 'ALTER TABLE Singers ALTER COLUMN Name STRING(MAX) NOT NULL')).toEqual({
      code: 9,
      message: 'Cannot specify a null value for column: Name in table: Singers referenced by key: {Int64(2)}',
    });
    db.writeMutations([singers([2n, 'b', null], [3n, 'c', null])]);
    expect(failure(db, 'ALTER TABLE Singers ALTER COLUMN Name STRING(MAX) NOT NULL')).toBeNull();
  });

  test('a column added after the rows were written is NULL in them', () => {
    const db = t.create([SINGERS]);
    db.writeMutations([singers([1n, 'a', null])]);
    expect(failure(db, 'ALTER TABLE Singers ADD COLUMN Age INT64')).toBeNull();
    expect(failure(db, 'ALTER TABLE Singers ALTER COLUMN Age INT64 NOT NULL')?.message).toBe(
      'Cannot specify a null value for column: Age in table: Singers referenced by key: {Int64(1)}',
    );
  });

  test('statements are checked against the schema the batch has reached', () => {
    const db = t.create([SINGERS]);
    db.writeMutations([singers([1n, 'a', null], [2n, 'b', null])]);
    const outcome = db.updateSchema([
      'ALTER TABLE Singers ADD COLUMN Rank INT64',
      'CREATE UNIQUE INDEX ByRank ON Singers(Rank)',
    ]);
    expect(outcome).toMatchObject({ kind: 'applied', applied: 1 });
    expect(outcome.error?.message).toBe('Found uniqueness violation on index ByRank,  duplicate key: {Int64(NULL)}');
  });

  test('a table renamed earlier in the batch keeps its rows for the later checks', () => {
    const db = t.create([SINGERS]);
    db.writeMutations([singers([1n, null, null])]);
    const outcome = db.updateSchema([
      'ALTER TABLE Singers RENAME TO Artists',
      'ALTER TABLE Artists ALTER COLUMN Name STRING(MAX) NOT NULL',
    ]);
    expect(outcome).toMatchObject({ kind: 'applied', applied: 1 });
    expect(outcome.error?.message).toBe(
      'Cannot specify a null value for column: Name in table: Artists referenced by key: {Int64(1)}',
    );
  });
});

describe('shortening STRING(n) and BYTES(n)', () => {
  test('counts characters for STRING, bytes for BYTES, and names the first offending row', () => {
    const db = t.create([SINGERS]);
    const tag = (id: bigint, bytes: number[]): Mutation => ({
      kind: 'update',
      table: 'Singers',
      columns: ['SingerId', 'Tag'],
      rows: [[id, Uint8Array.from(bytes)]],
    });
    // Two characters above U+FFFF: four UTF-16 units, eight UTF-8 bytes, two characters.
    db.writeMutations([singers([1n, '\u{1f600}\u{1f600}', null], [2n, 'abcdef', null]), tag(1n, [1, 2, 3])]);
    expect(failure(db, 'ALTER TABLE Singers ALTER COLUMN Name STRING(5)')).toEqual({
      code: 9,
      message:
        'Reducing the length of column Name to 5 is not allowed because it has a value of length 6 at key: {Int64(2)}',
    });
    expect(failure(db, 'ALTER TABLE Singers ALTER COLUMN Name STRING(6)')).toBeNull();
    expect(failure(db, 'ALTER TABLE Singers ALTER COLUMN Tag BYTES(2)')?.message).toBe(
      'Reducing the length of column Tag to 2 is not allowed because it has a value of length 3 at key: {Int64(1)}',
    );
    expect(failure(db, 'ALTER TABLE Singers ALTER COLUMN Tag BYTES(3)')).toBeNull();
  });
});

describe('CREATE UNIQUE INDEX over existing rows', () => {
  test('fails on duplicates, NULLs included unless NULL_FILTERED', () => {
    const db = t.create([SINGERS]);
    db.writeMutations([singers([1n, 'x', null], [2n, 'y', null], [3n, 'x', null], [4n, null, 'n'], [5n, null, 'm'])]);
    expect(failure(db, 'CREATE UNIQUE INDEX ByName ON Singers(Name)')).toEqual({
      code: 9,
      message: 'Found uniqueness violation on index ByName,  duplicate key: {String("x")}',
    });
    db.writeMutations([singers([3n, 'z', null])]);
    expect(failure(db, 'CREATE UNIQUE INDEX ByName ON Singers(Name)')?.message).toBe(
      'Found uniqueness violation on index ByName,  duplicate key: {String(NULL)}',
    );
    expect(failure(db, 'CREATE UNIQUE NULL_FILTERED INDEX ByName ON Singers(Name)')).toBeNull();
    expect(failure(db, 'CREATE UNIQUE INDEX ByNameNick ON Singers(Name, Nick)')).toBeNull();
  });
});

describe('ADD FOREIGN KEY over existing rows', () => {
  test('fails when a referencing row finds no referenced row; NULLs are not checked', () => {
    const db = t.create([SINGERS, ALBUMS]);
    const albums = (...rows: [bigint, SpannerValue][]): Mutation => ({
      kind: 'insertOrUpdate',
      table: 'Albums',
      columns: ['AlbumId', 'SingerId'],
      rows,
    });
    db.writeMutations([singers([1n, 'a', null]), albums([10n, 1n], [11n, null], [12n, 9n])]);
    const addFk = 'ALTER TABLE Albums ADD CONSTRAINT FK_Singer FOREIGN KEY (SingerId) REFERENCES Singers (SingerId)';
    expect(failure(db, addFk)).toEqual({
      code: 9,
      message:
        'Foreign key `FK_Singer` constraint violation on table `Albums`. Cannot find referenced key `{Int64(9)}` in table `Singers`.',
    });
    db.writeMutations([{ kind: 'delete', table: 'Albums', keys: [[12n]], ranges: [] }]);
    expect(failure(db, addFk)).toBeNull();
  });
});

describe('ADD COLUMN NOT NULL', () => {
  test('is refused on a table with rows; a DEFAULT makes it acceptable', () => {
    const db = t.create([SINGERS]);
    db.writeMutations([singers([1n, 'a', null])]);
    expect(failure(db, 'ALTER TABLE Singers ADD COLUMN Age INT64 NOT NULL')).toEqual({
      code: 12,
      message: 'Cannot add NOT NULL column Singers.Age to existing table Singers.',
    });
    expect(failure(db, 'ALTER TABLE Singers ADD COLUMN Age INT64 NOT NULL DEFAULT (0)')).toBeNull();
  });
});
