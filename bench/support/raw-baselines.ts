/**
 * The baselines the data-plane benchmark sets its figures against, measured in the same run: one
 * gRPC round trip with grpc-js to a trivial echo service in its own process on loopback (the same
 * process layout as the client and the emulator), and raw better-sqlite3 on a WAL file with
 * synchronous=FULL (a one-row INSERT commit, a 256-row commit, a point read). No Spanner here.
 */
import * as grpc from '@grpc/grpc-js';
import Database from 'better-sqlite3';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ECHO_READY, ECHO_SERVICE } from './grpc-echo-service';
import { LatencyStats, timeSequential, timeSync } from './latency';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
/** About the size of a one-row CommitRequest of the benchmark. */
const REQUEST_BYTES = 200;
/** A fresh grpc-js client and server take a few seconds of calls to reach their steady speed. */
const GRPC_WARMUP_MS = 3_000;

export interface SqliteBaselines {
  commit: LatencyStats;
  commit256: LatencyStats;
  pointRead: LatencyStats;
}

export function measureSqlite(durationMs: number, payload: string): SqliteBaselines {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-sqlite-'));
  const db = new Database(path.join(dir, 'raw.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, value INTEGER NOT NULL, payload TEXT)');
    const insert = db.prepare('INSERT INTO t (id, value, payload) VALUES (?, ?, ?)');
    const select = db.prepare('SELECT id, value, payload FROM t WHERE id = ?');
    let next = 0;
    const commit = timeSync(() => insert.run(++next, 1, payload), durationMs);
    const insertMany = db.transaction(() => {
      for (let i = 0; i < 256; i++) insert.run(++next, 1, payload);
    });
    const commit256 = timeSync(() => insertMany(), durationMs, 5);
    const pointRead = timeSync(() => select.get(1 + Math.floor(Math.random() * next)), durationMs);
    return { commit, commit256, pointRead };
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Mean and percentiles of a grpc-js unary call to the echo server, started and stopped here. */
export async function measureGrpcRoundTrip(durationMs: number): Promise<LatencyStats> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/support/grpc-echo-server.ts'], {
    cwd: PROJECT_ROOT,
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let text = '';
      child.stdout.on('data', (d) => {
        text += d;
        const m = ECHO_READY.exec(text);
        if (m) resolve(Number(m[1]));
      });
      child.on('exit', () => reject(new Error(`echo server exited: ${text}`)));
    });
    const Client = grpc.makeGenericClientConstructor(ECHO_SERVICE, 'Echo');
    const client = new Client(`localhost:${port}`, grpc.credentials.createInsecure());
    const echo = client.echo as (request: Buffer, callback: (error: Error | null, response: Buffer) => void) => void;
    const request = Buffer.alloc(REQUEST_BYTES, 1);
    const call = () =>
      new Promise<Buffer>((resolve, reject) =>
        echo.call(client, request, (error, response) => (error ? reject(error) : resolve(response))),
      );
    try {
      return await timeSequential(call, durationMs, GRPC_WARMUP_MS);
    } finally {
      client.close();
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}
