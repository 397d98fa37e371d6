/**
 * The compatibility matrix: a lock held by one owner against a request of another, for points and
 * ranges, shared and exclusive, overlapping or not, at the edges of inclusive lower and exclusive
 * upper bounds, across key prefixes and spaces. Each case runs three ways: the holder older (a
 * conflicting request is refused and nothing changes), the holder younger (a conflicting request
 * wounds it), and the same owner (its own locks never conflict).
 */
import { LockManager } from '../../../src/engine/locking/lock-manager';
import type { LockRequest } from '../../../src/engine/locking/lock-request';
import { heldText, makeOwner, requestText, S, SR, X, XR } from './lock-test-kit';

type Case = [name: string, held: LockRequest, asked: LockRequest, conflict: boolean];

const CASES: Case[] = [
  // point against point
  ['shared point, shared point, same key', S('T', 'a'), S('T', 'a'), false],
  ['shared point, exclusive point, same key', S('T', 'a'), X('T', 'a'), true],
  ['exclusive point, shared point, same key', X('T', 'a'), S('T', 'a'), true],
  ['exclusive point, exclusive point, same key', X('T', 'a'), X('T', 'a'), true],
  ['exclusive point, exclusive point, other key', X('T', 'a'), X('T', 'b'), false],
  ['exclusive point, exclusive point, key extending it', X('T', 'a'), X('T', 'a\u0000'), false],
  ['exclusive point, exclusive point, same key in another space', X('T', 'a'), X('U', 'a'), false],
  ['exclusive point, exclusive point, the empty key', X('T', ''), X('T', ''), true],
  // range held, point asked
  ['shared range, shared point inside', SR('T', 'b', 'd'), S('T', 'c'), false],
  ['shared range, exclusive point at its lower bound', SR('T', 'b', 'd'), X('T', 'b'), true],
  ['shared range, exclusive point inside', SR('T', 'b', 'd'), X('T', 'c\u00ff'), true],
  ['shared range, exclusive point at its upper bound', SR('T', 'b', 'd'), X('T', 'd'), false],
  ['shared range, exclusive point just below it', SR('T', 'b', 'd'), X('T', 'a\u00ff'), false],
  ['shared range, exclusive point extending its upper bound', SR('T', 'b', 'd'), X('T', 'd\u0000'), false],
  ['shared range, exclusive point extending its lower bound', SR('T', 'b', 'd'), X('T', 'b\u0000'), true],
  ['shared range, exclusive point in another space', SR('T', 'b', 'd'), X('U', 'c'), false],
  ['shared range over all keys, exclusive empty key', SR('T', '', '\u00ff'), X('T', ''), true],
  ['exclusive range, shared point inside', XR('T', 'b', 'd'), S('T', 'c'), true],
  ['exclusive range, shared point at its upper bound', XR('T', 'b', 'd'), S('T', 'd'), false],
  ['exclusive range, exclusive point at its lower bound', XR('T', 'b', 'd'), X('T', 'b'), true],
  ['empty shared range, exclusive point at its bounds', SR('T', 'c', 'c'), X('T', 'c'), false],
  // point held, range asked
  ['exclusive point, shared range holding it', X('T', 'c'), SR('T', 'b', 'd'), true],
  ['exclusive point, shared range starting at it', X('T', 'b'), SR('T', 'b', 'd'), true],
  ['exclusive point, shared range ending at it', X('T', 'd'), SR('T', 'b', 'd'), false],
  ['shared point, shared range holding it', S('T', 'c'), SR('T', 'b', 'd'), false],
  ['shared point, exclusive range holding it', S('T', 'c'), XR('T', 'b', 'd'), true],
  ['shared point, exclusive range ending at it', S('T', 'd'), XR('T', 'b', 'd'), false],
  ['exclusive point, empty shared range at it', X('T', 'c'), SR('T', 'c', 'c'), false],
  // range against range
  ['shared range, shared range overlapping', SR('T', 'b', 'd'), SR('T', 'a', 'z'), false],
  ['shared range, exclusive range overlapping', SR('T', 'b', 'd'), XR('T', 'c', 'f'), true],
  ['shared range, exclusive range touching its upper bound', SR('T', 'b', 'd'), XR('T', 'd', 'f'), false],
  ['shared range, exclusive range touching its lower bound', SR('T', 'b', 'd'), XR('T', 'a', 'b'), false],
  ['shared range, exclusive range sharing one key', SR('T', 'b', 'd'), XR('T', 'a', 'b\u0000'), true],
  ['shared range, exclusive range inside it', SR('T', 'b', 'd'), XR('T', 'b\u0000', 'b\u0001'), true],
  ['exclusive range, shared range around it', XR('T', 'b', 'd'), SR('T', '', '\u00ff'), true],
  ['exclusive range, exclusive range identical', XR('T', 'b', 'd'), XR('T', 'b', 'd'), true],
  ['exclusive range, exclusive range in another space', XR('T', 'b', 'd'), XR('U', 'b', 'd'), false],
];

describe.each(CASES)('%s', (_name, held, asked, conflict) => {
  test('holder older: a conflicting request is refused and changes nothing', () => {
    const manager = new LockManager();
    const holder = makeOwner(manager, 'holder', 1);
    const asker = makeOwner(manager, 'asker', 2);
    expect(holder.handle.tryAcquire([held])).toBe(true);
    const before = heldText(manager);
    expect(asker.handle.tryAcquire([asked])).toBe(!conflict);
    if (conflict) expect(heldText(manager)).toEqual(before);
    expect(holder.wounds).toEqual([]);
    expect(manager.waiting()).toEqual([]);
  });

  test('holder younger: a conflicting request wounds it and is granted', () => {
    const manager = new LockManager();
    const asker = makeOwner(manager, 'asker', 1);
    const holder = makeOwner(manager, 'holder', 2);
    expect(holder.handle.tryAcquire([held])).toBe(true);
    const holderLocks = holder.handle.heldLocks().map(requestText);
    expect(asker.handle.tryAcquire([asked])).toBe(true);
    expect(holder.handle.isWounded).toBe(conflict);
    expect(holder.wounds.length).toBe(conflict ? 1 : 0);
    const remaining = conflict ? [] : holderLocks;
    expect(holder.handle.heldLocks().map(requestText)).toEqual(remaining);
    expect(heldText(manager).filter((t) => t.startsWith('holder:'))).toEqual(remaining.map((t) => `holder:${t}`));
  });

  test('same owner: its own locks never conflict', () => {
    const manager = new LockManager();
    const owner = makeOwner(manager, 'owner', 1);
    expect(owner.handle.tryAcquire([held])).toBe(true);
    expect(owner.handle.tryAcquire([asked])).toBe(true);
    owner.handle.releaseAll();
    expect(manager.isIdle()).toBe(true);
  });
});
