/**
 * The data plane through the official Node client against an emulator this benchmark starts (ours,
 * a child process on a temporary data directory; or an external one with E2E_EXTERNAL_GRPC and
 * E2E_EXTERNAL_REST), beside raw better-sqlite3 and a raw grpc-js round trip measured in the same
 * run. BENCH_SESSION_MODE=regular runs the client with a session pool instead of its default
 * multiplexed session (the official emulator needs it). Targets are in the figure names; nothing
 * is asserted, and a workload that fails prints why instead of a figure.
 */
import type { Database } from '@google-cloud/spanner';
import { openClientDatabase, SessionMode } from '../test/support/spanner-client';
import { BenchServer, startBenchServer } from './support/bench-server';
import { rawReadWriteWriters, rawSingleRowCommits } from './support/raw-client-workloads';
import {
  BENCH_SCHEMA,
  commitsOf256Rows,
  PAYLOAD,
  pointReads,
  preload,
  readWriteWriters,
  singleRowInserts,
  staleReads,
  valueOf,
  warmUp,
} from './support/client-workloads';
import { LatencyStats } from './support/latency';
import { measureGrpcRoundTrip, measureSqlite } from './support/raw-baselines';
import type { BenchFigure } from './run';

const RUN_MS = 3_000;
const WRITERS_MS = 5_000;
const STALENESS_MS = 1_000;
const HOT_ROW = 1;
const WARMUP_MS = 4_000;

interface Baselines {
  grpc: LatencyStats;
  commit: number;
  commit256: number;
  pointRead: number;
}

function sessionMode(): SessionMode {
  return process.env.BENCH_SESSION_MODE === 'regular' ? 'regular' : 'multiplexed';
}

async function measureBaselines(figures: BenchFigure[]): Promise<Baselines> {
  const sqlite = measureSqlite(RUN_MS / 3, PAYLOAD);
  const grpc = await measureGrpcRoundTrip(RUN_MS / 3);
  figures.push(
    { name: 'raw grpc-js unary round trip (echo process, loopback), mean', value: grpc.meanUs, unit: 'µs' },
    { name: 'raw SQLite commit, 1-row INSERT (WAL, synchronous=FULL), mean', value: sqlite.commit.meanUs, unit: 'µs' },
    { name: 'raw SQLite commit, 256-row INSERT, mean', value: sqlite.commit256.meanUs, unit: 'µs' },
    { name: 'raw SQLite point read, mean', value: sqlite.pointRead.meanUs, unit: 'µs' },
  );
  return {
    grpc,
    commit: sqlite.commit.meanUs,
    commit256: sqlite.commit256.meanUs,
    pointRead: sqlite.pointRead.meanUs,
  };
}

/** Runs one workload; a failure becomes a line saying why, so the other workloads still run. */
async function attempt(name: string, figures: BenchFigure[], body: () => Promise<BenchFigure[]>): Promise<void> {
  try {
    figures.push(...(await body()));
  } catch (error) {
    // Client errors start with their gRPC code ("12 UNIMPLEMENTED: ..."); the first line says enough.
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    figures.push({ name, value: NaN, unit: '', note: `failed: ${message}` });
  }
}

async function latencyWorkloads(
  server: BenchServer,
  database: Database,
  base: Baselines,
  figures: BenchFigure[],
): Promise<void> {
  const rtt = base.grpc.meanUs;
  const commitBaseline = { name: 'grpc-js round trip + SQLite commit (target ≤ 2x)', value: rtt + base.commit };
  await attempt('single-row insert', figures, async () => {
    const cpu = new CpuMeter(server);
    const s = await singleRowInserts(database, RUN_MS);
    // The client sends two RPCs for it (BeginTransaction with a mutation key, then Commit).
    const name = 'single-row insert through the client (2 RPCs), mean';
    return [{ name, value: s.meanUs, unit: 'µs', baseline: commitBaseline }, ...cpu.perOp(s.count, 'insert')];
  });
  await attempt('single-row commit, thin client', figures, async () => {
    // Untimed first: the thin client's own code paths start cold, as the official client's did.
    await rawSingleRowCommits(server.grpcHost, databaseName(database), RUN_MS / 3, 3_000_000);
    const cpu = new CpuMeter(server);
    const s = await rawSingleRowCommits(server.grpcHost, databaseName(database), RUN_MS, 2_000_000);
    const name = 'single-row commit through a thin grpc-js client (the server alone), mean';
    return [{ name, value: s.meanUs, unit: 'µs', baseline: commitBaseline }, ...cpu.perOp(s.count, 'commit')];
  });
  await attempt('256-row commit', figures, async () => {
    const s = await commitsOf256Rows(database, RUN_MS);
    const baseline = { name: 'grpc-js round trip + SQLite 256-row commit', value: rtt + base.commit256 };
    return [{ name: '256-row commit through the client (2 RPCs), mean', value: s.meanUs, unit: 'µs', baseline }];
  });
  const readBaseline = { name: 'grpc-js round trip + SQLite point read', value: rtt + base.pointRead };
  await attempt('point read', figures, async () => {
    const s = await pointReads(database, RUN_MS);
    // As for every table.read, the client begins a snapshot first: two RPCs.
    return [{ name: 'point read (strong, 2 RPCs), mean', value: s.meanUs, unit: 'µs', baseline: readBaseline }];
  });
  await attempt('stale read', figures, async () => {
    const s = await staleReads(database, RUN_MS, STALENESS_MS);
    const name = `stale read (exact staleness ${STALENESS_MS / 1000} s, 2 RPCs), mean`;
    return [{ name, value: s.meanUs, unit: 'µs', baseline: readBaseline }];
  });
}

/** The client's Database knows its full resource name. */
function databaseName(database: Database): string {
  return (database as unknown as { formattedName_: string }).formattedName_;
}

/** CPU time of both processes over one workload, to show which side a figure is bound by. */
class CpuMeter {
  private readonly client = process.cpuUsage();
  private readonly server: number | undefined;

  constructor(private readonly target: BenchServer) {
    this.server = target.cpuMs();
  }

  /** Each side's CPU per operation, as indented figures under the workload's own. */
  perOp(ops: number, what = 'operation'): BenchFigure[] {
    if (ops === 0) return [];
    const used = process.cpuUsage(this.client);
    const figures: BenchFigure[] = [
      { name: `  client CPU per ${what}`, value: (used.user + used.system) / 1000 / ops, unit: 'ms' },
    ];
    const after = this.target.cpuMs();
    if (this.server !== undefined && after !== undefined) {
      figures.push({ name: `  server CPU per ${what}`, value: (after - this.server) / ops, unit: 'ms' });
    }
    return figures;
  }
}

async function writerWorkloads(server: BenchServer, database: Database, figures: BenchFigure[]): Promise<void> {
  let single = NaN;
  await attempt('1 writer', figures, async () => {
    const run = await readWriteWriters(database, 1, RUN_MS, () => 2);
    single = run.rate;
    return [{ name: '1 writer, read-then-write transactions', value: run.rate, unit: 'commits/s' }];
  });
  await attempt('8 writers on different rows', figures, async () => {
    const cpu = new CpuMeter(server);
    const run = await readWriteWriters(database, 8, WRITERS_MS, (worker) => 10 + worker);
    return [
      {
        name: '8 writers on different rows (target ≥ 1500/s)',
        value: run.rate,
        unit: 'commits/s',
        baseline: { name: '1 writer', value: single },
      },
      {
        name: '8 writers on different rows: p99 latency (target < 50 ms)',
        value: run.latency.p99Us / 1000,
        unit: 'ms',
      },
      { name: '8 writers on different rows: aborts (target 0)', value: run.aborts, unit: 'aborts' },
      ...cpu.perOp(run.ops, 'transaction'),
    ];
  });
  await attempt('8 writers on different rows, thin client', figures, async () => {
    const cpu = new CpuMeter(server);
    const run = await rawReadWriteWriters(server.grpcHost, databaseName(database), 8, WRITERS_MS, (w) => 100 + w);
    return [
      {
        name: '8 writers on different rows through a thin grpc-js client (the server alone; target ≥ 1500/s)',
        value: run.rate,
        unit: 'commits/s',
      },
      { name: '  thin client: p99 latency (target < 50 ms)', value: run.latency.p99Us / 1000, unit: 'ms' },
      ...cpu.perOp(run.ops, 'transaction'),
    ];
  });
  await attempt('8 writers on one row', figures, async () => {
    const before = await valueOf(database, HOT_ROW);
    const run = await readWriteWriters(database, 8, WRITERS_MS, () => HOT_ROW);
    const counted = (await valueOf(database, HOT_ROW)) - before;
    return [
      { name: '8 writers on one row', value: run.rate, unit: 'commits/s' },
      { name: '8 writers on one row: aborts', value: run.aborts, unit: 'aborts' },
      {
        name: '8 writers on one row: increments counted (target 1.00x)',
        value: counted,
        unit: 'increments',
        baseline: { name: 'increments acknowledged', value: run.ops },
      },
    ];
  });
}

export async function run(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const base = await measureBaselines(figures);
  const server = await startBenchServer();
  const mode = sessionMode();
  console.log(`target: ${server.label}; client session mode: ${mode}`);
  try {
    const client = await openClientDatabase(server, mode, BENCH_SCHEMA);
    try {
      await attempt('preload and warm-up', figures, async () => {
        await preload(client.database);
        // A stale read may not reach back before the database existed: let it age first.
        await new Promise((resolve) => setTimeout(resolve, STALENESS_MS));
        await warmUp(client.database, WARMUP_MS, STALENESS_MS);
        return [];
      });
      await latencyWorkloads(server, client.database, base, figures);
      await writerWorkloads(server, client.database, figures);
    } finally {
      await client.close();
    }
  } finally {
    await server.stop();
  }
  return figures;
}
