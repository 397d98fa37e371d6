/**
 * What checking a database file when it is opened costs (engine/storage/file-integrity.ts: SQLite's
 * quick_check): milliseconds for a database file of about 100 MB (BENCH_FILE_MB to change it),
 * written through the engine (a table with an index), against a baseline measured in the same run:
 * reading the same file's bytes once. Also the whole startup of an admin plane over it (check,
 * schema replay, opening), which is what a user waits for.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Logger } from '../src/common/logger';
import { sqliteFileDamage } from '../src/engine/storage/file-integrity';
import { openStorage } from '../src/resources/data-directory';
import { AdminPlane } from '../src/resources/admin-plane';
import { createDatabase, requireDatabase } from '../src/resources/databases/databases';
import { createInstance } from '../src/resources/instances/instances';
import type { BenchFigure } from './run';

const INSTANCE = 'projects/bench/instances/inst';
const DB = `${INSTANCE}/databases/big`;
const SCHEMA = [
  'CREATE TABLE T (K INT64 NOT NULL, V STRING(MAX), W BYTES(MAX)) PRIMARY KEY (K)',
  'CREATE INDEX TByV ON T (V)',
];

function elapsedMs(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Writes rows until the database file holds about `megabytes` MB; returns the file's path. */
function buildDatabase(dir: string, megabytes: number): string {
  const storage = openStorage(dir);
  const plane = AdminPlane.open(storage, new Logger('silent'));
  const config = 'projects/bench/instanceConfigs/emulator-config';
  const spec = { name: '', config, displayName: 'b', nodeCount: 1, processingUnits: 0, labels: {}, edition: '' };
  createInstance(plane, 'projects/bench', 'inst', spec);
  const input = { parent: INSTANCE, createStatement: 'CREATE DATABASE big', extraStatements: SCHEMA };
  createDatabase(plane, { ...input, dialect: 'UNSPECIFIED' }, () => {});
  const { database } = requireDatabase(plane, DB);
  const file = path.join(dir, plane.databases.get(DB)!.file!);
  const payload = new Uint8Array(400).fill(7);
  for (let k = 0; fs.statSync(file).size + walSize(file) < megabytes * 1e6;) {
    const rows = Array.from({ length: 2000 }, () => [BigInt(k++), `value-${k}-${'x'.repeat(40)}`, payload]);
    database.writeMutations([{ kind: 'insert', table: 'T', columns: ['K', 'V', 'W'], rows }]);
  }
  plane.close();
  storage.close(); // checkpoints the WAL into the file
  return file;
}

/** Reads the file once in 1 MB chunks: the floor of any check that looks at every page. */
function readThrough(file: string): void {
  const fd = fs.openSync(file, 'r');
  const buffer = Buffer.alloc(1 << 20);
  while (fs.readSync(fd, buffer, 0, buffer.length, null) > 0);
  fs.closeSync(fd);
}

function walSize(file: string): number {
  return fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0;
}

export async function run(): Promise<BenchFigure[]> {
  const megabytes = Number(process.env.BENCH_FILE_MB ?? 100);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-file-check-'));
  try {
    const file = buildDatabase(dir, megabytes);
    const size = `${Math.round(fs.statSync(file).size / 1e6)} MB`;
    const read = elapsedMs(() => readThrough(file));
    const check = elapsedMs(() => sqliteFileDamage(file));
    const startup = elapsedMs(() => {
      const storage = openStorage(dir);
      AdminPlane.open(storage, new Logger('silent')).close();
      storage.close();
    });
    const baseline = { name: 'reading the file', value: read };
    return [
      { name: `quick_check of a ${size} database file`, value: check, unit: 'ms', baseline },
      { name: `admin plane startup over it (check, replay, open)`, value: startup, unit: 'ms', baseline },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
