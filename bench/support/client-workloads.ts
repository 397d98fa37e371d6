/**
 * What the data-plane benchmark does through the official Node client, each for a fixed time:
 * single-row inserts, 256-row commits, point reads, stale reads, and read-then-write transactions
 * from several concurrent writers (on rows of their own or all on one row) with their aborts
 * counted as the client retries them. Measures; never judges.
 */
import type { Database, Transaction } from '@google-cloud/spanner';
import { countedTransaction } from '../../test/support/transaction-attempts';
import { LatencyStats, runWorkers, timeSequential, WorkerRun } from './latency';

export const BENCH_SCHEMA = [
  'CREATE TABLE Bench (Id INT64 NOT NULL, Value INT64 NOT NULL, Payload STRING(MAX)) PRIMARY KEY (Id)',
];
export const PAYLOAD = 'x'.repeat(100);
/** Rows 1..PRELOADED exist before any workload: readers and writers use them. */
export const PRELOADED = 1000;
const FIRST_INSERT_ID = 1_000_000;

let nextId = FIRST_INSERT_ID;
const randomKey = () => [String(1 + Math.floor(Math.random() * PRELOADED))];
const row = (id: number) => ({ Id: id, Value: 0, Payload: PAYLOAD });

export async function preload(database: Database): Promise<void> {
  for (let start = 1; start <= PRELOADED; start += 250) {
    const ids = Array.from({ length: Math.min(250, PRELOADED - start + 1) }, (_, i) => start + i);
    await database.table('Bench').insert(ids.map(row));
  }
}

/**
 * Every workload's path through the client and the emulator, untimed, for about `durationMs` (the
 * database must be older than `stalenessMs`): a fresh Node process runs a path several times
 * slower until the JIT has compiled it, so figures are taken from warm processes only.
 */
export async function warmUp(database: Database, durationMs: number, stalenessMs: number): Promise<void> {
  const end = Date.now() + durationMs;
  const table = database.table('Bench');
  while (Date.now() < end) {
    await table.insert(row(nextId++));
    await table.insert(Array.from({ length: 256 }, () => row(nextId++)));
    await table.read({ keys: randomKey(), columns: ['Id', 'Value', 'Payload'] });
    await table.read({ keys: randomKey(), columns: ['Id'] }, { exactStaleness: stalenessMs });
    await readWriteWriters(database, 2, 1, (worker) => 10 + worker);
  }
}

export function singleRowInserts(database: Database, durationMs: number): Promise<LatencyStats> {
  return timeSequential(() => database.table('Bench').insert(row(nextId++)), durationMs);
}

export function commitsOf256Rows(database: Database, durationMs: number): Promise<LatencyStats> {
  const rows = () => Array.from({ length: 256 }, () => row(nextId++));
  return timeSequential(() => database.table('Bench').insert(rows()), durationMs);
}

export function pointReads(database: Database, durationMs: number): Promise<LatencyStats> {
  const table = database.table('Bench');
  return timeSequential(() => table.read({ keys: randomKey(), columns: ['Id', 'Value', 'Payload'] }), durationMs);
}

/** Single-use reads at now minus `stalenessMs` (the preloaded rows must be older than that). */
export function staleReads(database: Database, durationMs: number, stalenessMs: number): Promise<LatencyStats> {
  const table = database.table('Bench');
  const read = () =>
    table.read({ keys: randomKey(), columns: ['Id', 'Value', 'Payload'] }, { exactStaleness: stalenessMs });
  return timeSequential(read, durationMs);
}

async function valueIn(transaction: Transaction, id: number): Promise<number> {
  const [rows] = await transaction.read('Bench', { keys: [String(id)], columns: ['Value'], json: true });
  return (rows[0] as { Value: number }).Value;
}

/** The committed Value of one row. */
export async function valueOf(database: Database, id: number): Promise<number> {
  const [rows] = await database.table('Bench').read({ keys: [String(id)], columns: ['Value'], json: true });
  return (rows[0] as { Value: number }).Value;
}

/**
 * `workers` concurrent loops of read-then-increment transactions (runTransactionAsync) on the row
 * `rowOf(worker)`; each aborted attempt that the client retried counts as an abort.
 */
export function readWriteWriters(
  database: Database,
  workers: number,
  durationMs: number,
  rowOf: (worker: number) => number,
): Promise<WorkerRun> {
  return runWorkers(workers, durationMs, async (worker) => {
    const id = rowOf(worker);
    const { attempts } = await countedTransaction(database, async (transaction) => {
      const value = await valueIn(transaction, id);
      transaction.update('Bench', { Id: id, Value: value + 1 });
      await transaction.commit();
    });
    return { retries: attempts - 1 };
  });
}
