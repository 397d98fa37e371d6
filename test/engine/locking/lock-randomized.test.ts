/**
 * Many transactions with random lock sets, seeded. Each reads points and ranges under shared locks
 * (some take exclusive ranges), sometimes cancels a wait, then commits writes under exclusive
 * locks, pausing while it commits as a group commit would, and retries with its own priority when
 * wounded. Checked throughout: no two owners hold conflicting locks; every waiter waits only for
 * older or committing owners (so no cycle, no deadlock). At each commit, nothing it read changed
 * since (serializable), and at the end each counter equals its committed increments (no lost
 * update), every acquisition has settled, and the manager is idle.
 */
import { Code } from '../../../src/errors/codes';
import { isSpannerError } from '../../../src/errors/spanner-error';
import { LockManager } from '../../../src/engine/locking/lock-manager';
import type { LockOwner } from '../../../src/engine/locking/lock-owner';
import type { LockPriority, LockRequest } from '../../../src/engine/locking/lock-request';
import { comparePriority } from '../../../src/engine/locking/lock-request';
import { spansConflict, toSpans } from '../../../src/engine/locking/lock-span';
import { Prng } from '../../support/random-values';
import { requestText, S, settled, SR, X, XR } from './lock-test-kit';

const SPACES = ['A', 'B'];
const KEYS = Array.from({ length: 10 }, (_, i) => `k${i}`);
const TRANSACTIONS = 40;
const TURN_LIMIT = 200_000;

interface Row {
  value: number;
  version: number;
}

class Simulation {
  readonly manager = new LockManager();
  readonly table = new Map<string, Row>();
  readonly increments = new Map<string, number>();
  readonly owners = new Map<string, { priority: LockPriority; arrival: number; committing: boolean }>();
  readonly stats = { commits: 0, wounds: 0, waits: 0, cancels: 0, acquisitions: 0, settledAcquisitions: 0 };
  private arrivals = 0;

  constructor(readonly r: Prng) {}

  register(id: string, priority: LockPriority): LockOwner {
    this.owners.set(id, { priority, arrival: this.arrivals++, committing: false });
    return this.manager.owner(id, priority);
  }

  /** Yields to the event loop a random number of turns, checking the invariants at each. */
  async pause(): Promise<void> {
    for (let n = this.r.int(3); n >= 0; n--) {
      await settled();
      this.checkInvariants();
    }
  }

  checkInvariants(): void {
    const held = this.manager.heldLocks();
    for (let i = 0; i < held.length; i++) {
      for (let j = i + 1; j < held.length; j++) {
        if (held[i].owner === held[j].owner) continue;
        const [a, b] = toSpans([held[i].request, held[j].request]);
        if (a && b && spansConflict(a, b)) {
          throw new Error(
            `Conflicting grants: ${held[i].owner} ${requestText(held[i].request)} and ` +
              `${held[j].owner} ${requestText(held[j].request)}`,
          );
        }
      }
    }
    for (const waiter of this.manager.waiting()) {
      if (waiter.blockedBy.length === 0) throw new Error(`${waiter.owner} waits for nobody`);
      for (const blocker of waiter.blockedBy) {
        if (!this.isOlderOrCommitting(blocker, waiter.owner)) throw new Error(`${waiter.owner} waits for ${blocker}`);
      }
    }
  }

  private isOlderOrCommitting(blocker: string, waiter: string): boolean {
    const b = this.owners.get(blocker);
    const w = this.owners.get(waiter);
    if (!b || !w) return false;
    const c = comparePriority(b.priority, w.priority);
    return b.committing || c < 0 || (c === 0 && b.arrival < w.arrival);
  }

  row(k: string): Row {
    return this.table.get(k) ?? { value: 0, version: 0 };
  }
}

/** One attempt's reads: what each key looked like when read, to check at commit. */
type ReadSet = Map<string, number>;

function randomRead(sim: Simulation): { request: LockRequest; keys: string[] } {
  const { r } = sim;
  const space = r.pick(SPACES);
  const roll = r.int(20);
  if (roll < 13) {
    const k = r.pick(KEYS);
    return { request: S(space, k), keys: [`${space}/${k}`] };
  }
  const lo = r.int(KEYS.length);
  const hi = lo + 1 + r.int(4);
  const upper = hi < KEYS.length ? KEYS[hi] : 'l';
  const keys = KEYS.slice(lo, hi).map((k) => `${space}/${k}`);
  return { request: roll === 19 ? XR(space, KEYS[lo], upper) : SR(space, KEYS[lo], upper), keys };
}

async function acquireTracked(sim: Simulation, owner: LockOwner, requests: LockRequest[], signal?: AbortSignal) {
  sim.stats.acquisitions++;
  try {
    if (!owner.tryAcquire(requests)) {
      sim.stats.waits++;
      await owner.acquire(requests, signal);
    }
  } finally {
    sim.stats.settledAcquisitions++;
  }
}

/** One attempt: true if it committed, false if it gave up after a cancelled wait. Throws ABORTED if wounded. */
async function attempt(sim: Simulation, owner: LockOwner): Promise<boolean> {
  const { r } = sim;
  const reads: ReadSet = new Map();
  for (let n = 1 + r.int(4); n > 0; n--) {
    const { request, keys } = randomRead(sim);
    const controller = r.int(10) === 0 ? new AbortController() : undefined;
    if (controller) setImmediate(() => controller.abort());
    await acquireTracked(sim, owner, [request], controller?.signal);
    for (const k of keys) reads.set(k, sim.row(k).version);
    await sim.pause();
  }
  const readKeys = [...reads.keys()];
  const increments = readKeys.filter(() => r.int(2) === 0);
  const blind = r.int(3) === 0 ? [`${r.pick(SPACES)}/${r.pick(KEYS)}`] : [];
  const writes = [...new Set([...increments, ...blind])];
  await acquireTracked(
    sim,
    owner,
    writes.map((k) => X(k.slice(0, 1), k.slice(2))),
  );
  owner.markCommitting();
  sim.owners.get(owner.id)!.committing = true;
  await sim.pause(); // a commit that waits for its group's fsync holds its locks meanwhile
  for (const [k, version] of reads) {
    if (sim.row(k).version !== version) throw new Error(`${owner.id}: ${k} changed after it was read`);
  }
  for (const k of writes) {
    const row = sim.row(k);
    const inc = increments.includes(k) ? 1 : 0;
    sim.table.set(k, { value: row.value + inc, version: row.version + 1 });
    sim.increments.set(k, (sim.increments.get(k) ?? 0) + inc);
  }
  owner.releaseAll();
  return true;
}

async function transaction(sim: Simulation, index: number): Promise<void> {
  for (let n = sim.r.int(4); n > 0; n--) await settled();
  const priority = { startMicros: sim.r.int(1000), sequence: index };
  for (let retry = 0; retry < 1000; retry++) {
    const owner = sim.register(`t${index}.${retry}`, priority);
    try {
      if (await attempt(sim, owner)) sim.stats.commits++;
      return;
    } catch (e) {
      owner.releaseAll();
      if (!isSpannerError(e)) throw e;
      if (e.code === Code.CANCELLED) {
        sim.stats.cancels++;
        return;
      }
      expect(e.code).toBe(Code.ABORTED);
      sim.stats.wounds++;
    }
  }
  throw new Error(`t${index} never committed`);
}

test.each([1, 7, 42, 1234, 99991])(
  'seed %i: conflicting grants never coexist, nothing deadlocks or is lost',
  async (seed) => {
    const sim = new Simulation(new Prng(seed));
    let finished = 0;
    const failures: unknown[] = [];
    for (let i = 0; i < TRANSACTIONS; i++) {
      transaction(sim, i).then(
        () => finished++,
        (e: unknown) => failures.push(e),
      );
    }
    for (let turn = 0; finished + failures.length < TRANSACTIONS; turn++) {
      if (turn > TURN_LIMIT) throw new Error(`Stuck: ${JSON.stringify(sim.manager.waiting())}`);
      await settled();
      sim.checkInvariants();
    }
    expect(failures).toEqual([]);
    if (process.env.LOCK_STATS) console.log(seed, sim.stats);
    for (const [k, row] of sim.table) expect([k, row.value]).toEqual([k, sim.increments.get(k) ?? 0]);
    expect(sim.stats.settledAcquisitions).toBe(sim.stats.acquisitions);
    expect(sim.stats.commits + sim.stats.cancels).toBe(TRANSACTIONS);
    // The seeds were chosen to contend: these prove the waiting and wounding paths ran.
    expect(sim.stats.waits).toBeGreaterThan(0);
    expect(sim.stats.wounds).toBeGreaterThan(0);
    expect(sim.manager.isIdle()).toBe(true);
    expect(sim.manager.ownerIds()).toEqual([]);
  },
);
