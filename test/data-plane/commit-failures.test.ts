/**
 * How commits end when they do not succeed, on a real database through the front-end registry and
 * the commit pipeline: whatever the failure (a check, a cancelled wait, an unexpected exception),
 * the transaction ends and nothing it locked stays locked; a second Commit of the same transaction
 * while the first runs answers as the first, planning nothing again; a read that waited for a lock
 * across a schema change aborts; a commit that leaves an index's entries as they were locks none.
 */
import { systemClock } from '../../src/common/clock';
import type { Database } from '../../src/engine/database/database';
import { layoutsOf } from '../../src/engine/layout/catalog-layouts';
import { sharedPoint, sharedRange } from '../../src/engine/locking/lock-request';
import { indexSpace, tableSpace } from '../../src/engine/locking/lock-spaces';
import { applyMutations } from '../../src/engine/mutation/apply-mutations';
import type { Mutation } from '../../src/engine/mutation/mutation';
import { encodeKey } from '../../src/engine/storage/key-codec';
import type { WritePlanner } from '../../src/engine/transaction/commit-pipeline';
import type { ReadWriteMode } from '../../src/engine/transaction/transaction-options';
import { Code } from '../../src/errors/codes';
import { SpannerError } from '../../src/errors/spanner-error';
import type { FrontTransaction } from '../../src/resources/transactions/front-transaction';
import { commitTransaction } from '../../src/resources/transactions/transaction-commit';
import { lockForRead } from '../../src/resources/transactions/transaction-reads';
import { TransactionRegistry } from '../../src/resources/transactions/transaction-registry';
import { TestDatabase } from '../support/test-database';

const RW: ReadWriteMode = {
  kind: 'readWrite',
  isolation: 'SERIALIZABLE',
  requestedLockMode: null,
  previousTransactionId: null,
  excludeFromChangeStreams: false,
};
const session = { name: 's', database: 'projects/p/instances/i/databases/db', multiplexed: true };

let files: TestDatabase;
let db: Database;
let registry: TransactionRegistry;

beforeEach(() => {
  files = new TestDatabase();
  db = files.create([
    'CREATE TABLE T (K INT64, V STRING(MAX), W STRING(MAX)) PRIMARY KEY (K)',
    'CREATE INDEX ByV ON T(V)',
  ]);
  registry = new TransactionRegistry(systemClock);
});

afterEach(() => files.cleanup());

function upsert(k: number, v: string, w = ''): Mutation {
  return { kind: 'insertOrUpdate', table: 'T', columns: ['K', 'V', 'W'], rows: [[BigInt(k), v, w]] };
}

function planner(txn: FrontTransaction, mutations: Mutation[]): WritePlanner {
  const catalog = txn.readWrite!.catalog;
  return (writes, commitTimestamp) =>
    applyMutations({ catalog, writes, commitTimestamp, sequences: db.sequences }, mutations);
}

function commit(txn: FrontTransaction, plan: WritePlanner, signal?: AbortSignal) {
  return commitTransaction(registry, txn, { plan, precommitToken: txn.tokens?.next(), singleUse: false, signal });
}

const rowKey = (k: number) => encodeKey(layoutsOf(db.catalog, 'T').table.keyParts, [BigInt(k)]);

async function settled(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => 'ok',
    (e: unknown) => e,
  );
}

test('an unexpected exception while planning ends the transaction as INTERNAL and frees its locks', async () => {
  const txn = registry.begin(session, db, RW);
  await lockForRead(txn, [sharedPoint(tableSpace('T'), rowKey(1))]);
  const boom: WritePlanner = () => {
    throw new Error('boom');
  };
  expect(await settled(commit(txn, boom))).toEqual(new Error('boom'));
  expect(txn.state).toBe('failed');
  expect(txn.failure?.code).toBe(Code.INTERNAL);
  expect(db.locks.ownerIds()).toEqual([]);
});

test('a commit cancelled while it waits for a lock ends as ABORTED and holds nothing', async () => {
  const older = registry.begin(session, db, RW);
  await lockForRead(older, [sharedPoint(tableSpace('T'), rowKey(1))]);
  const younger = registry.begin(session, db, RW);
  const cancel = new AbortController();
  const waiting = settled(commit(younger, planner(younger, [upsert(1, 'a')]), cancel.signal));
  await waitersAre(1);
  cancel.abort();
  expect((await waiting) as SpannerError).toMatchObject({ code: Code.CANCELLED });
  expect(younger.failure?.code).toBe(Code.ABORTED);
  expect(db.locks.ownerIds()).toEqual([older.id.toString('hex')]);
});

test('a second Commit while the first waits answers the same outcome and plans nothing again', async () => {
  const older = registry.begin(session, db, RW);
  await lockForRead(older, [sharedPoint(tableSpace('T'), rowKey(1))]);
  const txn = registry.begin(session, db, RW);
  let plans = 0;
  const plan = planner(txn, [upsert(1, 'a')]);
  const counted: WritePlanner = (writes, ts) => {
    plans++;
    return plan(writes, ts);
  };
  const first = commit(txn, counted);
  const second = commit(txn, counted);
  await waitersAre(1);
  registry.finish(older, 'rolledBack');
  const [a, b] = await Promise.all([first, second]);
  expect(b).toEqual(a);
  expect(plans).toBe(2); // one blocked attempt, one that committed: the second Commit added none
});

/** Resolves once that many acquisitions wait in the lock manager (however slow the machine). */
async function waitersAre(count: number): Promise<void> {
  while (db.locks.waiting().length !== count) await new Promise((resolve) => setTimeout(resolve, 1));
}

test('a read that waited for a lock across a schema change aborts', async () => {
  const older = registry.begin(session, db, RW);
  await lockForRead(older, [sharedPoint(tableSpace('T'), rowKey(2))]);
  const writer = registry.begin(session, db, RW);
  // The writer locks row 1 exclusively, then waits for row 2, which the older reader holds.
  const writing = settled(commit(writer, planner(writer, [upsert(1, 'a'), upsert(2, 'b')])));
  await waitersAre(1);
  const reader = registry.begin(session, db, RW);
  const reading = settled(lockForRead(reader, [sharedPoint(tableSpace('T'), rowKey(1))]));
  await waitersAre(2);
  expect(db.updateSchema(['ALTER TABLE T ADD COLUMN X INT64']).kind).toBe('applied');
  registry.finish(older, 'rolledBack');
  expect(((await writing) as SpannerError).code).toBe(Code.ABORTED);
  expect(((await reading) as SpannerError).code).toBe(Code.ABORTED);
});

test('a commit that changes no indexed column locks no index entry', async () => {
  const seed = registry.begin(session, db, RW);
  await commit(seed, planner(seed, [upsert(1, 'v', 'w0')]));
  const older = registry.begin(session, db, RW);
  const younger = registry.begin(session, db, RW);
  await lockForRead(younger, [sharedRange(indexSpace('ByV'), Buffer.alloc(0), Buffer.of(0xff))]);
  await commit(older, planner(older, [upsert(1, 'v', 'w1')]));
  expect(younger.state).toBe('active');
  expect(younger.readWrite!.abortError).toBeNull();
});
