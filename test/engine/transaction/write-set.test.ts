/**
 * The WriteSet reads through its pending rows: after any mix of inserts, updates and deletes
 * over committed rows (some rows written several times, scans interleaved with puts so the kept
 * orders are updated, not rebuilt), table and index scans over any bounds answer exactly what a
 * naive merge of the committed rows and the pending ones would. Seeded, so a failure repeats.
 */
import { layoutsOf } from '../../../src/engine/layout/catalog-layouts';
import { encodeKey } from '../../../src/engine/storage/key-codec';
import { ALL_KEYS, type EncodedBounds } from '../../../src/engine/storage/key-range';
import { encodeRowKey, indexEntryOf } from '../../../src/engine/storage/row-codec';
import { WriteSet } from '../../../src/engine/transaction/write-set';
import type { SpannerValue } from '../../../src/types/spanner-value';
import { TestDatabase } from '../../support/test-database';

const SCHEMA = [
  'CREATE TABLE T (K INT64 NOT NULL, V INT64, S STRING(MAX)) PRIMARY KEY (K)',
  'CREATE INDEX ByV ON T(V) STORING (S)',
  'CREATE NULL_FILTERED INDEX ByS ON T(S DESC)',
];

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let t: TestDatabase;
beforeEach(() => (t = new TestDatabase()));
afterEach(() => t.cleanup());

test.each([1, 2, 3, 4, 5])('scans through pending writes match a naive merge (seed %i)', (seed) => {
  const next = random(seed);
  const int = (n: number) => Math.floor(next() * n);
  const db = t.create(SCHEMA);
  const layouts = layoutsOf(db.catalog, 'T');
  const rowOf = (k: number): SpannerValue[] => [
    BigInt(k),
    next() < 0.2 ? null : BigInt(int(10)),
    next() < 0.2 ? null : `s${int(8)}`,
  ];
  const committed = new Map<number, SpannerValue[]>();
  for (let k = 0; k < 40; k += 2) committed.set(k, rowOf(k));
  db.writeMutations([{ kind: 'insert', table: 'T', columns: ['K', 'V', 'S'], rows: [...committed.values()] }]);

  const writes = new WriteSet(db.rows);
  const model = new Map(committed);
  const key = (k: number) => encodeRowKey(layouts.table, [BigInt(k), null, null]);
  const bounds = (): EncodedBounds => {
    if (next() < 0.2) return ALL_KEYS;
    const a = int(45);
    const b = a + int(20);
    return {
      lower: encodeKey(layouts.table.keyParts, [BigInt(a)]),
      upper: encodeKey(layouts.table.keyParts, [BigInt(b)]),
    };
  };
  for (let step = 0; step < 300; step++) {
    const k = int(45);
    const row = next() < 0.3 ? null : rowOf(k);
    writes.put(layouts, key(k), row);
    if (row === null) model.delete(k);
    else model.set(k, row);
    if (step % 7 !== 0) continue;
    const b = bounds();
    const expectedRows = [...model.entries()]
      .map(([kk, r]) => ({ key: key(kk), row: r }))
      .filter((e) => Buffer.compare(e.key, b.lower) >= 0 && Buffer.compare(e.key, b.upper) < 0)
      .sort((x, y) => Buffer.compare(x.key, y.key))
      .map((e) => e.row);
    expect([...writes.scanRows(layouts.table, b)].map((e) => e.row)).toEqual(expectedRows);
    for (const index of layouts.indexes) {
      const expected = [...model.values()]
        .map((r) => indexEntryOf(index, r))
        .filter((e): e is NonNullable<typeof e> => e !== null)
        .sort((x, y) => Buffer.compare(x.key, y.key))
        .map((e) => e.key.toString('hex'));
      expect([...writes.scanIndex(index, ALL_KEYS)].map((e) => e.key.toString('hex'))).toEqual(expected);
    }
  }
  expect([...writes.changes()].map(({ row }) => row.key.toString('hex'))).toEqual(
    [...writes.changes()]
      .map(({ row }) => row.key)
      .sort(Buffer.compare)
      .map((k) => k.toString('hex')),
  );
});
