/**
 * Commit mutations to plain engine mutations: every operation (the official emulator's
 * mutations_test.cc), names matched case-insensitively and written as the schema spells them, the
 * commit-timestamp marker, and the refusals of the emulator's malformed-write and delete-range
 * conformance cases that belong to the wire form, with their codes and messages.
 */
import { Mutation, Mutation_Write } from '../../generated/google/spanner/v1/mutation';
import { KeyRange as WireKeyRange } from '../../generated/google/spanner/v1/keys';
import { isCommitTimestamp } from '../../src/convert/commit-timestamp';
import { MutationTable, mutationsFromProto, WriteMutation } from '../../src/convert/mutations';
import { BOOL, INT64, STRING, TIMESTAMP } from '../../src/engine/query/analyzer/sql-type';
import { Code } from '../../src/errors/codes';
import { refusal } from '../support/refusal';

const USERS: MutationTable = {
  name: 'Users',
  columns: [
    { name: 'UserId', type: INT64 },
    { name: 'Name', type: STRING },
    { name: 'Age', type: INT64 },
    { name: 'Updated', type: TIMESTAMP },
  ],
  keyColumns: [{ name: 'UserId', desc: false }],
};

const DELETE_RANGE_USERS: MutationTable = {
  name: 'Users2',
  columns: [
    { name: 'ShardID', type: INT64 },
    { name: 'UserID', type: INT64 },
    { name: 'ClassID', type: STRING },
    { name: 'Starred', type: BOOL },
  ],
  keyColumns: [
    { name: 'ShardID', desc: false },
    { name: 'UserID', desc: true },
    { name: 'ClassID', desc: false },
  ],
};

const lookup = (name: string): MutationTable | undefined =>
  [USERS, DELETE_RANGE_USERS].find((t) => t.name.toLowerCase() === name.toLowerCase());

const write = (table: string, columns: string[], ...values: unknown[][]): Mutation_Write => ({
  table,
  columns,
  values,
});
const insert = (w: Mutation_Write): Mutation => ({ operation: { $case: 'insert', value: w } });
const remove = (table: string, keys: unknown[][], ranges: WireKeyRange[] = []): Mutation => ({
  operation: { $case: 'delete', value: { table, keySet: { keys, ranges, all: false } } },
});
const closedOpen = (start: unknown[], end: unknown[]): WireKeyRange => ({
  startKeyType: { $case: 'startClosed', value: start },
  endKeyType: { $case: 'endOpen', value: end },
});
const closedClosed = (start: unknown[], end: unknown[]): WireKeyRange => ({
  startKeyType: { $case: 'startClosed', value: start },
  endKeyType: { $case: 'endClosed', value: end },
});
const openOpen = (start: unknown[], end: unknown[]): WireKeyRange => ({
  startKeyType: { $case: 'startOpen', value: start },
  endKeyType: { $case: 'endOpen', value: end },
});

function refused(mutations: Mutation[]): { code: Code; message: string } {
  return refusal(() => mutationsFromProto(mutations, lookup));
}

test('every operation', () => {
  const w = (id: string) => write('Users', ['UserId'], [id]);
  const converted = mutationsFromProto(
    [
      insert(w('123')),
      { operation: { $case: 'update', value: w('456') } },
      { operation: { $case: 'insertOrUpdate', value: w('789') } },
      { operation: { $case: 'replace', value: w('1111') } },
      remove('Users', [['123']], [closedOpen(['456'], ['789'])]),
    ],
    lookup,
  );
  expect(converted).toEqual([
    { kind: 'insert', table: 'Users', columns: ['UserId'], rows: [[123n]] },
    { kind: 'update', table: 'Users', columns: ['UserId'], rows: [[456n]] },
    { kind: 'insertOrUpdate', table: 'Users', columns: ['UserId'], rows: [[789n]] },
    { kind: 'replace', table: 'Users', columns: ['UserId'], rows: [[1111n]] },
    {
      kind: 'delete',
      table: 'Users',
      keySet: {
        all: false,
        keys: [[123n]],
        ranges: [{ start: [456n], startClosed: true, end: [789n], endClosed: false }],
      },
    },
  ]);
});

test('several rows, NULLs, and names in any case written as the schema spells them', () => {
  const [m] = mutationsFromProto([insert(write('uSERS', ['userid', 'NAME'], ['1', 'a'], ['2', null]))], lookup);
  expect(m).toEqual({
    kind: 'insert',
    table: 'Users',
    columns: ['UserId', 'Name'],
    rows: [
      [1n, 'a'],
      [2n, null],
    ],
  });
});

test('spanner.commit_timestamp() in a TIMESTAMP column is the marker; in a STRING column it is text', () => {
  const [m] = mutationsFromProto(
    [
      insert(
        write(
          'Users',
          ['UserId', 'Name', 'Updated'],
          ['1', 'spanner.commit_timestamp()', 'spanner.commit_timestamp()'],
        ),
      ),
    ],
    lookup,
  ) as WriteMutation[];
  expect(m.rows[0][1]).toBe('spanner.commit_timestamp()');
  expect(isCommitTimestamp(m.rows[0][2])).toBe(true);
});

test('a delete of all rows, and of no key set at all', () => {
  const all: Mutation = {
    operation: { $case: 'delete', value: { table: 'Users', keySet: { keys: [], ranges: [], all: true } } },
  };
  const none: Mutation = { operation: { $case: 'delete', value: { table: 'Users', keySet: undefined } } };
  expect(mutationsFromProto([all, none], lookup)).toEqual([
    { kind: 'delete', table: 'Users', keySet: { all: true, keys: [], ranges: [] } },
    { kind: 'delete', table: 'Users', keySet: { all: false, keys: [], ranges: [] } },
  ]);
});

const INVALID = Code.INVALID_ARGUMENT;
const FAILED = Code.FAILED_PRECONDITION;
const NO_TABLE = 'Mutation does not specify table.';
const ops = ['insert', 'update', 'insertOrUpdate', 'replace'] as const;

describe('refusals', () => {
  const cases: [string, Mutation[], Code, string][] = [
    ['no operation', [{ operation: undefined }], INVALID, 'No value provided for required field: Mutation.operation'],
    ...ops.map((op): [string, Mutation[], Code, string] => [
      `${op} without a table`,
      [{ operation: { $case: op, value: write('', ['UserId', 'Name'], ['1', 'Douglas Adams']) } }],
      INVALID,
      NO_TABLE,
    ]),
    ['delete without a table', [remove('', [['1', 'Douglas Adams']])], INVALID, NO_TABLE],
    [
      'a struct for a STRING column, without a table',
      [insert(write('', ['UserId', 'Name'], ['1', { Name: 'Douglas Adams' }]))],
      INVALID,
      NO_TABLE,
    ],
    ['an unknown table', [insert(write('bad-table', ['UserId'], ['1']))], Code.NOT_FOUND, 'Table not found: bad-table'],
    ['an unknown table in a delete', [remove('invalid', [['1']])], Code.NOT_FOUND, 'Table not found: invalid'],
    [
      'an unknown key column',
      [insert(write('users', ['bad-key', 'Name'], ['1', 'Douglas Adams']))],
      Code.NOT_FOUND,
      'Column not found in table users: bad-key',
    ],
    [
      'an unknown column',
      [insert(write('Users', ['UserId', 'bad-column'], ['1', 'Douglas Adams']))],
      Code.NOT_FOUND,
      'Column not found in table Users: bad-column',
    ],
    ['no rows', [insert(write('Users', ['UserId']))], INVALID, 'No value provided for required field: Write.values'],
    [
      'fewer values than columns',
      [insert(write('Users', ['UserId', 'Name', 'Updated'], ['1', 'Douglas Adams']))],
      INVALID,
      'Mutation column and value size mismatch: Found: 3 columns and 2 values',
    ],
    [
      'a later row longer than the columns',
      [insert(write('Users', ['UserId'], ['1'], ['2', 'x']))],
      INVALID,
      'Mutation column and value size mismatch: Found: 1 columns and 2 values',
    ],
    [
      'a timestamp for an INT64 key',
      [insert(write('Users', ['UserId', 'Name'], ['2015-01-02T03:04:05Z', 'Suzanne Collins']))],
      FAILED,
      'Could not parse 2015-01-02T03:04:05Z as an integer',
    ],
    [
      'a number for a TIMESTAMP column',
      [insert(write('Users', ['UserId', 'Updated'], ['1', 27]))],
      FAILED,
      'Could not parse number_value: 27 as TIMESTAMP',
    ],
    [
      'a struct for a STRING column',
      [insert(write('Users', ['UserId', 'Name'], ['1', { Name: 'Douglas Adams' }]))],
      FAILED,
      'Could not parse struct_value { fields { key: "Name" value { string_value: "Douglas Adams" } } } as STRING',
    ],
    [
      'a list of structs for a STRING column',
      [insert(write('Users', ['UserId', 'Name'], ['1', [{ Name: 'a' }]]))],
      FAILED,
      'Could not parse list_value { values { struct_value { fields { key: "Name" value { string_value: "a" } } } } } as STRING',
    ],
    [
      'the commit-timestamp placeholder in an INT64 column',
      [insert(write('Users', ['UserId'], ['spanner.commit_timestamp()']))],
      FAILED,
      'Could not parse spanner.commit_timestamp() as an integer',
    ],
    [
      'a delete by a key prefix',
      [remove('Users2', [['1']])],
      FAILED,
      'Wrong number of key parts for Users2. Expected 3 key parts, found 1 key parts. Supplied key: values { string_value: "1" }',
    ],
    [
      'a queue mutation',
      [{ operation: { $case: 'send', value: { queue: 'q', key: undefined, deliverTime: undefined, payload: 1 } } }],
      Code.UNIMPLEMENTED,
      'Mutation.send (queues) is not supported by this emulator.',
    ],
  ];
  test.each(cases)('%s', (_name, mutations, code, message) => {
    expect(refused(mutations)).toEqual({ code, message });
  });

  // The emulator's CannotSpecifySameColumnMultipleTimes.
  const repeated: [string[], string[], string][] = [
    [['UserId', 'UserId', 'Name'], ['1', '2', 'Suzanne Collins'], 'UserId'],
    [['UserId', 'UserId'], ['1', '1'], 'UserId'],
    [['uSERiD', 'UserId'], ['1', '2'], 'UserId'],
    [['UserId', 'Name', 'Name'], ['1', 'Douglas Adams', 'Douglas Adams'], 'Name'],
    [['UserId', 'Name', 'nAME'], ['1', 'Douglas Adams', 'Suzanne Collins'], 'Name'],
  ];
  test.each(repeated)('columns %j given twice', (columns, values, column) => {
    expect(refused([insert(write('Users', columns, values))])).toEqual({
      code: INVALID,
      message: `Multiple values for column ${column}.`,
    });
  });

  test('values are read before repeated columns are refused', () => {
    const twice = insert(write('Users', ['UserId', 'UserId'], ['1', '2']));
    const bad = insert(write('Users', ['UserId'], ['x']));
    expect(refused([twice, bad])).toEqual({ code: FAILED, message: 'Could not parse x as an integer' });
  });
});

describe('delete ranges may differ only in their last key part', () => {
  const ok: [string, WireKeyRange][] = [
    ['the same prefix', closedClosed(['2'], ['2'])],
    ['an open range over a prefix', openOpen(['1'], ['1'])],
    ['bounds one part apart', closedClosed(['1', '1'], ['1'])],
    ['the last part differing', closedOpen(['1', '2', 'a'], ['1', '2', 'b'])],
    ['everything', closedClosed([], [])],
  ];
  test.each(ok)('accepted: %s', (_name, range) => {
    expect(() => mutationsFromProto([remove('Users2', [], [range])], lookup)).not.toThrow();
  });

  const bad: [WireKeyRange, string, string][] = [
    [
      closedOpen(['1', '2', 'a'], ['1', '3', 'b']),
      '{Int64(1), Int64(2)↓, String("a")}',
      '{Int64(1), Int64(3)↓, String("b")}',
    ],
    [closedOpen(['1'], ['1', '3', 'b']), '{Int64(1)}', '{Int64(1), Int64(3)↓, String("b")}'],
    [closedClosed(['1', '2', 'a'], ['2']), '{Int64(1), Int64(2)↓, String("a")}', '{Int64(2)}'],
    [closedClosed([], ['2', '3']), '{}', '{Int64(2), Int64(3)↓}'],
    [closedClosed(['2', '3'], []), '{Int64(2), Int64(3)↓}', '{}'],
    [closedClosed(['1', '3'], ['2', '2']), '{Int64(1), Int64(3)↓}', '{Int64(2), Int64(2)↓}'],
  ];
  test.each(bad)('refused: %j', (range, start, limit) => {
    expect(refused([remove('Users2', [], [range])])).toEqual({
      code: Code.UNIMPLEMENTED,
      message: `For delete ranges, start and limit keys may only differ in the final key part: start=${start}, limit=${limit}`,
    });
  });
});

describe('spanner.commit_timestamp() in a delete key set', () => {
  const TIMED: MutationTable = {
    name: 'Timed',
    columns: [
      { name: 'Id', type: INT64 },
      { name: 'At', type: TIMESTAMP },
    ],
    keyColumns: [
      { name: 'Id', desc: false },
      { name: 'At', desc: true },
    ],
  };
  const timed = (name: string) => (name.toLowerCase() === 'timed' ? TIMED : undefined);
  const MARK = 'spanner.commit_timestamp()';

  test('is the marker in TIMESTAMP key parts of keys and ranges', () => {
    const [m] = mutationsFromProto([remove('Timed', [['1', MARK]], [closedOpen(['1', MARK], ['1', MARK])])], timed);
    if (m.kind !== 'delete') throw new Error('expected a delete');
    expect(isCommitTimestamp(m.keySet.keys[0][1])).toBe(true);
    expect(isCommitTimestamp(m.keySet.ranges[0].start[1]) && isCommitTimestamp(m.keySet.ranges[0].end[1])).toBe(true);
  });

  test('equals only itself in the delete-range rule, and prints as written', () => {
    const range = closedOpen(['1', MARK], ['2', MARK]);
    expect(refusal(() => mutationsFromProto([remove('Timed', [], [range])], timed))).toEqual({
      code: Code.UNIMPLEMENTED,
      message: `For delete ranges, start and limit keys may only differ in the final key part: start={Int64(1), String("${MARK}")↓}, limit={Int64(2), String("${MARK}")↓}`,
    });
  });

  test('is refused in a non-TIMESTAMP key part', () => {
    expect(refusal(() => mutationsFromProto([remove('Timed', [[MARK, MARK]])], timed))).toEqual({
      code: Code.FAILED_PRECONDITION,
      message: `Could not parse ${MARK} as an integer`,
    });
  });
});
