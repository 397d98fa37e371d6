/**
 * Row store read speed on a real database file: a point lookup by primary key and a scan of 1,000
 * consecutive rows through RowStore (key encoded from values, rows decoded to positional arrays,
 * scans paged), each against a baseline measured in the same run on the same file: raw
 * better-sqlite3 running the same SELECT on the same storage table with a prepared statement
 * (the point lookup given its key BLOB ready-made), returning the rows' BLOBs undecoded. The
 * ratio is what the row store adds on top of SQLite.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { systemClock } from '../src/common/clock';
import { Database } from '../src/engine/database/database';
import { initialSchema } from '../src/engine/schema/schema-change';
import { openDatabaseFile } from '../src/engine/database/database-file';
import { tableLayout } from '../src/engine/layout/table-layout';
import { requireTable } from '../src/engine/schema/catalog/catalog-lookup';
import { encodeKey } from '../src/engine/storage/key-codec';
import { encodeRange } from '../src/engine/storage/key-range';
import { storageOf } from '../src/engine/storage/row-tables';
import type { SpannerValue } from '../src/types/spanner-value';
import type { BenchFigure } from './run';

const SINGERS =
  'CREATE TABLE Singers (SingerId INT64 NOT NULL, FirstName STRING(1024), LastName STRING(1024), ' +
  'Score FLOAT64, Albums INT64, Active BOOL) PRIMARY KEY (SingerId)';
const ROWS = 10_000;
const SCAN_ROWS = 1_000;

function microsPerCall(fn: () => unknown, minMs = 300): number {
  for (let i = 0; i < 200; i++) fn();
  let calls = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  const limit = BigInt(minMs) * 1_000_000n;
  while (elapsed < limit) {
    for (let i = 0; i < 20; i++) fn();
    calls += 20;
    elapsed = process.hrtime.bigint() - start;
  }
  return Number(elapsed) / 1000 / calls;
}

/** The better of two alternating runs of each, so both see the same machine state. */
function pair(ours: () => unknown, raw: () => unknown): [number, number] {
  const a1 = microsPerCall(ours);
  const b1 = microsPerCall(raw);
  const a2 = microsPerCall(ours);
  const b2 = microsPerCall(raw);
  return [Math.min(a1, a2), Math.min(b1, b2)];
}

function singerRow(i: number): SpannerValue[] {
  return [BigInt(i), `First${i}`, `Last name of singer ${i}`, i / 3, BigInt(i % 17), i % 2 === 0];
}

export async function run(): Promise<BenchFigure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'row-store-bench-'));
  const schema = initialSchema('bench', [SINGERS]);
  const db = Database.create({
    name: 'projects/p/instances/i/databases/bench',
    databaseId: 'bench',
    sqlite: openDatabaseFile(dir, 'bench.sqlite'),
    clock: systemClock,
    statements: schema.statements,
    catalog: schema.catalog,
  });
  try {
    const columns = ['SingerId', 'FirstName', 'LastName', 'Score', 'Albums', 'Active'];
    const rows = Array.from({ length: ROWS }, (_, i) => singerRow(i));
    db.writeMutations([{ kind: 'insert', table: 'Singers', columns, rows }]);
    const shape = tableLayout(requireTable(db.catalog, 'Singers'));
    const current = storageOf(db.sqlite, 'Singers')!.current;

    const ids = Array.from({ length: 1024 }, (_, i) => BigInt((i * 7919) % ROWS));
    const keys = ids.map((id) => encodeKey(shape.keyParts, [id]));
    const rawGet = db.sqlite.prepare(`SELECT key, vals FROM ${current} WHERE key = ?`).raw();
    let n = 0;
    const [lookup, rawLookup] = pair(
      () => db.rows.readRow(shape, encodeKey(shape.keyParts, [ids[n++ & 1023]])),
      () => rawGet.get(keys[n++ & 1023]),
    );

    const bounds = encodeRange(shape.keyParts, { start: [4000n], startClosed: true, end: [5000n], endClosed: false });
    const rawScan = db.sqlite.prepare(`SELECT key, vals FROM ${current} WHERE key >= ? AND key < ? ORDER BY key`).raw();
    const [scan, rawScanTime] = pair(
      () => {
        let count = 0;
        for (const _ of db.rows.scanRows(shape, bounds)) count++;
        if (count !== SCAN_ROWS) throw new Error(`Scanned ${count} rows`);
      },
      () => rawScan.all(bounds.lower, bounds.upper),
    );
    return [
      {
        name: 'point lookup (us)',
        value: lookup,
        unit: 'us',
        baseline: { name: 'raw better-sqlite3', value: rawLookup },
      },
      {
        name: `range scan of ${SCAN_ROWS} rows (us)`,
        value: scan,
        unit: 'us',
        baseline: { name: 'raw better-sqlite3', value: rawScanTime },
      },
    ];
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
