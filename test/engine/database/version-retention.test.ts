/**
 * A database's version retention over a real file with an explicit clock: earliestVersionTime
 * (now minus the retention period, never before creation nor before what was collected), the
 * check of read timestamps against it with Spanner's error, bounded collection of row and schema
 * versions, and a dropped column's values kept for reads before the drop until collected.
 */
import { Clock } from '../../../src/common/clock';
import type { Database } from '../../../src/engine/database/database';
import { requireIndex, requireTable } from '../../../src/engine/schema/catalog/catalog-lookup';
import { indexLayout } from '../../../src/engine/layout/index-layout';
import { tableLayout } from '../../../src/engine/layout/table-layout';
import { ALL_KEYS } from '../../../src/engine/storage/key-range';
import type { ReadTime } from '../../../src/engine/storage/row-reader';
import { SpannerValue } from '../../../src/types/spanner-value';
import { TestDatabase } from '../../support/test-database';

class FakeClock implements Clock {
  now = 1_700_000_000_000_000; // 2023-11-14T22:13:20Z
  nowMicros(): number {
    return this.now;
  }
}

const HOUR = 3_600_000_000;
const T = 'CREATE TABLE T (K INT64 NOT NULL, V STRING(MAX), W INT64) PRIMARY KEY (K)';

let clock: FakeClock;
let t: TestDatabase;
beforeEach(() => {
  clock = new FakeClock();
  t = new TestDatabase(clock);
});
afterEach(() => t.cleanup());

/** Writes K and V, and W when given (after W is dropped, a write cannot name it). */
function put(db: Database, k: bigint, v: string, w?: bigint): number {
  const columns = w === undefined ? ['K', 'V'] : ['K', 'V', 'W'];
  const row = w === undefined ? [k, v] : [k, v, w];
  return db.writeMutations([{ kind: 'insertOrUpdate', table: 'T', columns, rows: [row] }]);
}

/** Rows at `at` as the schema of that time describes them (what a stale read will do). */
function rowsAt(db: Database, at: ReadTime, table = 'T'): Record<string, SpannerValue>[] {
  const catalog = at === null ? db.catalog : db.schemaAt(at)!;
  const layout = tableLayout(requireTable(catalog, table));
  return [...db.rows.scanRows(layout, ALL_KEYS, { at })].map((r) =>
    Object.fromEntries(layout.columns.map((name, i) => [name, r.row[i]])),
  );
}

describe('earliest version time', () => {
  test('is the creation time while the database is younger than the retention period', () => {
    const db = t.create([T]);
    clock.now += HOUR / 2;
    expect(db.earliestVersionTime()).toBe(db.createTime);
  });

  test('is now minus the retention period after that, and follows version_retention_period', () => {
    const db = t.create([T]);
    clock.now += 5 * HOUR;
    expect(db.earliestVersionTime()).toBe(clock.now - HOUR);
    db.updateSchema(["ALTER DATABASE db SET OPTIONS (version_retention_period = '3h')"]);
    expect(db.earliestVersionTime()).toBe(clock.now - 3 * HOUR);
  });

  test('never goes back before versions already collected, also after a reopen', () => {
    const db = t.create([T]);
    put(db, 1n, 'a');
    clock.now += HOUR;
    put(db, 1n, 'b');
    clock.now += 2 * HOUR;
    const cutoff = clock.now - HOUR;
    expect(db.collectVersions().removed).toBe(1);
    db.updateSchema(["ALTER DATABASE db SET OPTIONS (version_retention_period = '7d')"]);
    expect(db.earliestVersionTime()).toBe(cutoff);
    db.close();
    expect(t.reopen().earliestVersionTime()).toBe(cutoff);
  });
});

describe('reads older than the earliest version time', () => {
  test('are FAILED_PRECONDITION with Spanner message; the earliest version time itself is readable', () => {
    const db = t.create([T]);
    clock.now += 2 * HOUR + 500_000;
    const earliest = db.earliestVersionTime();
    expect(() => db.assertReadableAt(earliest)).not.toThrow();
    expect(() => db.assertReadableAt(clock.now)).not.toThrow();
    expect(() => db.assertReadableAt(earliest - 1)).toThrow(
      expect.objectContaining({
        code: 9,
        message:
          'Read-only transaction timestamp 2023-11-14T23:13:20.499999+00:00 has exceeded the maximum timestamp staleness',
      }),
    );
  });

  test('print whole seconds without a fraction, and are refused before creation', () => {
    const db = t.create([T]);
    expect(() => db.assertReadableAt(1_600_000_000_000_000)).toThrow(
      'Read-only transaction timestamp 2020-09-13T12:26:40+00:00 has exceeded the maximum timestamp staleness',
    );
    expect(() => db.assertReadableAt(db.createTime - 1)).toThrow(expect.objectContaining({ code: 9 }));
  });
});

describe('collection', () => {
  test('removes row versions no read at or after the earliest version time can see, in bounded steps', () => {
    const db = t.create([T]);
    for (let k = 1n; k <= 5n; k++) put(db, k, 'old');
    clock.now += HOUR / 2;
    for (let k = 1n; k <= 5n; k++) put(db, k, 'mid');
    const mid = clock.now;
    clock.now += HOUR;
    for (let k = 1n; k <= 5n; k++) put(db, k, 'new');
    clock.now += HOUR / 4; // earliest = mid + 15 minutes: the 'old' versions are invisible from there
    const first = db.collectVersions(2);
    expect(first).toEqual({ removed: 2, complete: false });
    let removed = first.removed;
    for (let step = db.collectVersions(2); ; step = db.collectVersions(2)) {
      removed += step.removed;
      if (step.complete) break;
    }
    expect(removed).toBe(5);
    expect(rowsAt(db, db.earliestVersionTime()).map((r) => r.V)).toEqual(['mid', 'mid', 'mid', 'mid', 'mid']);
    expect(rowsAt(db, mid - 1)).toEqual([]); // gone, as the earliest version time says
  });

  test('drops schema versions superseded before the earliest version time', () => {
    const db = t.create([T]);
    const created = db.createTime;
    clock.now += HOUR / 2;
    db.updateSchema(['CREATE TABLE U (K INT64 NOT NULL) PRIMARY KEY (K)']);
    expect(db.schemaAt(created)).not.toBeNull();
    clock.now += 2 * HOUR;
    db.collectVersions();
    expect(db.schemaAt(created)).toBeNull();
    expect(db.schemaAt(db.earliestVersionTime())).toBe(db.catalog);
  });
});

describe('dropping a column', () => {
  test('keeps its values for reads before the drop, across a reopen', () => {
    const db = t.create([T]);
    const written = put(db, 1n, 'a', 7n);
    clock.now += 1_000;
    const dropped = db.updateSchema(['ALTER TABLE T DROP COLUMN W']);
    expect(dropped).toMatchObject({ kind: 'applied', applied: 1 });
    const dropTs = (dropped as { commitTimestamp: number }).commitTimestamp;
    expect(rowsAt(db, null)).toEqual([{ K: 1n, V: 'a' }]);
    expect(rowsAt(db, dropTs - 1)).toEqual([{ K: 1n, V: 'a', W: 7n }]);
    expect(rowsAt(db, written)).toEqual([{ K: 1n, V: 'a', W: 7n }]);
    db.close();
    const reopened = t.reopen();
    expect(rowsAt(reopened, dropTs - 1)).toEqual([{ K: 1n, V: 'a', W: 7n }]);
  });

  test('a column re-added under the same name starts NULL at every timestamp after the drop', () => {
    const db = t.create([T]);
    put(db, 1n, 'a', 7n);
    put(db, 2n, 'b', 8n);
    clock.now += 1_000;
    db.updateSchema(['ALTER TABLE T DROP COLUMN W']);
    clock.now += 1_000;
    const between = put(db, 2n, 'b2');
    clock.now += 1_000;
    db.updateSchema(['ALTER TABLE T ADD COLUMN W INT64']);
    expect(rowsAt(db, null)).toEqual([
      { K: 1n, V: 'a', W: null },
      { K: 2n, V: 'b2', W: null },
    ]);
    expect(rowsAt(db, between)).toEqual([
      { K: 1n, V: 'a' },
      { K: 2n, V: 'b2' },
    ]);
    clock.now += 1_000;
    put(db, 1n, 'a2'); // an update merges with the current version, which lacks the old value
    expect(rowsAt(db, null)[0]).toEqual({ K: 1n, V: 'a2', W: null });
  });

  test('drop and re-add in one batch leaves the new column empty and the old values in history', () => {
    const db = t.create([T]);
    const written = put(db, 1n, 'a', 7n);
    clock.now += 1_000;
    db.updateSchema(['ALTER TABLE T DROP COLUMN W', 'ALTER TABLE T ADD COLUMN W INT64']);
    expect(rowsAt(db, null)).toEqual([{ K: 1n, V: 'a', W: null }]);
    expect(rowsAt(db, written)).toEqual([{ K: 1n, V: 'a', W: 7n }]);
  });

  test('the kept values go with garbage collection', () => {
    const db = t.create([T]);
    put(db, 1n, 'a', 7n);
    clock.now += 1_000;
    db.updateSchema(['ALTER TABLE T DROP COLUMN W']);
    clock.now += 2 * HOUR;
    expect(db.collectVersions().removed).toBe(1);
    const row = db.sqlite.prepare('SELECT COUNT(*) AS c FROM r1_hist').get() as { c: number };
    expect(row.c).toBe(0);
  });
});

describe('dropping or renaming a table or an index', () => {
  const IDX = 'CREATE INDEX TByV ON T (V)';

  function change(db: Database, statements: string[]): number {
    clock.now += 1_000;
    const result = db.updateSchema(statements);
    expect(result).toMatchObject({ kind: 'applied', applied: statements.length });
    return (result as { commitTimestamp: number }).commitTimestamp;
  }

  function indexValuesAt(db: Database, at: number): SpannerValue[] {
    const catalog = db.schemaAt(at)!;
    const index = requireIndex(catalog, 'TByV');
    const layout = indexLayout(index, tableLayout(requireTable(catalog, 'T')));
    return [...db.rows.scanIndex(layout, ALL_KEYS, { at })].map((e) => e.indexKey[0]);
  }

  const storageTables = (db: Database) =>
    db.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB '[rx][0-9]*'").pluck().all();

  test('a dropped table keeps its rows for reads before the drop, across a reopen', () => {
    const db = t.create([T]);
    const written = put(db, 1n, 'a');
    const dropped = change(db, ['DROP TABLE T']);
    expect(rowsAt(db, dropped - 1)).toEqual([{ K: 1n, V: 'a', W: null }]);
    expect(rowsAt(db, written)).toEqual([{ K: 1n, V: 'a', W: null }]);
    db.close();
    expect(rowsAt(t.reopen(), dropped - 1)).toEqual([{ K: 1n, V: 'a', W: null }]);
  });

  test('a table dropped and created again reads its old rows before, and only its new ones after', () => {
    const db = t.create([T]);
    put(db, 1n, 'old');
    const recreated = change(db, ['DROP TABLE T', T]);
    put(db, 2n, 'new');
    const again = change(db, ['DROP TABLE T', T]);
    expect(rowsAt(db, recreated - 1).map((r) => r.V)).toEqual(['old']);
    expect(rowsAt(db, recreated)).toEqual([]);
    expect(rowsAt(db, again - 1).map((r) => r.V)).toEqual(['new']);
    expect(rowsAt(db, null)).toEqual([]);
  });

  test('a renamed table is found by its old name before the rename and its new one after', () => {
    const db = t.create([T, 'CREATE TABLE U (K INT64 NOT NULL) PRIMARY KEY (K)']);
    put(db, 1n, 'a');
    const swapped = change(db, ['RENAME TABLE T TO Tmp, U TO T, Tmp TO U']);
    expect(rowsAt(db, swapped - 1, 'T').map((r) => r.V)).toEqual(['a']);
    expect(rowsAt(db, swapped - 1, 'U')).toEqual([]);
    expect(rowsAt(db, swapped, 'U').map((r) => r.V)).toEqual(['a']);
    expect(rowsAt(db, swapped, 'T')).toEqual([]);
  });

  test('a dropped index keeps its entries for reads before the drop', () => {
    const db = t.create([T, IDX]);
    put(db, 1n, 'a');
    const dropped = change(db, ['DROP INDEX TByV']);
    expect(indexValuesAt(db, dropped - 1)).toEqual(['a']);
  });

  test('a scan at a timestamp goes on across a drop; new storage never reuses a dropped id', () => {
    const db = t.create([T]);
    let at = 0;
    for (let k = 1n; k <= 300n; k++) at = put(db, k, 'v');
    const layout = tableLayout(requireTable(db.catalog, 'T'));
    const scan = db.rows.scanRows(layout, ALL_KEYS, { at })[Symbol.iterator]();
    expect(scan.next().done).toBe(false);
    change(db, ['DROP TABLE T', 'CREATE TABLE U (K INT64 NOT NULL) PRIMARY KEY (K)']);
    expect([...{ [Symbol.iterator]: () => scan }]).toHaveLength(299);
    expect(storageTables(db)).toEqual(['r1_cur', 'r1_hist', 'r2_cur', 'r2_hist']);
  });

  test('the storage goes with garbage collection once no read can reach back before the drop', () => {
    const db = t.create([T, 'CREATE TABLE U (K INT64 NOT NULL) PRIMARY KEY (K)', IDX]);
    put(db, 1n, 'a');
    change(db, ['DROP INDEX TByV', 'DROP TABLE T', 'ALTER TABLE U RENAME TO V']);
    clock.now += HOUR / 2;
    db.collectVersions();
    expect(storageTables(db)).toHaveLength(6);
    clock.now += HOUR;
    expect(db.collectVersions().removed).toBe(2);
    expect(storageTables(db)).toEqual(['r2_cur', 'r2_hist']);
    expect(rowsAt(db, null, 'V')).toEqual([]);
  });
});
