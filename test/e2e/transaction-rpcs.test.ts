/**
 * BeginTransaction, Commit, Rollback and BatchWrite over REST with plain fetch, against a real
 * emulator: the state rules (a retried Commit answers the same without writing twice, a commit
 * after a failed one replays its error, rollback is idempotent, read-only transactions cannot be
 * committed), options validated as Spanner does, precommit tokens on multiplexed sessions, one
 * current transaction per regular session, and BatchWrite groups that commit independently. What
 * was written is checked in the row store of the running emulator.
 */
import { Emulator } from '../../src/emulator';
import { layoutsOf } from '../../src/engine/layout/catalog-layouts';
import { ALL_KEYS } from '../../src/engine/storage/key-range';
import { restUrl, startEmulator } from '../support/emulator';
import { callJson, type Json } from '../support/rest-client';

const P = 'projects/txn-rpcs';
const INSTANCE = `${P}/instances/inst`;
const DB = `${INSTANCE}/databases/shop`;

let emulator: Emulator;

const call = (method: string, route: string, body?: unknown) =>
  callJson(restUrl(emulator, `/v1/${route}`), method, body);

async function ok(method: string, route: string, body?: unknown): Promise<Json> {
  const { status, json } = await call(method, route, body);
  if (status !== 200) throw new Error(`${method} ${route}: ${status} ${JSON.stringify(json)}`);
  return json;
}

async function newSession(multiplexed = false): Promise<string> {
  return (await ok('POST', `${DB}/sessions`, { session: { multiplexed } })).name;
}

/** The current rows of Items, as the row store holds them. */
function storedItems(): unknown[][] {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const db = (emulator as any).admin.registry.get(DB);
  const { table } = layoutsOf(db.catalog, 'Items');
  return [...db.rows.scanRows(table, ALL_KEYS)].map((e: { row: unknown[] }) => e.row);
}

function insert(id: number, name: string): Json {
  return { insert: { table: 'Items', columns: ['Id', 'Name'], values: [[String(id), name]] } };
}

beforeAll(async () => {
  emulator = await startEmulator();
  const instance = { config: `${P}/instanceConfigs/emulator-config`, displayName: 'I', nodeCount: 1 };
  await ok('POST', `${P}/instances`, { instanceId: 'inst', instance });
  await ok('POST', `${INSTANCE}/databases`, {
    createStatement: 'CREATE DATABASE `shop`',
    extraStatements: ['CREATE TABLE Items (Id INT64 NOT NULL, Name STRING(10)) PRIMARY KEY (Id)'],
  });
});

afterAll(async () => {
  await emulator?.stop();
});

describe('Commit', () => {
  test('a single-use commit writes its mutations and answers a timestamp', async () => {
    const session = await newSession();
    const answer = await ok('POST', `${session}:commit`, {
      singleUseTransaction: { readWrite: {} },
      mutations: [insert(1, 'one')],
      returnCommitStats: true,
    });
    expect(answer.commitTimestamp).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(answer.commitStats.mutationCount).toBe('2');
    expect(storedItems()).toContainEqual([1n, 'one']);
  });

  test('a retried Commit answers the first outcome and writes nothing twice', async () => {
    const session = await newSession();
    const { id } = await ok('POST', `${session}:beginTransaction`, { options: { readWrite: {} } });
    const body = { transactionId: id, mutations: [insert(2, 'two')] };
    const first = await ok('POST', `${session}:commit`, body);
    const again = await ok('POST', `${session}:commit`, body);
    expect(again.commitTimestamp).toBe(first.commitTimestamp);
    expect(storedItems().filter((r) => r[0] === 2n)).toHaveLength(1);
  });

  test('a commit that fails its checks ends the transaction and a second one replays the error', async () => {
    const session = await newSession();
    const { id } = await ok('POST', `${session}:beginTransaction`, { options: { readWrite: {} } });
    const first = await call('POST', `${session}:commit`, { transactionId: id, mutations: [insert(1, 'dup')] });
    expect(first.json.error.status).toBe('ALREADY_EXISTS');
    expect(first.json.error.message).toBe('Table Items: Row {Int64(1)} already exists.');
    const second = await call('POST', `${session}:commit`, { transactionId: id, mutations: [insert(77, 'x')] });
    expect(second.json.error.status).toBe('ALREADY_EXISTS');
    expect(storedItems().some((r) => r[0] === 77n)).toBe(false);
  });

  test('a failing mutation changes nothing of the commit', async () => {
    const session = await newSession();
    const answer = await call('POST', `${session}:commit`, {
      singleUseTransaction: { readWrite: {} },
      mutations: [insert(10, 'ten'), { update: { table: 'Items', columns: ['Id', 'Name'], values: [['11', 'x']] } }],
    });
    expect(answer.json.error.status).toBe('NOT_FOUND');
    expect(storedItems().some((r) => r[0] === 10n)).toBe(false);
  });

  test('read-only transactions cannot be committed or rolled back', async () => {
    const session = await newSession();
    const { id } = await ok('POST', `${session}:beginTransaction`, { options: { readOnly: { strong: true } } });
    for (const [verb, body] of [
      ['commit', { transactionId: id }],
      ['rollback', { transactionId: id }],
    ] as const) {
      const answer = await call('POST', `${session}:${verb}`, body);
      expect(answer.json.error.status).toBe('FAILED_PRECONDITION');
      expect(answer.json.error.message).toBe('Cannot commit or rollback a read-only or partitioned-dml transaction.');
    }
  });

  test('rollback is idempotent and a rolled-back transaction cannot commit', async () => {
    const session = await newSession();
    const { id } = await ok('POST', `${session}:beginTransaction`, { options: { readWrite: {} } });
    await ok('POST', `${session}:rollback`, { transactionId: id });
    await ok('POST', `${session}:rollback`, { transactionId: id });
    const answer = await call('POST', `${session}:commit`, { transactionId: id, mutations: [insert(30, 'x')] });
    expect(answer.json.error.message).toBe('Cannot commit a transaction after it has been rolled back.');
  });

  test('options are checked as Spanner checks them', async () => {
    const session = await newSession();
    const cases: [unknown, string][] = [
      [{}, 'No value provided for required field: TransactionOptions.mode'],
      [{ options: {} }, 'No value provided for required field: TransactionOptions.mode'],
      [{ options: { readOnly: { exactStaleness: '-5s' } } }, 'Staleness must be non-negative.'],
      [{ options: { readOnly: { exactStaleness: '-0.5s' } } }, 'Staleness must be non-negative.'],
      [{ options: { readOnly: { exactStaleness: '5' } } }, "Invalid value at 'options.read_only.exact_staleness'"],
      [{ options: { readOnly: { maxStaleness: '10s' } } }, 'max_staleness for read can be only be used'],
      [{ options: { readOnly: { strong: false } } }, 'Strong read option must be true for a strong read.'],
      [
        { options: { partitionedDml: {}, isolationLevel: 'REPEATABLE_READ' } },
        'REPEATABLE_READ isolation level is not allowed on partitioned DML transactions.',
      ],
    ];
    for (const [body, message] of cases) {
      const answer = await call('POST', `${session}:beginTransaction`, body);
      expect(answer.json.error.status).toBe('INVALID_ARGUMENT');
      expect(answer.json.error.message).toContain(message);
    }
    const delay = await call('POST', `${session}:commit`, {
      singleUseTransaction: { readWrite: {} },
      maxCommitDelay: '0.6s',
    });
    expect(delay.json.error.status).toBe('INVALID_ARGUMENT');
  });

  test('a staleness reaching before what is kept names the timestamp as Spanner prints it, year and all', async () => {
    const session = await newSession();
    const cases: [string, RegExp][] = [
      ['315576000000s', /^Read-only transaction timestamp -79\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00 has/],
      ['7200s', /^Read-only transaction timestamp 20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00 has/],
    ];
    for (const [exactStaleness, message] of cases) {
      const answer = await call('POST', `${session}:beginTransaction`, { options: { readOnly: { exactStaleness } } });
      expect(answer.json.error.status).toBe('FAILED_PRECONDITION');
      expect(answer.json.error.message).toMatch(message);
    }
  });

  test('the commit response echoes the isolation and snapshot of a REPEATABLE_READ transaction', async () => {
    const session = await newSession();
    const begun = await ok('POST', `${session}:beginTransaction`, {
      options: { readWrite: {}, isolationLevel: 'REPEATABLE_READ' },
    });
    const answer = await ok('POST', `${session}:commit`, { transactionId: begun.id, mutations: [insert(40, 'rr')] });
    expect(answer.isolationLevel).toBe('REPEATABLE_READ');
    expect(answer.readLockMode).toBe('OPTIMISTIC');
    expect(answer.snapshotTimestamp < answer.commitTimestamp).toBe(true);
  });
});

describe('sessions and transactions', () => {
  test('a newer transaction on a regular session ends the older one', async () => {
    const session = await newSession();
    const older = await ok('POST', `${session}:beginTransaction`, { options: { readWrite: {} } });
    await ok('POST', `${session}:beginTransaction`, { options: { readWrite: {} } });
    const answer = await call('POST', `${session}:commit`, { transactionId: older.id, mutations: [insert(50, 'x')] });
    expect(answer.json.error.status).toBe('ABORTED');
  });

  test('a multiplexed session runs transactions side by side, each with precommit tokens', async () => {
    const session = await newSession(true);
    const a = await ok('POST', `${session}:beginTransaction`, { options: { readWrite: {} } });
    const b = await ok('POST', `${session}:beginTransaction`, { options: { readWrite: {} } });
    expect(a.precommitToken.seqNum).toBe(1);
    expect(b.precommitToken.seqNum).toBe(1);
    const missing = await call('POST', `${session}:commit`, { transactionId: a.id, mutations: [insert(60, 'a')] });
    expect(missing.json.error.status).toBe('FAILED_PRECONDITION');
    const foreign = await call('POST', `${session}:commit`, {
      transactionId: a.id,
      mutations: [insert(60, 'a')],
      precommitToken: b.precommitToken,
    });
    expect(foreign.json.error.status).toBe('FAILED_PRECONDITION');
    for (const txn of [a, b]) {
      const id = txn === a ? 61 : 62;
      await ok('POST', `${session}:commit`, {
        transactionId: txn.id,
        mutations: [insert(id, 'm')],
        precommitToken: txn.precommitToken,
      });
    }
    expect(storedItems().filter((r) => r[0] === 61n || r[0] === 62n)).toHaveLength(2);
  });

  test('a mutation key naming an unknown table or column is INVALID_ARGUMENT', async () => {
    const session = await newSession(true);
    const keys = [
      { insert: { table: 'Nope', columns: ['Id'], values: [['1']] } },
      { insert: { table: 'Items', columns: ['Nope'], values: [['1']] } },
    ];
    for (const mutationKey of keys) {
      const answer = await call('POST', `${session}:beginTransaction`, { options: { readWrite: {} }, mutationKey });
      expect(answer.json.error.status).toBe('INVALID_ARGUMENT');
    }
  });

  test('a transaction of a deleted session is gone', async () => {
    const session = await newSession();
    const { id } = await ok('POST', `${session}:beginTransaction`, { options: { readWrite: {} } });
    await ok('DELETE', session);
    const answer = await call('POST', `${session}:commit`, { transactionId: id });
    expect(answer.json.error.status).toBe('NOT_FOUND');
    expect(answer.json.error.message).toBe(`Session not found: ${session}`);
  });

  test('an unknown transaction id is NOT_FOUND', async () => {
    const session = await newSession();
    const answer = await call('POST', `${session}:commit`, { transactionId: Buffer.from('nope').toString('base64') });
    expect(answer.json.error.status).toBe('NOT_FOUND');
  });
});

describe('BatchWrite', () => {
  test('groups commit independently, each answered with its index, status and timestamp', async () => {
    const session = await newSession();
    const answers = await ok('POST', `${session}:batchWrite`, {
      mutationGroups: [
        { mutations: [insert(100, 'a'), insert(101, 'b')] },
        { mutations: [insert(102, 'c'), insert(100, 'dup')] },
        { mutations: [insert(103, 'd')] },
      ],
    });
    expect(answers.map((a: Json) => a.indexes)).toEqual([[0], [1], [2]]);
    expect(answers[0].status.code ?? 0).toBe(0);
    expect(answers[0].commitTimestamp).toBeDefined();
    expect(answers[1].status.code).toBe(6);
    expect(answers[1].commitTimestamp).toBeUndefined();
    expect(answers[2].commitTimestamp > answers[0].commitTimestamp).toBe(true);
    const ids = storedItems().map((r) => r[0]);
    expect(ids).toEqual(expect.arrayContaining([100n, 101n, 103n]));
    expect(ids).not.toContain(102n);
  });
});
