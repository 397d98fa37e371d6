/**
 * Ending a wait without a grant: an aborted signal, the owner released while waiting. The promise
 * rejects with the right error, and nothing of the request stays held or queued; younger waiters
 * that queued behind it move on. A signal aborted after the grant changes nothing.
 */
import { Code } from '../../../src/errors/codes';
import { SpannerError } from '../../../src/errors/spanner-error';
import { deadlineExceeded } from '../../../src/errors/general-errors';
import { LockManager } from '../../../src/engine/locking/lock-manager';
import { heldText, makeOwner, S, settled, SR, watch, X } from './lock-test-kit';

function blockedSetup() {
  const manager = new LockManager();
  const holder = makeOwner(manager, 'holder', 1);
  const waiter = makeOwner(manager, 'waiter', 2);
  holder.handle.tryAcquire([S('T', 'k')]);
  return { manager, holder, waiter };
}

const CANCELLATIONS = [
  {
    name: 'a signal aborted without a reason rejects with CANCELLED',
    cancel: (controller: AbortController) => controller.abort(),
    expected: { code: Code.CANCELLED, message: 'The request was cancelled while it waited for a lock.' },
  },
  {
    name: 'a signal aborted with a Spanner error rejects with it',
    cancel: (controller: AbortController) => controller.abort(deadlineExceeded('the read waited too long')),
    expected: { code: Code.DEADLINE_EXCEEDED, message: 'Deadline exceeded: the read waited too long' },
  },
];

describe.each(CANCELLATIONS)('$name', ({ cancel, expected }) => {
  test('and leaves no trace: nothing held, nothing queued, the owner usable', async () => {
    const { manager, holder, waiter } = blockedSetup();
    waiter.handle.tryAcquire([S('T', 'mine')]);
    const controller = new AbortController();
    const wait = watch(waiter.handle.acquire([S('T', 'other'), X('T', 'k'), SR('U', 'a', 'z')], controller.signal));
    expect(manager.waiting()).toHaveLength(1);
    cancel(controller);
    await settled();
    expect(wait.outcome.state).toBe('rejected');
    const error = (wait.outcome as { error: SpannerError }).error;
    expect({ code: error.code, message: error.message }).toEqual(expected);
    expect(manager.waiting()).toEqual([]);
    expect(heldText(manager)).toEqual(['holder:S:T:point(k)', 'waiter:S:T:point(mine)']);
    expect(waiter.handle.tryAcquire([S('T', 'k')])).toBe(true);
    holder.handle.releaseAll();
    waiter.handle.releaseAll();
    expect(manager.isIdle()).toBe(true);
  });
});

test('an already aborted signal rejects at once and wounds nobody', async () => {
  const manager = new LockManager();
  const older = makeOwner(manager, 'older', 1);
  const younger = makeOwner(manager, 'younger', 2);
  younger.handle.tryAcquire([S('T', 'k')]);
  await expect(older.handle.acquire([X('T', 'k')], AbortSignal.abort())).rejects.toMatchObject({
    code: Code.CANCELLED,
  });
  expect(younger.handle.isWounded).toBe(false);
  expect(manager.waiting()).toEqual([]);
});

test('a cancelled waiter no longer blocks the younger waiters queued behind it', async () => {
  const manager = new LockManager();
  const [a, b, c] = ['a', 'b', 'c'].map((id, i) => makeOwner(manager, id, i + 1));
  a.handle.tryAcquire([S('T', 'k')]);
  const controller = new AbortController();
  const bWait = watch(b.handle.acquire([X('T', 'k')], controller.signal));
  const cWait = watch(c.handle.acquire([S('T', 'k')]));
  controller.abort();
  await settled();
  expect(bWait.outcome.state).toBe('rejected');
  expect(cWait.outcome.state).toBe('granted');
});

test('a signal aborted after the grant changes nothing', async () => {
  const { manager, holder, waiter } = blockedSetup();
  const controller = new AbortController();
  const wait = watch(waiter.handle.acquire([X('T', 'k')], controller.signal));
  holder.handle.releaseAll();
  await settled();
  controller.abort();
  await settled();
  expect(wait.outcome.state).toBe('granted');
  expect(heldText(manager)).toEqual(['waiter:X:T:point(k)']);
});

describe('releasing an owner while it waits', () => {
  test('rejects the wait with the error for a read after commit or rollback by default', async () => {
    const { manager, waiter } = blockedSetup();
    const wait = watch(waiter.handle.acquire([X('T', 'k')]));
    waiter.handle.releaseAll();
    await settled();
    expect(wait.outcome).toEqual({ state: 'rejected', error: expect.any(SpannerError) });
    const error = (wait.outcome as { error: SpannerError }).error;
    expect(error.code).toBe(Code.FAILED_PRECONDITION);
    expect(error.message).toBe('Cannot read or query using a transaction after it has been committed or rolledback.');
    expect(manager.waiting()).toEqual([]);
    expect(heldText(manager)).toEqual(['holder:S:T:point(k)']);
    await expect(waiter.handle.acquire([S('T', 'x')])).rejects.toBe(error);
  });

  test('rejects the wait with the reason it is given', async () => {
    const { waiter } = blockedSetup();
    const reason = deadlineExceeded('the transaction was idle too long');
    const wait = watch(waiter.handle.acquire([X('T', 'k')]));
    waiter.handle.releaseAll(reason);
    waiter.handle.releaseAll();
    await settled();
    expect(wait.outcome).toEqual({ state: 'rejected', error: reason });
    expect(() => waiter.handle.tryAcquire([S('T', 'x')])).toThrow(reason);
  });

  test('frees its registration: the id can be registered again', () => {
    const { manager, waiter } = blockedSetup();
    waiter.handle.releaseAll();
    expect(manager.ownerIds()).toEqual(['holder']);
    expect(() => makeOwner(manager, 'holder', 9)).toThrow(/already registered/);
    expect(makeOwner(manager, 'waiter', 9).handle.tryAcquire([S('T', 'k')])).toBe(true);
  });
});
