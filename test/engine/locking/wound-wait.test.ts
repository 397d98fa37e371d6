/**
 * Wound-wait by age: an older request wounds younger conflicting holders (all their locks go at
 * once, their waits reject, their callback gets an ABORTED error with RetryInfo); a younger request
 * waits for older holders and for older pending requests; waiters wake oldest first; a committing
 * owner is waited for, never wounded; equal priorities fall back to registration order.
 */
import { Code } from '../../../src/errors/codes';
import { SpannerError } from '../../../src/errors/spanner-error';
import { LockManager } from '../../../src/engine/locking/lock-manager';
import { age, heldText, makeOwner, S, settled, SR, watch, X } from './lock-test-kit';

describe('an older request against a younger holder', () => {
  test('wounds it: its locks in every space go, its callback gets ABORTED with RetryInfo', () => {
    const manager = new LockManager();
    const older = makeOwner(manager, 'older', 1);
    const younger = makeOwner(manager, 'younger', 2);
    expect(younger.handle.tryAcquire([S('Accounts', 'a'), SR('Orders', 'a', 'z')])).toBe(true);
    expect(older.handle.tryAcquire([X('Accounts', 'a')])).toBe(true);

    expect(younger.wounds).toHaveLength(1);
    const [error] = younger.wounds;
    expect(error).toBeInstanceOf(SpannerError);
    expect(error.code).toBe(Code.ABORTED);
    expect(error.message).toBe(
      'Transaction was aborted. It was wounded by a higher priority transaction due to conflict on keys in table Accounts.',
    );
    expect(error.details).toEqual([{ kind: 'retryInfo', retryDelayMs: expect.any(Number) }]);
    expect(younger.handle.isWounded).toBe(true);
    expect(younger.handle.woundError).toBe(error);
    expect(heldText(manager)).toEqual(['older:X:Accounts:point(a)']);
    expect(manager.ownerIds()).toEqual(['older']);
  });

  test('refuses the wounded owner from then on with the same error', async () => {
    const manager = new LockManager();
    const older = makeOwner(manager, 'older', 1);
    const younger = makeOwner(manager, 'younger', 2);
    younger.handle.tryAcquire([S('T', 'a')]);
    older.handle.tryAcquire([X('T', 'a')]);
    const error = younger.handle.woundError;
    await expect(younger.handle.acquire([S('T', 'b')])).rejects.toBe(error);
    expect(() => younger.handle.tryAcquire([S('T', 'b')])).toThrow(error);
    expect(() => younger.handle.markCommitting()).toThrow(error);
    younger.handle.releaseAll();
    await expect(younger.handle.acquire([S('T', 'b')])).rejects.toBe(error);
    expect(younger.wounds).toHaveLength(1);
  });

  test('rejects the wounded owner’s pending acquisitions with the wound error', async () => {
    const manager = new LockManager();
    const oldest = makeOwner(manager, 'oldest', 1);
    const older = makeOwner(manager, 'older', 2);
    const younger = makeOwner(manager, 'younger', 3);
    oldest.handle.tryAcquire([S('T', 'q')]);
    younger.handle.tryAcquire([S('T', 'a')]);
    const wait = watch(younger.handle.acquire([X('T', 'q')]));
    older.handle.tryAcquire([X('T', 'a')]);
    await settled();
    expect(wait.outcome).toEqual({ state: 'rejected', error: younger.handle.woundError });
    expect(manager.waiting()).toEqual([]);
    expect(heldText(manager)).toEqual(['older:X:T:point(a)', 'oldest:S:T:point(q)']);
  });

  test('names the space as the manager is told to', () => {
    const manager = new LockManager({ describeSpace: (space) => `index ${space.slice(4)}` });
    const older = manager.owner('older', age(1));
    const younger = manager.owner('younger', age(2));
    younger.tryAcquire([S('idx:ByEmail', 'a')]);
    older.tryAcquire([X('idx:ByEmail', 'a')]);
    expect(younger.woundError?.message).toMatch(/conflict on keys in index ByEmail\.$/);
  });

  test('wounds younger holders at once even when it must wait for an older one', async () => {
    const manager = new LockManager();
    const oldest = makeOwner(manager, 'oldest', 1);
    const middle = makeOwner(manager, 'middle', 2);
    const youngest = makeOwner(manager, 'youngest', 3);
    oldest.handle.tryAcquire([S('T', 'a')]);
    youngest.handle.tryAcquire([S('T', 'a')]);
    const wait = watch(middle.handle.acquire([X('T', 'a')]));
    expect(youngest.handle.isWounded).toBe(true);
    expect(manager.waiting()).toEqual([{ owner: 'middle', requests: [X('T', 'a')], blockedBy: ['oldest'] }]);
    oldest.handle.releaseAll();
    await settled();
    expect(wait.outcome).toEqual({ state: 'granted' });
  });
});

describe('a younger request against an older holder', () => {
  test('waits, holding nothing of its request, until the holder releases', async () => {
    const manager = new LockManager();
    const older = makeOwner(manager, 'older', 1);
    const younger = makeOwner(manager, 'younger', 2);
    older.handle.tryAcquire([S('T', 'a')]);
    expect(younger.handle.tryAcquire([X('T', 'a'), X('T', 'b')])).toBe(false);
    const wait = watch(younger.handle.acquire([X('T', 'a'), X('T', 'b')]));
    await settled();
    expect(wait.outcome).toEqual({ state: 'pending' });
    expect(heldText(manager)).toEqual(['older:S:T:point(a)']);
    expect(older.wounds).toEqual([]);
    older.handle.releaseAll();
    await settled();
    expect(wait.outcome).toEqual({ state: 'granted' });
    expect(heldText(manager)).toEqual(['younger:X:T:point(a)', 'younger:X:T:point(b)']);
  });

  test('a younger request queues behind an older pending one it conflicts with', async () => {
    const manager = new LockManager();
    const [a, b, c] = ['a', 'b', 'c'].map((id, i) => makeOwner(manager, id, i + 1));
    a.handle.tryAcquire([S('T', 'k')]);
    const bWait = watch(b.handle.acquire([X('T', 'k')]));
    // Compatible with a's shared lock, but b asked first for an exclusive one and is older.
    const cWait = watch(c.handle.acquire([S('T', 'k')]));
    expect(manager.waiting().map((w) => [w.owner, w.blockedBy])).toEqual([
      ['b', ['a']],
      ['c', ['b']],
    ]);
    a.handle.releaseAll();
    await settled();
    expect([bWait.outcome.state, cWait.outcome.state]).toEqual(['granted', 'pending']);
    b.handle.releaseAll();
    await settled();
    expect(cWait.outcome.state).toBe('granted');
  });

  test('an older request is neither blocked by a younger pending one nor wounds it', async () => {
    const manager = new LockManager();
    const [a, b, c] = ['a', 'b', 'c'].map((id, i) => makeOwner(manager, id, i + 1));
    a.handle.tryAcquire([S('T', 'k')]);
    const cWait = watch(c.handle.acquire([X('T', 'k')]));
    expect(b.handle.tryAcquire([SR('T', 'a', 'z')])).toBe(true);
    expect(c.handle.isWounded).toBe(false);
    a.handle.releaseAll();
    await settled();
    expect(cWait.outcome.state).toBe('pending');
    expect(manager.waiting()[0].blockedBy).toEqual(['b']);
    b.handle.releaseAll();
    await settled();
    expect(cWait.outcome.state).toBe('granted');
  });
});

test('waiters wake oldest first, whatever order they asked in', async () => {
  const manager = new LockManager();
  const holder = makeOwner(manager, 'holder', 1);
  holder.handle.tryAcquire([S('T', 'k')]);
  const order: string[] = [];
  const owners = [
    ['d', 4],
    ['b', 2],
    ['c', 3],
  ].map(([id, start]) => makeOwner(manager, id as string, start as number));
  for (const owner of owners) void owner.handle.acquire([X('T', 'k')]).then(() => order.push(owner.handle.id));
  expect(manager.waiting().map((w) => w.owner)).toEqual(['b', 'c', 'd']);
  holder.handle.releaseAll();
  for (const next of ['b', 'c', 'd']) {
    await settled();
    expect(order[order.length - 1]).toBe(next);
    owners.find((o) => o.handle.id === next)?.handle.releaseAll();
  }
  expect(order).toEqual(['b', 'c', 'd']);
  expect(manager.isIdle()).toBe(true);
});

test('waiters on disjoint keys all wake on the release they waited for', async () => {
  const manager = new LockManager();
  const reader = makeOwner(manager, 'reader', 1);
  reader.handle.tryAcquire([SR('T', 'a', 'z')]);
  const waits = ['b', 'c', 'd'].map((k, i) => watch(makeOwner(manager, k, i + 2).handle.acquire([X('T', k)])));
  reader.handle.releaseAll();
  await settled();
  expect(waits.map((w) => w.outcome.state)).toEqual(['granted', 'granted', 'granted']);
});

describe('a committing owner', () => {
  test('is waited for, not wounded, by an older request', async () => {
    const manager = new LockManager();
    const older = makeOwner(manager, 'older', 1);
    const committer = makeOwner(manager, 'committer', 2);
    expect(committer.handle.tryAcquire([X('T', 'a')])).toBe(true);
    committer.handle.markCommitting();
    const wait = watch(older.handle.acquire([S('T', 'a')]));
    expect(older.handle.tryAcquire([S('T', 'a')])).toBe(false);
    expect(manager.waiting()[0].blockedBy).toEqual(['committer']);
    expect(committer.handle.isWounded).toBe(false);
    committer.handle.releaseAll();
    await settled();
    expect(wait.outcome.state).toBe('granted');
  });

  test('refuses pending and later acquisitions as reads after commit', async () => {
    const manager = new LockManager();
    const holder = makeOwner(manager, 'holder', 1);
    const owner = makeOwner(manager, 'owner', 2);
    holder.handle.tryAcquire([S('T', 'a')]);
    owner.handle.tryAcquire([X('T', 'b')]);
    const read = watch(owner.handle.acquire([X('T', 'a')]));
    owner.handle.markCommitting();
    await settled();
    expect(read.outcome).toEqual({
      state: 'rejected',
      error: expect.objectContaining({ code: Code.FAILED_PRECONDITION }),
    });
    expect(manager.waiting()).toEqual([]);
    expect(() => owner.handle.tryAcquire([S('T', 'c')])).toThrow(/after it has been committed or rolledback/);
    await expect(owner.handle.acquire([S('T', 'c')])).rejects.toMatchObject({ code: Code.FAILED_PRECONDITION });
    expect(heldText(manager)).toEqual(['holder:S:T:point(a)', 'owner:X:T:point(b)']);
  });
});

describe('upgrading an own shared point to exclusive', () => {
  test('succeeds when nobody else holds it', () => {
    const manager = new LockManager();
    const owner = makeOwner(manager, 'owner', 1);
    owner.handle.tryAcquire([S('T', 'a')]);
    expect(owner.handle.tryAcquire([X('T', 'a')])).toBe(true);
    expect(heldText(manager)).toEqual(['owner:X:T:point(a)']);
  });

  test('waits for an older shared holder and wounds a younger one', async () => {
    const manager = new LockManager();
    const [older, owner, younger] = ['older', 'owner', 'younger'].map((id, i) => makeOwner(manager, id, i + 1));
    for (const o of [older, owner, younger]) o.handle.tryAcquire([S('T', 'a')]);
    const wait = watch(owner.handle.acquire([X('T', 'a')]));
    expect(younger.handle.isWounded).toBe(true);
    older.handle.releaseAll();
    await settled();
    expect(wait.outcome.state).toBe('granted');
    expect(heldText(manager)).toEqual(['owner:X:T:point(a)']);
  });
});

test('equal priorities: the owner registered first is the older', () => {
  const manager = new LockManager();
  const first = makeOwner(manager, 'first', 5);
  const second = makeOwner(manager, 'second', 5);
  first.handle.tryAcquire([S('T', 'a')]);
  expect(second.handle.tryAcquire([X('T', 'a')])).toBe(false);
  second.handle.tryAcquire([S('T', 'b')]);
  expect(first.handle.tryAcquire([X('T', 'b')])).toBe(true);
  expect(second.handle.isWounded).toBe(true);
});

test('the tie-breaking sequence orders transactions that started in the same microsecond', () => {
  const manager = new LockManager();
  const later = manager.owner('later', age(7, 2));
  const earlier = manager.owner('earlier', age(7, 1));
  later.tryAcquire([S('T', 'a')]);
  expect(earlier.tryAcquire([X('T', 'a')])).toBe(true);
  expect(later.isWounded).toBe(true);
});

test('a retry keeps its age: it wounds transactions that started after the first attempt', () => {
  const manager = new LockManager();
  const first = makeOwner(manager, 'txn-1', 10);
  const winner = makeOwner(manager, 'winner', 5);
  first.handle.tryAcquire([S('T', 'a')]);
  winner.handle.tryAcquire([X('T', 'a')]);
  expect(first.handle.isWounded).toBe(true);
  winner.handle.releaseAll();
  const newcomer = makeOwner(manager, 'newcomer', 20);
  newcomer.handle.tryAcquire([S('T', 'a')]);
  const retry = manager.owner('txn-1-retry', first.handle.priority);
  expect(retry.tryAcquire([X('T', 'a')])).toBe(true);
  expect(newcomer.handle.isWounded).toBe(true);
});

test('a wound callback may call back into the manager', () => {
  const manager = new LockManager();
  const older = makeOwner(manager, 'older', 1);
  let retried = false;
  const younger = manager.owner('younger', age(2), () => {
    younger.releaseAll();
    retried = manager.owner('younger-retry', age(2)).tryAcquire([S('T', 'b')]);
  });
  younger.tryAcquire([S('T', 'a')]);
  older.handle.tryAcquire([X('T', 'a')]);
  expect(retried).toBe(true);
  expect(heldText(manager)).toEqual(['older:X:T:point(a)', 'younger-retry:S:T:point(b)']);
});
