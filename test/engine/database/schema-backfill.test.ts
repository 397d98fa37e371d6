/**
 * Schema changes that compute or convert stored values, checked on real rows: ADD COLUMN with a
 * DEFAULT or a generation expression fills existing rows at the change's timestamp (older reads
 * keep the old rows), ADD CHECK evaluates every row, ALTER COLUMN STRING <-> BYTES converts values
 * and their index entries. Messages are the official emulator's (common/errors.cc).
 */
import type { Database } from '../../../src/engine/database/database';
import { requireTable } from '../../../src/engine/schema/catalog/catalog-lookup';
import { indexLayout } from '../../../src/engine/layout/index-layout';
import { requireIndex } from '../../../src/engine/schema/catalog/catalog-lookup';
import { ALL_KEYS } from '../../../src/engine/storage/key-range';
import { columnPosition } from '../../../src/engine/storage/row-shape';
import type { Mutation } from '../../../src/engine/storage/row-writes';
import { tableLayout } from '../../../src/engine/layout/table-layout';
import type { SpannerValue } from '../../../src/types/spanner-value';
import { TestDatabase } from '../../support/test-database';

const ITEMS = 'CREATE TABLE Items (Id INT64 NOT NULL, Name STRING(MAX), Price INT64) PRIMARY KEY (Id)';

let t: TestDatabase;
beforeEach(() => (t = new TestDatabase()));
afterEach(() => t.cleanup());

function items(...rows: [bigint, string | null, bigint | null][]): Mutation {
  return { kind: 'insertOrUpdate', table: 'Items', columns: ['Id', 'Name', 'Price'], rows };
}

function columnValues(db: Database, table: string, column: string, at: number | null = null): SpannerValue[] {
  const layout = tableLayout(requireTable(at === null ? db.catalog : db.schemaAt(at)!, table));
  const position = columnPosition(layout, column); // -1 for a column the schema lacks: NULL
  return [...db.rows.scanRows(layout, ALL_KEYS, { at })].map((r) => (position < 0 ? null : r.row[position]));
}

function failure(db: Database, statement: string): { code: number; message: string } | null {
  const error = db.updateSchema([statement]).error;
  return error === null ? null : { code: error.code, message: error.message };
}

describe('ADD COLUMN fills existing rows', () => {
  test('with its DEFAULT, evaluated per row; reads before the change see no value', () => {
    const db = t.create([ITEMS]);
    const before = db.writeMutations([items([1n, 'a', 10n], [2n, 'b', null])]);
    expect(failure(db, "ALTER TABLE Items ADD COLUMN Currency STRING(3) DEFAULT ('E' || 'UR')")).toBeNull();
    expect(columnValues(db, 'Items', 'Currency')).toEqual(['EUR', 'EUR']);
    expect(columnValues(db, 'Items', 'Currency', before)).toEqual([null, null]);
  });

  test('with its generation expression over each row, generated columns reading generated ones included', () => {
    const db = t.create([ITEMS]);
    db.writeMutations([items([1n, 'a', 10n], [2n, 'b', null])]);
    expect(failure(db, 'ALTER TABLE Items ADD COLUMN Doubled INT64 AS (Price * 2) STORED')).toBeNull();
    expect(failure(db, 'ALTER TABLE Items ADD COLUMN Plus INT64 AS (Doubled + 1) STORED')).toBeNull();
    expect(columnValues(db, 'Items', 'Doubled')).toEqual([20n, null]);
    expect(columnValues(db, 'Items', 'Plus')).toEqual([21n, null]);
  });

  test('a NOT NULL column computed as NULL fails the statement and writes nothing', () => {
    const db = t.create([ITEMS]);
    db.writeMutations([items([1n, 'a', 10n], [2n, 'b', null])]);
    expect(failure(db, 'ALTER TABLE Items ADD COLUMN Doubled INT64 NOT NULL AS (Price * 2) STORED')).toEqual({
      code: 9,
      message: 'Cannot specify a null value for column: Doubled in table: Items referenced by key: {Int64(2)}',
    });
    expect(db.catalog.tables.size).toBe(1);
    expect(requireTable(db.catalog, 'Items').columns.map((c) => c.name)).toEqual(['Id', 'Name', 'Price']);
    expect(columnValues(db, 'Items', 'Doubled')).toEqual([null, null]);
  });

  test('an evaluation error ends the batch, keeping the statements before it', () => {
    const db = t.create([ITEMS]);
    db.writeMutations([items([1n, 'a', 0n])]);
    const outcome = db.updateSchema([
      'ALTER TABLE Items ADD COLUMN Note STRING(MAX)',
      'ALTER TABLE Items ADD COLUMN Ratio INT64 AS (DIV(10, Price)) STORED',
    ]);
    expect(outcome).toMatchObject({ kind: 'applied', applied: 1 });
    expect(outcome.error?.message).toBe('division by zero: 10 / 0');
    expect(requireTable(db.catalog, 'Items').columns.map((c) => c.name)).toEqual(['Id', 'Name', 'Price', 'Note']);
  });
});

describe('ADD CHECK over existing rows', () => {
  test('names the first row (in key order) for which the check is FALSE; NULL passes', () => {
    const db = t.create([ITEMS]);
    db.writeMutations([items([3n, 'c', -1n], [1n, 'a', null], [2n, 'b', -5n])]);
    expect(failure(db, 'ALTER TABLE Items ADD CONSTRAINT PricePositive CHECK (Price > 0)')).toEqual({
      code: 11,
      message: 'Check constraint `Items`.`PricePositive` is violated for key {Int64(2)}',
    });
    expect(requireTable(db.catalog, 'Items').checks).toEqual([]);
    db.writeMutations([items([2n, 'b', 5n], [3n, 'c', 1n])]);
    expect(failure(db, 'ALTER TABLE Items ADD CONSTRAINT PricePositive CHECK (Price > 0)')).toBeNull();
  });

  test('reads generated columns, stored or not', () => {
    const db = t.create([ITEMS, 'ALTER TABLE Items ADD COLUMN NameLength INT64 AS (CHAR_LENGTH(Name))']);
    db.writeMutations([items([1n, 'abc', 1n], [2n, 'toolong', 1n])]);
    expect(failure(db, 'ALTER TABLE Items ADD CHECK (NameLength <= 3)')?.message).toMatch(
      /^Check constraint `Items`.`CK_Items_[0-9A-F]{16}_1` is violated for key \{Int64\(2\)\}$/,
    );
  });

  test('a check added in the same CREATE TABLE has no rows to check', () => {
    const db = t.create([ITEMS]);
    db.writeMutations([items([1n, 'a', -1n])]);
    expect(failure(db, 'CREATE TABLE Other (Id INT64, CONSTRAINT C CHECK (Id > 0)) PRIMARY KEY (Id)')).toBeNull();
  });
});

describe('ALTER COLUMN between STRING and BYTES', () => {
  test('converts stored values, arrays included, and rebuilds the index on the column', () => {
    const db = t.create([
      ITEMS,
      'ALTER TABLE Items ADD COLUMN Tags ARRAY<STRING(MAX)>',
      'CREATE INDEX ByName ON Items(Name)',
    ]);
    db.writeMutations([
      {
        kind: 'insertOrUpdate',
        table: 'Items',
        columns: ['Id', 'Name', 'Tags'],
        rows: [
          [1n, 'é', ['x', null]],
          [2n, null, null],
        ],
      },
    ]);
    expect(failure(db, 'ALTER TABLE Items ALTER COLUMN Name BYTES(MAX)')).toBeNull();
    expect(failure(db, 'ALTER TABLE Items ALTER COLUMN Tags ARRAY<BYTES(MAX)>')).toBeNull();
    expect(columnValues(db, 'Items', 'Name')).toEqual([Buffer.from('é'), null]);
    expect(columnValues(db, 'Items', 'Tags')).toEqual([[Buffer.from('x'), null], null]);
    const index = indexLayout(requireIndex(db.catalog, 'ByName'), tableLayout(requireTable(db.catalog, 'Items')));
    const entries = [...db.rows.scanIndex(index, ALL_KEYS)].map((e) => e.indexKey[0]);
    expect(entries).toEqual([null, Buffer.from('é')]);
    expect(failure(db, 'ALTER TABLE Items ALTER COLUMN Name STRING(MAX)')).toBeNull();
    expect(columnValues(db, 'Items', 'Name')).toEqual(['é', null]);
  });
});

test('a search-token column added to a table with rows is left for search to derive', () => {
  const db = t.create([ITEMS]);
  db.writeMutations([items([1n, 'a b', 1n])]);
  expect(
    failure(db, 'ALTER TABLE Items ADD COLUMN NameTokens TOKENLIST AS (TOKENIZE_FULLTEXT(Name)) HIDDEN'),
  ).toBeNull();
  expect(failure(db, 'ALTER TABLE Items ADD CHECK (Price > 0)')).toBeNull();
});

describe('only what the statement changes is rewritten', () => {
  test('ALTER COLUMN that keeps the base type (length, NOT NULL, NUMERIC) leaves values as they are', () => {
    const db = t.create([ITEMS, 'ALTER TABLE Items ADD COLUMN Amount NUMERIC']);
    db.writeMutations([
      { kind: 'insertOrUpdate', table: 'Items', columns: ['Id', 'Name', 'Amount'], rows: [[1n, 'abc', '1.5']] },
    ]);
    expect(failure(db, 'ALTER TABLE Items ALTER COLUMN Name STRING(10)')).toBeNull();
    expect(failure(db, 'ALTER TABLE Items ALTER COLUMN Name STRING(MAX)')).toBeNull();
    expect(failure(db, 'ALTER TABLE Items ALTER COLUMN Amount NUMERIC NOT NULL')).toBeNull();
    expect(columnValues(db, 'Items', 'Name')).toEqual(['abc']);
    expect(columnValues(db, 'Items', 'Amount')).toEqual(['1.5']);
  });

  test('ADD COLUMN IF NOT EXISTS of an existing column keeps its values', () => {
    const db = t.create([ITEMS]);
    db.writeMutations([items([1n, 'user value', 1n])]);
    expect(failure(db, "ALTER TABLE Items ADD COLUMN IF NOT EXISTS Name STRING(MAX) DEFAULT ('x')")).toBeNull();
    expect(columnValues(db, 'Items', 'Name')).toEqual(['user value']);
  });

  test('an identity column cannot be added to a table with rows yet: UNIMPLEMENTED, nothing applied', () => {
    const db = t.create([ITEMS]);
    db.writeMutations([items([1n, 'a', 1n])]);
    expect(
      failure(db, 'ALTER TABLE Items ADD COLUMN Seq INT64 GENERATED BY DEFAULT AS IDENTITY (BIT_REVERSED_POSITIVE)'),
    ).toEqual({
      code: 12,
      message: 'Adding an identity column to a table that has rows is not supported by this emulator.',
    });
    expect(requireTable(db.catalog, 'Items').columns.map((c) => c.name)).toEqual(['Id', 'Name', 'Price']);
  });
});

test('BYTES to STRING is refused while a value is not UTF-8, naming its row', () => {
  const db = t.create(['CREATE TABLE Blobs (Id INT64 NOT NULL, Data BYTES(MAX)) PRIMARY KEY (Id)']);
  db.writeMutations([
    {
      kind: 'insertOrUpdate',
      table: 'Blobs',
      columns: ['Id', 'Data'],
      rows: [
        [1n, Buffer.from('ok')],
        [2n, Uint8Array.from([0xff])],
      ],
    },
  ]);
  expect(failure(db, 'ALTER TABLE Blobs ALTER COLUMN Data STRING(MAX)')).toEqual({
    code: 9,
    message: 'Alteration of column Data is not allowed because it has an invalid UTF-8 character at key: {Int64(2)}',
  });
  expect(columnValues(db, 'Blobs', 'Data')).toEqual([Buffer.from('ok'), Uint8Array.from([0xff])]);
});
