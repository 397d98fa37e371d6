/**
 * Version garbage collection in bounded steps over a real database file: each step removes at most
 * its limit, steps together remove exactly what no read at or after the cutoff can see, and the
 * hook runs inside the step's transaction.
 */
import { requireTable } from '../../../src/engine/schema/catalog/catalog-lookup';
import { shapesIn } from '../../../src/engine/layout/catalog-layouts';
import { tableLayout } from '../../../src/engine/layout/table-layout';
import { ALL_KEYS } from '../../../src/engine/storage/key-range';
import type { Mutation } from '../../../src/engine/storage/row-writes';
import { collectGarbage } from '../../../src/engine/storage/version-gc';
import type { Database } from '../../../src/engine/database/database';
import { TestDatabase } from '../../support/test-database';

const T = 'CREATE TABLE T (K INT64 NOT NULL, V INT64) PRIMARY KEY (K)';
const BY_V = 'CREATE INDEX ByV ON T (V)';

let t: TestDatabase;
beforeEach(() => (t = new TestDatabase()));
afterEach(() => t.cleanup());

function write(db: Database, ts: number, rows: [bigint, bigint][]): void {
  const m: Mutation = { kind: 'insertOrUpdate', table: 'T', columns: ['K', 'V'], rows };
  db.rows.applyMutations(shapesIn(db.catalog), [m], ts);
}

function valuesAt(db: Database, at: number): unknown[] {
  return [...db.rows.scanRows(tableLayout(requireTable(db.catalog, 'T')), ALL_KEYS, { at })].map((r) => r.row[1]);
}

function historyRows(db: Database): number {
  const tables = db.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%_hist'")
    .all() as { name: string }[];
  return tables.reduce(
    (n, { name }) => n + (db.sqlite.prepare(`SELECT COUNT(*) AS c FROM ${name}`).get() as { c: number }).c,
    0,
  );
}

test('bounded steps remove at most their limit and together exactly the expired versions', () => {
  const db = t.create([T, BY_V]);
  const keys: [bigint, bigint][] = [1n, 2n, 3n, 4n, 5n].map((k) => [k, 0n]);
  write(db, 100, keys);
  write(
    db,
    200,
    keys.map(([k]) => [k, 1n]),
  );
  write(
    db,
    300,
    keys.map(([k]) => [k, 2n]),
  );
  // Each rewrite superseded 5 rows and changed 5 index entries (one removed, one added, per key).
  const before = historyRows(db);
  expect(before).toBe(20);
  const steps: number[] = [];
  for (let step = collectGarbage(db.sqlite, 250, 3); ; step = collectGarbage(db.sqlite, 250, 3)) {
    steps.push(step.removed);
    expect(step.removed).toBeLessThanOrEqual(3);
    if (step.complete) break;
  }
  expect(steps.reduce((a, b) => a + b, 0)).toBe(10); // the versions that ended at 200
  expect(steps.length).toBeGreaterThan(3);
  expect(valuesAt(db, 250)).toEqual([1n, 1n, 1n, 1n, 1n]);
  expect(valuesAt(db, 300)).toEqual([2n, 2n, 2n, 2n, 2n]);
  expect(valuesAt(db, 150)).toEqual([]); // collected
  expect(collectGarbage(db.sqlite, 250)).toEqual({ removed: 0, complete: true });
});

test('the hook runs inside the step: a throwing hook rolls the deletions back', () => {
  const db = t.create([T]);
  write(db, 100, [[1n, 0n]]);
  write(db, 200, [[1n, 1n]]);
  expect(() =>
    collectGarbage(db.sqlite, 300, 10, () => {
      throw new Error('no');
    }),
  ).toThrow('no');
  expect(valuesAt(db, 150)).toEqual([0n]);
  let seen = -1;
  expect(collectGarbage(db.sqlite, 300, 10, (n) => (seen = n)).removed).toBe(1);
  expect(seen).toBe(1);
});
