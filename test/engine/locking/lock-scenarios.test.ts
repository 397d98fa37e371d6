/**
 * Transactions as the data plane will run them, over an in-memory table: reads take shared locks
 * and read, commits take exclusive locks on what they write, apply, and release. Checks the
 * lost-update case both ways round, that transactions on disjoint rows never wait or abort, that
 * shared readers never block each other, and that a range read keeps inserts out (no phantoms).
 */
import { Code } from '../../../src/errors/codes';
import { LockManager } from '../../../src/engine/locking/lock-manager';
import type { LockOwner } from '../../../src/engine/locking/lock-owner';
import type { LockRequest } from '../../../src/engine/locking/lock-request';
import { makeOwner, S, settled, SR, watch, X } from './lock-test-kit';

/** One read-write transaction over `table`: lock-then-read, buffered writes, lock-apply-release commit. */
class Txn {
  private readonly writes = new Map<string, number>();
  constructor(
    readonly owner: LockOwner,
    private readonly table: Map<string, number>,
  ) {}

  async read(row: string): Promise<number> {
    await this.owner.acquire([S('Accounts', row)]);
    return this.table.get(row) ?? 0;
  }

  write(row: string, value: number): void {
    this.writes.set(row, value);
  }

  async commit(): Promise<void> {
    const locks: LockRequest[] = [...this.writes.keys()].map((row) => X('Accounts', row));
    if (!this.owner.tryAcquire(locks)) await this.owner.acquire(locks);
    this.owner.markCommitting();
    for (const [row, value] of this.writes) this.table.set(row, value);
    this.owner.releaseAll();
  }
}

describe('lost update: two transactions read a balance, both write it plus one', () => {
  test.each([
    ['the younger commits first: it waits, the older commit wounds it', ['young', 'old']],
    ['the older commits first: it wounds the younger at once', ['old', 'young']],
  ])('%s; exactly one commits, and the retry sees its write', async (_name, commitOrder) => {
    const table = new Map([['alice', 100]]);
    const manager = new LockManager();
    const txns = {
      old: new Txn(makeOwner(manager, 'old', 1).handle, table),
      young: new Txn(makeOwner(manager, 'young', 2).handle, table),
    };
    for (const t of Object.values(txns)) t.write('alice', (await t.read('alice')) + 1);
    const results = commitOrder.map((name) => watch(txns[name as 'old' | 'young'].commit()));
    await settled();
    const states = results.map((r) => r.outcome.state);
    expect(states.filter((s) => s === 'granted')).toHaveLength(1);
    expect(txns.old.owner.isWounded).toBe(false);
    expect(txns.young.owner.woundError?.code).toBe(Code.ABORTED);
    expect(table.get('alice')).toBe(101);

    const retry = new Txn(manager.owner('young-retry', txns.young.owner.priority), table);
    retry.write('alice', (await retry.read('alice')) + 1);
    await retry.commit();
    expect(table.get('alice')).toBe(102);
    expect(manager.isIdle()).toBe(true);
  });
});

test('transactions on disjoint rows never wait nor abort, all holding at once', () => {
  const manager = new LockManager();
  const owners = Array.from({ length: 200 }, (_, i) => makeOwner(manager, `t${i}`, 1000 - i));
  for (const [i, o] of owners.entries()) expect(o.handle.tryAcquire([S('Accounts', `row${i}`)])).toBe(true);
  for (const [i, o] of owners.entries()) {
    expect(o.handle.tryAcquire([X('Accounts', `row${i}`), X('ByEmail', `mail${i}`)])).toBe(true);
  }
  expect(owners.filter((o) => o.handle.isWounded)).toEqual([]);
  expect(manager.heldLocks()).toHaveLength(400);
  for (const o of owners) o.handle.releaseAll();
  expect(manager.isIdle()).toBe(true);
});

test('shared readers of overlapping points and ranges never block each other', () => {
  const manager = new LockManager();
  const readers = Array.from({ length: 50 }, (_, i) => makeOwner(manager, `r${i}`, i));
  for (const [i, r] of readers.entries()) {
    const requests = [S('Accounts', 'hot'), SR('Accounts', '', '\u00ff'), SR('Accounts', `k${i % 7}`, 'z')];
    expect(r.handle.tryAcquire(requests)).toBe(true);
  }
  expect(readers.some((r) => r.handle.isWounded)).toBe(false);
});

describe('a range read keeps inserts into the range out (no phantoms)', () => {
  test('a younger insert waits for the older reader', async () => {
    const manager = new LockManager();
    const reader = makeOwner(manager, 'reader', 1);
    const inserter = makeOwner(manager, 'inserter', 2);
    reader.handle.tryAcquire([SR('Accounts', 'a', 'm')]);
    const insert = watch(inserter.handle.acquire([X('Accounts', 'b-new')]));
    expect(inserter.handle.tryAcquire([X('Accounts', 'n-new')])).toBe(true);
    await settled();
    expect(insert.outcome.state).toBe('pending');
    reader.handle.releaseAll();
    await settled();
    expect(insert.outcome.state).toBe('granted');
  });

  test('an older insert wounds the younger reader', () => {
    const manager = new LockManager();
    const inserter = makeOwner(manager, 'inserter', 1);
    const reader = makeOwner(manager, 'reader', 2);
    reader.handle.tryAcquire([SR('Accounts', 'a', 'm')]);
    expect(inserter.handle.tryAcquire([X('Accounts', 'b-new')])).toBe(true);
    expect(reader.handle.isWounded).toBe(true);
  });
});

test('a reader repeating a scan holds its range once', () => {
  const manager = new LockManager();
  const reader = makeOwner(manager, 'reader', 1);
  for (let i = 0; i < 5; i++) reader.handle.tryAcquire([SR('Accounts', 'a', 'z'), SR('Accounts', 'b', 'c')]);
  expect(reader.handle.heldLocks()).toEqual([SR('Accounts', 'a', 'z')]);
});
