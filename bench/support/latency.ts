/**
 * Timing for the benchmarks: operations run one after another or by several concurrent workers for
 * a fixed time, each operation timed; answers means, percentiles and rates. Reports numbers only;
 * deciding what is good is the reader's (benchmarks never assert).
 */

export interface LatencyStats {
  count: number;
  meanUs: number;
  p50Us: number;
  p99Us: number;
}

export interface WorkerRun {
  /** Operations completed by all workers. */
  ops: number;
  /** Operations per second over the run. */
  rate: number;
  latency: LatencyStats;
  /** Retries reported by the operations (e.g. ABORTED transactions run again). */
  aborts: number;
}

export function statsOf(samplesUs: number[]): LatencyStats {
  const sorted = [...samplesUs].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mean = sorted.reduce((sum, v) => sum + v, 0) / Math.max(1, sorted.length);
  return { count: sorted.length, meanUs: sorted.length === 0 ? NaN : mean, p50Us: at(0.5), p99Us: at(0.99) };
}

const nowUs = () => Number(process.hrtime.bigint()) / 1000;

/**
 * Runs `op` repeatedly for about `durationMs`, one at a time, after `warmupMs` of untimed runs (a
 * JIT-compiled path is several times faster than a cold one; see also warmUp in
 * client-workloads.ts, which warms a whole emulator before its figures are taken).
 */
export async function timeSequential(
  op: () => Promise<unknown>,
  durationMs: number,
  warmupMs = 0,
): Promise<LatencyStats> {
  const warmEnd = nowUs() + warmupMs * 1000;
  while (nowUs() < warmEnd) await op();
  const samples: number[] = [];
  const end = nowUs() + durationMs * 1000;
  while (nowUs() < end) {
    const start = nowUs();
    await op();
    samples.push(nowUs() - start);
  }
  return statsOf(samples);
}

/** The synchronous counterpart, for in-process baselines such as a raw SQLite commit. */
export function timeSync(op: () => unknown, durationMs: number, warmup = 50): LatencyStats {
  for (let i = 0; i < warmup; i++) op();
  const samples: number[] = [];
  const end = nowUs() + durationMs * 1000;
  while (nowUs() < end) {
    const start = nowUs();
    op();
    samples.push(nowUs() - start);
  }
  return statsOf(samples);
}

/**
 * `workers` loops of `op` for about `durationMs`; each op answers how many times it had to be
 * retried. An op that throws stops the run and the error propagates.
 */
export async function runWorkers(
  workers: number,
  durationMs: number,
  op: (worker: number) => Promise<{ retries: number }>,
): Promise<WorkerRun> {
  const samples: number[] = [];
  let aborts = 0;
  const start = nowUs();
  const end = start + durationMs * 1000;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (nowUs() < end) {
        const opStart = nowUs();
        aborts += (await op(worker)).retries;
        samples.push(nowUs() - opStart);
      }
    }),
  );
  const elapsedS = (nowUs() - start) / 1e6;
  return { ops: samples.length, rate: samples.length / elapsedS, latency: statsOf(samples), aborts };
}
