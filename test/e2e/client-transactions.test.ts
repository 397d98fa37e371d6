/**
 * Transactions through the official Node client, in both session modes: runTransactionAsync
 * read-then-write, rollback, snapshots at a read timestamp and with exact staleness, 10 concurrent
 * increments of one counter, and 8 concurrent transactions on different rows that must meet no
 * abort. Aborts are counted as a user sees them: the client runs the function again after each
 * ABORTED. Abandoned transactions are in client-abandoned-transaction.test.ts (they need a short
 * idle timeout); mutations and plain reads in client-mutations-reads.test.ts.
 *
 * Against Google's emulator (by hand): in multiplexed mode every runTransactionAsync fails with the
 * client's "Unable to release unknown resource." (that emulator answers the session without
 * `multiplexed: true`, so the client takes it for a pooled one and tries to return it to its pool).
 * In regular mode only the 8-writer test fails, on its abort count: it aborts every read-write
 * transaction that overlaps another ("The emulator only supports one transaction at a time"); the
 * counter still ends +10 because the client retries.
 */
import { Database, Spanner, Transaction } from '@google-cloud/spanner';
import { Barrier } from '../support/barrier';
import { E2eTarget, isExternalTarget, startE2eTarget } from '../support/e2e-target';
import { GatedSuite } from '../support/not-built-tests';
import { ClientDatabase, openClientDatabase, SESSION_MODES } from '../support/spanner-client';
import { attemptsOf, countedTransaction } from '../support/transaction-attempts';
import { E2E_NOT_BUILT } from './e2e-not-built';

const SCHEMA = ['CREATE TABLE Accounts (Id INT64 NOT NULL, Balance INT64 NOT NULL, Note STRING(MAX)) PRIMARY KEY (Id)'];

type Timestamp = ReturnType<typeof Spanner.timestamp>;
type Bounds = Parameters<Database['getSnapshot']>[0];

interface Account {
  Id: number;
  Balance: number;
  Note: string | null;
}

/** Staleness of the exact-staleness snapshot; the versions it reads between are further apart. */
const STALENESS_MS = 1_000;

async function readAccount(reader: Pick<Transaction, 'read'>, id: number): Promise<Account | null> {
  const [rows] = await reader.read('Accounts', { keys: [String(id)], columns: ['Id', 'Balance', 'Note'], json: true });
  return rows.length === 0 ? null : (rows[0] as Account);
}

async function balanceIn(reader: Pick<Transaction, 'read'>, id: number): Promise<number> {
  const account = await readAccount(reader, id);
  if (account === null) throw new Error(`account ${id} is missing`);
  return account.Balance;
}

async function committedAccount(database: Database, id: number): Promise<Account | null> {
  const [rows] = await database
    .table('Accounts')
    .read({ keys: [String(id)], columns: ['Id', 'Balance', 'Note'], json: true });
  return rows.length === 0 ? null : (rows[0] as Account);
}

async function committedBalance(database: Database, id: number): Promise<number | null> {
  return (await committedAccount(database, id))?.Balance ?? null;
}

/** One row read in a read-only snapshot with the given bounds, and the timestamp it read at. */
async function readInSnapshot(database: Database, bounds: Bounds, id: number) {
  const [snapshot] = await database.getSnapshot(bounds);
  try {
    const account = await readAccount(snapshot, id);
    return { balance: account?.Balance ?? null, readTimestamp: snapshot.readTimestamp };
  } finally {
    snapshot.end();
  }
}

function nanos(timestamp: Timestamp): bigint {
  return BigInt(timestamp.getFullTime());
}

function shifted(timestamp: Timestamp, micros: number): Timestamp {
  const total = nanos(timestamp) + BigInt(micros) * 1000n;
  return Spanner.timestamp({ seconds: Number(total / 1_000_000_000n), nanos: Number(total % 1_000_000_000n) });
}

/** The commit timestamp of a CommitResponse (its seconds may be a number, a string or a Long). */
function commitTimestampOf(response: {
  commitTimestamp?: { seconds?: unknown; nanos?: number | null } | null;
}): Timestamp {
  const timestamp = response.commitTimestamp;
  if (timestamp === undefined || timestamp === null) throw new Error('the commit answered no commit timestamp');
  return Spanner.timestamp({ seconds: Number(String(timestamp.seconds ?? 0)), nanos: timestamp.nanos ?? 0 });
}

/** The value of the last version committed at or before `at`, or null when none was. */
function versionAt(at: Timestamp, versions: [Timestamp, number][]): number | null {
  const visible = versions.filter(([committed]) => nanos(committed) <= nanos(at));
  return visible.length === 0 ? null : visible[visible.length - 1][1];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const suite = new GatedSuite('client transactions', E2E_NOT_BUILT, isExternalTarget());
let target: E2eTarget;

beforeAll(async () => {
  target = await startE2eTarget();
});

afterAll(async () => {
  await target?.stop();
});

describe.each(SESSION_MODES)('%s sessions', (mode) => {
  const t = suite.scope(`${mode} sessions`);
  let client: ClientDatabase;
  let database: Database;

  beforeAll(async () => {
    client = await openClientDatabase(target, mode, SCHEMA);
    database = client.database;
  });

  afterAll(async () => {
    await client?.close();
  });

  t.test('runTransactionAsync reads rows, then writes from what it read; the writes are committed', async () => {
    await database.table('Accounts').insert([
      { Id: 1, Balance: 100, Note: null },
      { Id: 2, Balance: 7, Note: null },
    ]);
    const { value: read, attempts } = await countedTransaction(database, async (transaction) => {
      const first = await balanceIn(transaction, 1);
      const second = await balanceIn(transaction, 2);
      transaction.update('Accounts', { Id: 1, Balance: first + second, Note: 'moved' });
      transaction.update('Accounts', { Id: 2, Balance: 0, Note: 'moved' });
      await transaction.commit();
      return [first, second];
    });
    expect(read).toEqual([100, 7]);
    expect(attempts).toBe(1);
    expect(await committedAccount(database, 1)).toEqual({ Id: 1, Balance: 107, Note: 'moved' });
    expect(await committedBalance(database, 2)).toBe(0);
  });

  t.test('a read-write transaction that rolls back writes nothing', async () => {
    await database.table('Accounts').insert([{ Id: 3, Balance: 10, Note: null }]);
    const [transaction] = await database.getTransaction();
    expect(await balanceIn(transaction, 3)).toBe(10);
    transaction.update('Accounts', { Id: 3, Balance: 999, Note: 'never' });
    await transaction.rollback();
    transaction.end();
    expect(await committedBalance(database, 3)).toBe(10);
  });

  t.test('a snapshot at a read timestamp reads the versions committed at or before it', async () => {
    const table = database.table('Accounts');
    const t1 = commitTimestampOf((await table.insert([{ Id: 10, Balance: 1, Note: null }]))[0]);
    const t2 = commitTimestampOf((await table.update([{ Id: 10, Balance: 2 }]))[0]);
    expect(nanos(t2)).toBeGreaterThan(nanos(t1));
    const cases: [Timestamp, number | null][] = [
      [shifted(t1, -1), null],
      [t1, 1],
      [shifted(t2, -1), 1],
      [t2, 2],
    ];
    for (const [readTimestamp, expected] of cases) {
      const read = await readInSnapshot(database, { readTimestamp }, 10);
      expect(read.balance).toBe(expected);
      expect(read.readTimestamp?.getFullTime()).toBe(readTimestamp.getFullTime());
    }
  });

  t.test('a snapshot with exact staleness reads at the time of the read minus the staleness', async () => {
    const table = database.table('Accounts');
    const t1 = commitTimestampOf((await table.insert([{ Id: 20, Balance: 1, Note: null }]))[0]);
    // Spacing the versions so that the stale read usually falls between them; nothing below
    // depends on it: the read is checked against whichever version its timestamp selects.
    await sleep(STALENESS_MS + 500);
    const t2 = commitTimestampOf((await table.update([{ Id: 20, Balance: 2 }]))[0]);
    const before = Date.now();
    const read = await readInSnapshot(database, { exactStaleness: STALENESS_MS }, 20);
    const after = Date.now();
    if (read.readTimestamp === undefined) throw new Error('the snapshot answered no read timestamp');
    // The server picked "now" while the call ran; 2 ms of slack for millisecond rounding.
    expect(read.readTimestamp.getTime()).toBeGreaterThanOrEqual(before - STALENESS_MS - 2);
    expect(read.readTimestamp.getTime()).toBeLessThanOrEqual(after - STALENESS_MS + 2);
    expect(read.balance).toBe(
      versionAt(read.readTimestamp, [
        [t1, 1],
        [t2, 2],
      ]),
    );
  });

  t.test('10 concurrent read-then-increment transactions on one counter end exactly +10', async () => {
    await database.table('Accounts').insert([{ Id: 30, Balance: 1000, Note: null }]);
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        countedTransaction(database, async (transaction) => {
          const current = await balanceIn(transaction, 30);
          transaction.update('Accounts', { Id: 30, Balance: current + 1 });
          await transaction.commit();
        }),
      ),
    );
    // They conflict, so some may be aborted and retried by the client; none may be lost.
    expect(results).toHaveLength(10);
    expect(await committedBalance(database, 30)).toBe(1010);
  });

  // Google's emulator aborts all but one of these ("The emulator only supports one transaction at
  // a time"): this test fails there on the abort count. Ours locks rows, so none may abort.
  t.test('8 concurrent read-write transactions on different rows all commit without an abort', async () => {
    const ids = [41, 42, 43, 44, 45, 46, 47, 48];
    await database.table('Accounts').insert(ids.map((Id) => ({ Id, Balance: Id, Note: null })));
    // Every transaction has read (and locked) its row before any commits, so all 8 overlap.
    const barrier = new Barrier(ids.length);
    const outcomes = await Promise.allSettled(
      ids.map((id, party) =>
        countedTransaction(
          database,
          async (transaction) => {
            const current = await balanceIn(transaction, id);
            await barrier.arrive(party);
            transaction.update('Accounts', { Id: id, Balance: current + 1000 });
            await transaction.commit();
          },
          { maxAttempts: 1 },
        ),
      ),
    );
    // One attempt each: a second would mean the first was aborted.
    expect(outcomes.map(attemptsOf)).toEqual(ids.map(() => 1));
    for (const id of ids) expect(await committedBalance(database, id)).toBe(id + 1000);
  });

  t.finish();
});

suite.checkList();
