/**
 * A client that begins a read-write transaction, reads a row (taking its lock) and never commits
 * must not wedge the database: the emulator aborts the idle transaction and releases its locks,
 * so another transaction writing that row commits, and the abandoned one can no longer commit.
 * Spanner's idle timeout is about 10 s; this suite starts our emulator with a 1 s one
 * (transactionIdleTimeoutMicros, the --transaction-idle-timeout flag). Both session modes.
 *
 * Against Google's emulator (by hand; its idle timeout cannot be shortened): multiplexed mode fails
 * with the client's "Unable to release unknown resource." (it does not mark sessions multiplexed);
 * regular mode passes in some runs and times out in others, depending on which transaction its
 * one-transaction-at-a-time rule aborts, never because the abandoned one was idle.
 */
import type { Database, Transaction } from '@google-cloud/spanner';
import { E2eTarget, isExternalTarget, startE2eTarget } from '../support/e2e-target';
import { GatedSuite } from '../support/not-built-tests';
import { ClientDatabase, grpcCode, openClientDatabase, SESSION_MODES } from '../support/spanner-client';
import { countedTransaction } from '../support/transaction-attempts';
import { E2E_NOT_BUILT } from './e2e-not-built';

const SCHEMA = ['CREATE TABLE Accounts (Id INT64 NOT NULL, Balance INT64 NOT NULL) PRIMARY KEY (Id)'];
const IDLE_TIMEOUT_MICROS = 1_000_000;
const ABORTED = 10;

async function balanceIn(reader: Pick<Transaction, 'read'>, id: number): Promise<number> {
  const [rows] = await reader.read('Accounts', { keys: [String(id)], columns: ['Balance'], json: true });
  if (rows.length === 0) throw new Error(`account ${id} is missing`);
  return (rows[0] as { Balance: number }).Balance;
}

async function committedBalance(database: Database, id: number): Promise<number> {
  const [rows] = await database.table('Accounts').read({ keys: [String(id)], columns: ['Balance'], json: true });
  return (rows[0] as { Balance: number }).Balance;
}

const suite = new GatedSuite('client abandoned transaction', E2E_NOT_BUILT, isExternalTarget());
let target: E2eTarget;

beforeAll(async () => {
  target = await startE2eTarget({ transactionIdleTimeoutMicros: IDLE_TIMEOUT_MICROS });
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

  t.test(
    'a transaction that read a row and went idle is aborted; a writer of that row then commits',
    async () => {
      await database.table('Accounts').insert([{ Id: 1, Balance: 5 }]);
      const [abandoned] = await database.getTransaction();
      try {
        expect(await balanceIn(abandoned, 1)).toBe(5);
        // The writer needs the row the abandoned transaction read: it waits (or is aborted and
        // retried by the client) until the idle timeout releases that lock.
        await countedTransaction(database, async (transaction) => {
          const current = await balanceIn(transaction, 1);
          transaction.update('Accounts', { Id: 1, Balance: current + 1 });
          await transaction.commit();
        });
        expect(await committedBalance(database, 1)).toBe(6);

        abandoned.update('Accounts', { Id: 1, Balance: 1000 });
        const error = await abandoned.commit().catch((e: unknown) => e);
        expect(grpcCode(error)).toBe(ABORTED);
        expect(await committedBalance(database, 1)).toBe(6);
      } finally {
        abandoned.end();
      }
    },
    90_000,
  );

  t.finish();
});

suite.checkList();
