/**
 * Spanner's existence rules for each kind of mutation, against a real database file: insert needs
 * no row, update needs one, insert_or_update merges into what exists, replace starts from nothing,
 * deletes take keys, ranges and all rows; later mutations of a commit see earlier ones; a row
 * deleted by an earlier delete mutation cannot be updated but can be inserted again; a commit
 * that fails any check changes nothing; and float keys print in messages as ZetaSQL prints them.
 */
import { Code } from '../../../src/errors/codes';
import { timestampValue } from '../../../src/types/spanner-value';
import {
  commit,
  Databases,
  deleteAll,
  deleteKeys,
  deleteRange,
  failure,
  insert,
  replace,
  update,
  upsert,
  values,
} from './mutation-kit';

const SINGERS = 'CREATE TABLE Singers (Id INT64 NOT NULL, Name STRING(MAX), Age INT64) PRIMARY KEY (Id)';

const dbs = new Databases();
afterEach(() => dbs.cleanup());

describe('each kind of write', () => {
  test.each([
    {
      name: 'insert of a new row',
      mutations: [insert('Singers', ['Id', 'Name'], [3n, 'c'])],
      expected: [
        [1n, 'a', 10n],
        [2n, 'b', null],
        [3n, 'c', null],
      ],
    },
    {
      name: 'update keeps the columns it does not write',
      mutations: [update('Singers', ['Id', 'Name'], [1n, 'z'])],
      expected: [
        [1n, 'z', 10n],
        [2n, 'b', null],
      ],
    },
    {
      name: 'insert_or_update merges into an existing row and inserts a new one',
      mutations: [upsert('Singers', ['Id', 'Name'], [1n, 'z'], [5n, 'e'])],
      expected: [
        [1n, 'z', 10n],
        [2n, 'b', null],
        [5n, 'e', null],
      ],
    },
    {
      name: 'replace starts from nothing',
      mutations: [replace('Singers', ['Id', 'Name'], [1n, 'z'])],
      expected: [
        [1n, 'z', null],
        [2n, 'b', null],
      ],
    },
    {
      name: 'delete of keys, absent keys ignored',
      mutations: [deleteKeys('Singers', [1n], [9n])],
      expected: [[2n, 'b', null]],
    },
    {
      name: 'delete of a range',
      mutations: [deleteRange('Singers', [2n], [9n])],
      expected: [[1n, 'a', 10n]],
    },
    { name: 'delete of all rows', mutations: [deleteAll('Singers')], expected: [] },
    {
      name: 'later mutations see earlier ones',
      mutations: [insert('Singers', ['Id'], [7n]), update('Singers', ['Id', 'Age'], [7n, 70n])],
      expected: [
        [1n, 'a', 10n],
        [2n, 'b', null],
        [7n, null, 70n],
      ],
    },
    {
      name: 'a row deleted earlier in the commit can be inserted again',
      mutations: [deleteKeys('Singers', [1n]), insert('Singers', ['Id', 'Name'], [1n, 'again'])],
      expected: [
        [1n, 'again', null],
        [2n, 'b', null],
      ],
    },
    {
      name: 'a range deleted earlier in the commit can be written again by insert_or_update',
      mutations: [deleteAll('Singers'), upsert('Singers', ['Id', 'Name'], [2n, 'again'])],
      expected: [[2n, 'again', null]],
    },
  ])('$name', async ({ mutations, expected }) => {
    const db = dbs.create([SINGERS]);
    await commit(db, [insert('Singers', ['Id', 'Name', 'Age'], [1n, 'a', 10n], [2n, 'b', null])]);
    await commit(db, mutations);
    expect(values(db, 'Singers', ['Id', 'Name', 'Age'])).toEqual(expected);
  });
});

describe('refused writes', () => {
  test.each([
    {
      name: 'insert of an existing row',
      mutations: [insert('Singers', ['Id'], [1n])],
      error: { code: Code.ALREADY_EXISTS, message: 'Table Singers: Row {Int64(1)} already exists.' },
    },
    {
      // Production's answer (multi_row_writes.cc InsertSameKeyErrorWithAlreadyExists, in_prod_env).
      name: 'insert of a row inserted earlier in the commit',
      mutations: [insert('Singers', ['Id'], [5n], [5n])],
      error: {
        code: Code.INVALID_ARGUMENT,
        message: 'Table Singers: Row {Int64(5)} was already created in this transaction.',
      },
    },
    {
      name: 'update of a missing row',
      mutations: [update('Singers', ['Id', 'Name'], [9n, 'x'])],
      error: { code: Code.NOT_FOUND, message: 'Table Singers: Row {Int64(9)} not found.' },
    },
    {
      name: 'update of a row deleted earlier in the commit',
      mutations: [deleteKeys('Singers', [1n]), update('Singers', ['Id', 'Name'], [1n, 'x'])],
      error: {
        code: Code.INVALID_ARGUMENT,
        message: 'Row {Int64(1)} in Singers was deleted and then updated in the same transaction.',
      },
    },
    {
      name: 'update of a key in a range deleted earlier, even where no row was',
      mutations: [deleteRange('Singers', [5n], [9n]), insert('Singers', ['Id'], [6n]), update('Singers', ['Id'], [7n])],
      error: {
        code: Code.INVALID_ARGUMENT,
        message: 'Row {Int64(7)} in Singers was deleted and then updated in the same transaction.',
      },
    },
    {
      name: 'an update that leaves out a NOT NULL key column',
      mutations: [update('Singers', ['Name'], ['x'])],
      error: {
        code: Code.FAILED_PRECONDITION,
        message: 'Cannot specify a null value for column: Id in table: Singers',
      },
    },
  ])('$name', async ({ mutations, error }) => {
    const db = dbs.create([SINGERS]);
    await commit(db, [insert('Singers', ['Id', 'Name'], [1n, 'a'])]);
    expect(await failure(db, mutations)).toEqual(error);
  });

  test('a key re-inserted after its range was deleted can be updated', async () => {
    const db = dbs.create([SINGERS]);
    await commit(db, [
      deleteRange('Singers', [5n], [9n]),
      insert('Singers', ['Id'], [6n]),
      update('Singers', ['Id', 'Name'], [6n, 'six']),
    ]);
    expect(values(db, 'Singers', ['Id', 'Name'])).toEqual([[6n, 'six']]);
  });

  test('a failing commit changes nothing, whatever its earlier mutations did', async () => {
    const db = dbs.create([SINGERS]);
    await commit(db, [insert('Singers', ['Id', 'Name'], [1n, 'a'])]);
    const error = await failure(db, [
      update('Singers', ['Id', 'Name'], [1n, 'changed']),
      insert('Singers', ['Id'], [2n]),
      deleteKeys('Singers', [1n]),
      insert('Singers', ['Id'], [2n]),
    ]);
    expect(error?.code).toBe(Code.INVALID_ARGUMENT);
    expect(values(db, 'Singers', ['Id', 'Name'])).toEqual([[1n, 'a']]);
  });
});

describe('keys in messages', () => {
  // As ZetaSQL's DebugString prints them, like the official emulator. Floats: %g with 15 significant
  // digits (FLOAT32: 6) when that reads back, else 17 (FLOAT32: 8); inf, nan and -0 by name.
  // Strings and bytes as literals; timestamps to the milli-, micro- or nanosecond.
  test.each([
    ['FLOAT64', 1e20, 'Double(1e+20)'],
    ['FLOAT64', 1.5e-7, 'Double(1.5e-07)'],
    ['FLOAT64', 1 / 3, 'Double(0.33333333333333331)'],
    ['FLOAT64', 0.1, 'Double(0.1)'],
    ['FLOAT64', -Infinity, 'Double(-inf)'],
    ['FLOAT64', NaN, 'Double(nan)'],
    ['FLOAT64', -0, 'Double(-0)'],
    ['FLOAT32', Math.fround(0.1), 'Float(0.1)'],
    ['FLOAT32', Math.fround(1 / 3), 'Float(0.33333334)'],
    ['FLOAT32', Math.fround(1e20), 'Float(1e+20)'],
    ['STRING(MAX)', 'a"b\\c\nd\u0001é', `String('a"b\\\\c\\nd\\x01é')`],
    ['STRING(MAX)', "it's", `String("it's")`],
    ['BYTES(MAX)', Buffer.from([0, 1, 0x22, 0x5c, 0x0a, 0xff, 0x41]), `Bytes(b'\\x00\\x01"\\\\\\x0a\\xffA')`],
    ['TIMESTAMP', timestampValue(1_500_000_000n), 'Timestamp(1970-01-01 00:00:01.500+00)'],
    ['TIMESTAMP', timestampValue(1_000_120_000n), 'Timestamp(1970-01-01 00:00:01.000120+00)'],
    ['TIMESTAMP', timestampValue(1_000_000_001n), 'Timestamp(1970-01-01 00:00:01.000000001+00)'],
    ['TIMESTAMP', timestampValue(0n), 'Timestamp(1970-01-01 00:00:00+00)'],
  ])('%s %p is %s', async (type, key, text) => {
    const db = dbs.create([`CREATE TABLE F (K ${type} NOT NULL) PRIMARY KEY (K)`]);
    await commit(db, [insert('F', ['K'], [key])]);
    expect(await failure(db, [insert('F', ['K'], [key])])).toEqual({
      code: Code.ALREADY_EXISTS,
      message: `Table F: Row {${text}} already exists.`,
    });
  });
});
