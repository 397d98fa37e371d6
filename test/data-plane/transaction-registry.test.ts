/**
 * The registry of front-end transactions on a real database: idle read-write transactions are
 * aborted (and their locks released) after the timeout, busy ones are not; a regular session
 * keeps one current transaction; ended transactions are remembered for retries, then forgotten;
 * a retry keeps the priority of the transaction it retries; ids of another run answer ABORTED
 * for read-write transactions.
 */
import type { Clock } from '../../src/common/clock';
import type { Database } from '../../src/engine/database/database';
import { sharedPoint } from '../../src/engine/locking/lock-request';
import type { ReadWriteMode } from '../../src/engine/transaction/transaction-options';
import { Code } from '../../src/errors/codes';
import { SpannerError } from '../../src/errors/spanner-error';
import { TransactionRegistry } from '../../src/resources/transactions/transaction-registry';
import { TransactionIds } from '../../src/resources/transactions/transaction-ids';
import { TestDatabase } from '../support/test-database';

class ManualClock implements Clock {
  now = 1_700_000_000_000_000;
  nowMicros(): number {
    return this.now;
  }
}

const RW: ReadWriteMode = {
  kind: 'readWrite',
  isolation: 'SERIALIZABLE',
  requestedLockMode: null,
  previousTransactionId: null,
  excludeFromChangeStreams: false,
};
const regular = { name: 's1', database: 'projects/p/instances/i/databases/db', multiplexed: false };
const multiplexed = { name: 's2', database: regular.database, multiplexed: true };

let files: TestDatabase;
let clock: ManualClock;
let db: Database;
let registry: TransactionRegistry;

beforeEach(() => {
  clock = new ManualClock();
  files = new TestDatabase(clock);
  db = files.create(['CREATE TABLE T (K INT64) PRIMARY KEY (K)']);
  registry = new TransactionRegistry(clock, {
    idleTimeoutMicros: 10_000_000,
    readOnlyIdleMicros: 600_000_000,
    retentionMicros: 60_000_000,
  });
});

afterEach(() => files.cleanup());

function thrown(run: () => unknown): SpannerError {
  try {
    run();
  } catch (e) {
    if (e instanceof SpannerError) return e;
    throw e;
  }
  throw new Error('expected a SpannerError');
}

test('an idle read-write transaction is aborted and its locks released; a busy one is not', async () => {
  const idle = registry.begin(multiplexed, db, RW);
  const busy = registry.begin(multiplexed, db, RW);
  await idle.readWrite!.lockForRead([sharedPoint('table:T', Buffer.from('k'))]);
  let release!: () => void;
  const call = busy.use(() => new Promise<void>((resolve) => (release = resolve)));
  clock.now += 11_000_000;
  registry.sweep();
  expect(idle.state).toBe('failed');
  expect(idle.failure?.code).toBe(Code.ABORTED);
  expect(idle.readWrite!.lock.heldLocks()).toEqual([]);
  expect(busy.state).toBe('active');
  release();
  await call;
});

test('a regular session keeps one current transaction; a multiplexed one many', () => {
  const first = registry.begin(regular, db, RW);
  const second = registry.begin(regular, db, RW);
  expect(first.state).toBe('failed');
  expect(first.failure?.code).toBe(Code.ABORTED);
  expect(second.state).toBe('active');
  const a = registry.begin(multiplexed, db, RW);
  const b = registry.begin(multiplexed, db, RW);
  expect([a.state, b.state]).toEqual(['active', 'active']);
});

test('ended transactions are found again for a while, then forgotten', () => {
  const txn = registry.begin(multiplexed, db, RW);
  registry.finish(txn, 'rolledBack');
  expect(registry.find(multiplexed, txn.id)).toBe(txn);
  clock.now += 61_000_000;
  registry.sweep();
  expect(thrown(() => registry.find(multiplexed, txn.id)).code).toBe(Code.NOT_FOUND);
});

test('a transaction is only found on its own session', () => {
  const txn = registry.begin(multiplexed, db, RW);
  expect(thrown(() => registry.find(regular, txn.id)).code).toBe(Code.NOT_FOUND);
});

test('a retry keeps the priority of the transaction it retries', () => {
  const first = registry.begin(multiplexed, db, RW);
  registry.end(first, new SpannerError(Code.ABORTED, 'wounded'));
  clock.now += 5_000_000;
  const retry = registry.begin(multiplexed, db, { ...RW, previousTransactionId: first.id });
  const fresh = registry.begin(multiplexed, db, RW);
  expect(retry.readWrite!.priority).toEqual(first.readWrite!.priority);
  expect(fresh.readWrite!.priority.startMicros).toBeGreaterThan(first.readWrite!.priority.startMicros);
});

test('a read-write id from another run answers ABORTED, other unknown ids NOT_FOUND', () => {
  const other = new TransactionIds();
  expect(thrown(() => registry.find(multiplexed, other.next('readWrite'))).code).toBe(Code.ABORTED);
  expect(thrown(() => registry.find(multiplexed, other.next('readOnly'))).code).toBe(Code.NOT_FOUND);
  expect(thrown(() => registry.find(multiplexed, Buffer.from('junk'))).code).toBe(Code.NOT_FOUND);
});

test('ending a session aborts its transactions', () => {
  const txn = registry.begin(multiplexed, db, RW);
  registry.endSession(multiplexed.name);
  expect(txn.state).toBe('failed');
  expect(txn.failure?.code).toBe(Code.ABORTED);
});

test('a read-only transaction unused for long is forgotten; single uses leave nothing behind', () => {
  const snapshot = registry.begin(multiplexed, db, {
    kind: 'readOnly',
    bound: { kind: 'strong' },
    returnReadTimestamp: false,
  });
  for (let i = 0; i < 5; i++) registry.finish(registry.singleUse(multiplexed, db, RW), 'committed');
  expect(registry.activeCount).toBe(1);
  clock.now += 601_000_000;
  registry.sweep();
  expect(registry.activeCount).toBe(0);
  expect(thrown(() => registry.find(multiplexed, snapshot.id)).code).toBe(Code.NOT_FOUND);
});
