/**
 * Read plans, the executor, read locks and partitions over a real database file: columns resolved
 * with Spanner's refusals, rows in key order and projected, a limit counted over spans, a resumed
 * read continuing after its position, reads through an index in index order (DESC key, key and
 * STORING columns), reads at an older timestamp, the lock requests of table and index reads, and
 * partition slices whose union is the whole read.
 */
import type { Database } from '../../../src/engine/database/database';
import { Code } from '../../../src/errors/codes';
import { executeRead, type ReadRow } from '../../../src/engine/read/read-executor';
import { readLockRequests } from '../../../src/engine/read/read-locks';
import { partitionSlices } from '../../../src/engine/read/read-partitions';
import { planRead, type ReadPlan } from '../../../src/engine/read/read-plan';
import { clipSpans, keySetSpans, type ReadSpan } from '../../../src/engine/read/read-spans';
import type { KeySet } from '../../../src/engine/storage/key-range';
import type { SpannerValue } from '../../../src/types/spanner-value';
import { TestDatabase } from '../../support/test-database';

const SCHEMA = [
  'CREATE TABLE Singers (SingerId INT64 NOT NULL, Name STRING(MAX), Score FLOAT64, Bio STRING(MAX)) PRIMARY KEY (SingerId)',
  'CREATE INDEX ByScore ON Singers(Score DESC) STORING (Name)',
  'CREATE TABLE Other (Id INT64 NOT NULL) PRIMARY KEY (Id)',
];

let t: TestDatabase;
let db: Database;
let firstCommit: number;

beforeAll(() => {
  t = new TestDatabase();
  db = t.create(SCHEMA);
  const row = (id: number, name: string, score: number | null) => [BigInt(id), name, score];
  firstCommit = db.writeMutations([
    {
      kind: 'insert',
      table: 'Singers',
      columns: ['SingerId', 'Name', 'Score'],
      rows: [row(1, 'a', 10), row(2, 'b', 30), row(3, 'c', 20), row(4, 'd', null), row(5, 'e', 30)],
    },
  ]);
  db.writeMutations([{ kind: 'update', table: 'Singers', columns: ['SingerId', 'Name'], rows: [[1n, 'A']] }]);
});

afterAll(() => t.cleanup());

const set = (over: Partial<KeySet>): KeySet => ({ all: false, keys: [], ranges: [], ...over });

function plan(columns: string[], index = ''): ReadPlan {
  return planRead(db.catalog, { table: 'Singers', index, columns });
}

function spansOf(p: ReadPlan, keySet: KeySet): ReadSpan[] {
  return keySetSpans(p.keyParts, keySet, p.target.kind === 'table' ? 'point' : 'prefix');
}

function values(rows: Iterable<ReadRow>): SpannerValue[][] {
  return [...rows].map((r) => [...r.values]);
}

describe('read plans', () => {
  test('columns in the order asked, with the schema spelling and types', () => {
    const p = plan(['score', 'SINGERID']);
    expect(p.columns).toEqual([
      { name: 'Score', type: { kind: 'scalar', name: 'FLOAT64' } },
      { name: 'SingerId', type: { kind: 'scalar', name: 'INT64' } },
    ]);
    expect(p.keyColumns.map((k) => [k.name, k.desc])).toEqual([['SingerId', false]]);
    expect(plan(['Name'], 'ByScore').keyColumns.map((k) => [k.name, k.desc])).toEqual([['Score', true]]);
  });

  test.each([
    [{ table: 'Nope', index: '', columns: ['Id'] }, 'NOT_FOUND', 'Table not found: Nope'],
    [{ table: 'Singers', index: '', columns: ['Nope'] }, 'NOT_FOUND', 'Column not found in table Singers: Nope'],
    [
      { table: 'Singers', index: 'Nope', columns: ['Name'] },
      'NOT_FOUND',
      "No index 'Nope' was found for table 'Singers'.",
    ],
    [
      { table: 'Other', index: 'ByScore', columns: ['Id'] },
      'FAILED_PRECONDITION',
      "Index 'ByScore' indexes 'Singers' which does not match the given base table 'Other'.",
    ],
    [{ table: 'Singers', index: 'ByScore', columns: ['Nope'] }, 'NOT_FOUND', 'Column not found in table Singers: Nope'],
    [
      { table: 'Singers', index: 'ByScore', columns: ['Bio'] },
      'NOT_FOUND',
      "Index 'ByScore' which indexes 'Singers' does not have a column named Bio. Reads with an index can only query",
    ],
  ] as const)('refuses %j', (names, code, message) => {
    expect(() => planRead(db.catalog, names)).toThrow(expect.objectContaining({ code: Code[code] }));
    expect(() => planRead(db.catalog, names)).toThrow(message);
  });
});

describe('the executor', () => {
  test('keys and ranges in key order, each row once, projected', () => {
    const p = plan(['Name', 'SingerId']);
    const keys = set({
      keys: [[5n], [1n], [5n]],
      ranges: [{ start: [2n], startClosed: true, end: [3n], endClosed: true }],
    });
    expect(values(executeRead(db.rows, p, spansOf(p, keys), { at: null }))).toEqual([
      ['A', 1n],
      ['b', 2n],
      ['c', 3n],
      ['e', 5n],
    ]);
  });

  test('a limit counts rows over every span', () => {
    const p = plan(['SingerId']);
    const keys = set({ keys: [[1n], [4n], [5n]] });
    expect(values(executeRead(db.rows, p, spansOf(p, keys), { at: null, limit: 2 }))).toEqual([[1n], [4n]]);
    expect(values(executeRead(db.rows, p, spansOf(p, set({ all: true })), { at: null, limit: 0 }))).toHaveLength(5);
  });

  test('a resumed read continues after the position of the last row given', () => {
    const p = plan(['SingerId']);
    const spans = spansOf(p, set({ all: true }));
    const first = [...executeRead(db.rows, p, spans, { at: null, limit: 2 })];
    const rest = executeRead(db.rows, p, spans, { at: null, after: first[1].key });
    expect(values(rest)).toEqual([[3n], [4n], [5n]]);
  });

  test('through an index: index order (DESC, NULL last, ties by primary key), key and STORING columns', () => {
    const p = plan(['Score', 'SingerId', 'Name'], 'ByScore');
    expect(values(executeRead(db.rows, p, spansOf(p, set({ all: true })), { at: null }))).toEqual([
      [30, 2n, 'b'],
      [30, 5n, 'e'],
      [20, 3n, 'c'],
      [10, 1n, 'A'],
      [null, 4n, 'd'],
    ]);
    const thirty = spansOf(p, set({ keys: [[30]] }));
    expect(values(executeRead(db.rows, p, thirty, { at: null })).map((r) => r[1])).toEqual([2n, 5n]);
  });

  test('at an older timestamp', () => {
    const p = plan(['Name']);
    expect(values(executeRead(db.rows, p, spansOf(p, set({ keys: [[1n]] })), { at: firstCommit }))).toEqual([['a']]);
  });
});

describe('read locks', () => {
  test('points for table keys, ranges for ranges, index ranges for index reads', () => {
    const p = plan(['SingerId']);
    const keys = set({ keys: [[1n]], ranges: [{ start: [3n], startClosed: true, end: [4n], endClosed: true }] });
    expect(readLockRequests(p, spansOf(p, keys)).map((r) => [r.space, r.mode, r.target.kind])).toEqual([
      ['table:Singers', 'shared', 'point'],
      ['table:Singers', 'shared', 'range'],
    ]);
    const byScore = plan(['SingerId'], 'ByScore');
    const indexLocks = readLockRequests(byScore, spansOf(byScore, set({ keys: [[30]] })), 'exclusive');
    expect(indexLocks.map((r) => [r.space, r.mode, r.target.kind])).toEqual([['index:ByScore', 'exclusive', 'range']]);
  });
});

describe('partitions', () => {
  test('slices tile the key space; their reads together are the whole read', () => {
    const p = plan(['SingerId'], 'ByScore');
    const spans = spansOf(p, set({ all: true }));
    const whole = values(executeRead(db.rows, p, spans, { at: null }));
    for (const maxPartitions of [1, 2, 3, 10]) {
      const slices = partitionSlices(db.rows, p, spans, null, { partitionSizeBytes: 1, maxPartitions });
      expect(slices.length).toBe(Math.min(maxPartitions, whole.length));
      const parts = slices.map((slice) => values(executeRead(db.rows, p, clipSpans(spans, slice), { at: null })));
      expect(parts.every((part) => part.length > 0)).toBe(true);
      expect(parts.flat()).toEqual(whole);
    }
  });

  test('an empty read has one partition; the default size keeps small reads whole', () => {
    const p = plan(['SingerId']);
    const none = spansOf(p, set({ keys: [[99n]] }));
    expect(partitionSlices(db.rows, p, none, null, { partitionSizeBytes: 1, maxPartitions: 0 })).toHaveLength(1);
    const all = spansOf(p, set({ all: true }));
    expect(partitionSlices(db.rows, p, all, null, { partitionSizeBytes: 0, maxPartitions: 0 })).toHaveLength(1);
  });
});
