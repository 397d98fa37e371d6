/**
 * Lock manager cost: microseconds per uncontended commit (register an owner, take exclusive locks on
 * a row and an index entry, mark committing, release) for 8 writers on different rows, on an empty
 * manager, beside 10,000 shared points other readers hold in the same space (a point check is a Map
 * lookup, not a scan), and beside 50 shared ranges (scanned linearly by each exclusive point). The
 * baseline, measured in the same run, is the bare bookkeeping floor: the same keys put in and
 * removed from a Map. A commit that waits is not measured here: the tests cover its behaviour.
 */
import { LockManager } from '../src/engine/locking/lock-manager';
import { exclusivePoint, sharedPoint, sharedRange } from '../src/engine/locking/lock-request';
import type { BenchFigure } from './run';

const WRITERS = 8;

function microsPerCall(fn: () => void, minMs = 300): number {
  for (let i = 0; i < 20_000; i++) fn(); // past the JIT tiers, so the first case is not penalised
  let calls = 0;
  const start = process.hrtime.bigint();
  const limit = BigInt(minMs) * 1_000_000n;
  while (process.hrtime.bigint() - start < limit) {
    for (let i = 0; i < 500; i++) fn();
    calls += 500;
  }
  return Number(process.hrtime.bigint() - start) / 1000 / calls;
}

function rowKey(i: number): Buffer {
  const key = Buffer.alloc(9);
  key[0] = 0x02;
  key.writeBigUInt64BE(BigInt(i), 1);
  return key;
}

/** A commit function cycling over the writers' rows, each commit a fresh owner with a fresh priority. */
function commits(manager: LockManager): () => void {
  let n = 0;
  const rows = Array.from({ length: WRITERS }, (_, w) => rowKey(1_000_000 + w));
  return () => {
    const row = rows[n % WRITERS];
    const owner = manager.owner(`c${n}`, { startMicros: 1e15 + n, sequence: n });
    n++;
    if (!owner.tryAcquire([exclusivePoint('Accounts', row), exclusivePoint('AccountsByEmail', row)])) {
      throw new Error('A writer on its own row had to wait');
    }
    owner.markCommitting();
    owner.releaseAll();
  };
}

function mapFloor(): () => void {
  const map = new Map<string, number>();
  let n = 0;
  const rows = Array.from({ length: WRITERS }, (_, w) => rowKey(1_000_000 + w).toString('latin1'));
  return () => {
    const row = rows[n++ % WRITERS];
    map.set(`Accounts/${row}`, n);
    map.set(`AccountsByEmail/${row}`, n);
    map.delete(`Accounts/${row}`);
    map.delete(`AccountsByEmail/${row}`);
  };
}

function withReaders(points: number, ranges: number): LockManager {
  const manager = new LockManager();
  for (let i = 0; i < points; i++)
    manager.owner(`p${i}`, { startMicros: i, sequence: 0 }).tryAcquire([sharedPoint('Accounts', rowKey(i))]);
  for (let i = 0; i < ranges; i++) {
    const lower = rowKey(2_000_000 + i * 10);
    manager
      .owner(`r${i}`, { startMicros: i, sequence: 1 })
      .tryAcquire([sharedRange('Accounts', lower, rowKey(2_000_000 + i * 10 + 5))]);
  }
  return manager;
}

export async function run(): Promise<BenchFigure[]> {
  const floor = { name: 'Map put+delete of the same keys', value: microsPerCall(mapFloor()) };
  const cases: [string, LockManager][] = [
    ['empty manager', new LockManager()],
    ['10,000 shared points held', withReaders(10_000, 0)],
    ['50 shared ranges held', withReaders(0, 50)],
  ];
  return cases.map(([name, manager]) => {
    const micros = microsPerCall(commits(manager));
    return {
      name: `uncontended commit, ${WRITERS} writers, ${name} (${Math.round(1e6 / micros)}/s)`,
      value: micros,
      unit: 'µs',
      baseline: floor,
    };
  });
}
