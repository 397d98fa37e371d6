/**
 * The data plane over REST with plain fetch, as curl or a REST client uses it: sessions,
 * BeginTransaction and Commit with every kind of mutation, Read by keys, ranges and index,
 * StreamingRead (one JSON array of PartialResultSets), a read-then-write transaction begun inline
 * by its read, snapshot reads, Rollback, and the errors clients react to. Concurrency over REST is
 * in rest-concurrency.test.ts.
 *
 * Against Google's emulator (by hand) two tests fail on its REST gateway, not on Spanner
 * semantics: StreamingRead answers newline-separated `{"result": ...}` objects instead of one JSON
 * array, and a missing session is a 500 "failed to marshal error message" instead of 404 NOT_FOUND.
 */
import { E2eTarget, isExternalTarget, startE2eTarget } from '../support/e2e-target';
import { uniqueId } from '../support/unique-id';
import { GatedSuite } from '../support/not-built-tests';
import { Json, RestClient } from '../support/rest-client';
import { E2E_NOT_BUILT } from './e2e-not-built';

const SCHEMA = [
  'CREATE TABLE Items (Id INT64 NOT NULL, Name STRING(MAX), Qty INT64) PRIMARY KEY (Id)',
  'CREATE INDEX ItemsByName ON Items(Name) STORING (Qty)',
];
const COLUMNS = ['Id', 'Name', 'Qty'];

const suite = new GatedSuite('REST data plane', E2E_NOT_BUILT, isExternalTarget());
let target: E2eTarget;
let rest: RestClient;
let database: string;

/** A mutation writing rows given as [Id, Name, Qty] with INT64 as JSON strings, as proto3 JSON wants. */
function write(kind: 'insert' | 'update' | 'insertOrUpdate' | 'replace', rows: (number | string | null)[][]): Json {
  const values = rows.map((row) => row.map((v) => (typeof v === 'number' ? String(v) : v)));
  return { [kind]: { table: 'Items', columns: COLUMNS.slice(0, rows[0].length), values } };
}

async function commit(mutations: Json[]): Promise<Json> {
  const transaction = await rest.ok('POST', `${await session()}:beginTransaction`, { options: { readWrite: {} } });
  return rest.ok('POST', `${await session()}:commit`, { transactionId: transaction.id, mutations });
}

async function read(request: Json): Promise<Json[][]> {
  const result = await rest.ok('POST', `${await session()}:read`, { table: 'Items', columns: COLUMNS, ...request });
  return result.rows ?? [];
}

const byKeys = (...ids: number[]) => ({ keySet: { keys: ids.map((id) => [String(id)]) } });

const STALENESS_MS = 1_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Nanoseconds since the epoch of an RFC 3339 timestamp with up to 9 fractional digits. */
function nanosOf(timestamp: string): bigint {
  const match = /^(.*?)(?:\.(\d{1,9}))?Z$/.exec(timestamp);
  if (match === null) throw new Error(`not a timestamp: ${timestamp}`);
  const whole = BigInt(Date.parse(`${match[1]}Z`)) * 1_000_000n;
  return whole + BigInt((match[2] ?? '').padEnd(9, '0'));
}

let sharedSession: string | undefined;

/** One session for the tests that need any; created by the first of them that runs. */
async function session(): Promise<string> {
  sharedSession ??= (await rest.ok('POST', `${database}/sessions`, {})).name as string;
  return sharedSession;
}

beforeAll(async () => {
  target = await startE2eTarget();
  rest = new RestClient(target.restUrl);
  await rest.ensureInstance();
  database = await rest.createDatabase(uniqueId('e2e-rest'), SCHEMA);
});

afterAll(async () => {
  await target?.stop();
});

const t = suite.scope();

t.test('CreateSession answers a session of the database; GetSession and ListSessions show it', async () => {
  const created = await rest.ok('POST', `${database}/sessions`, {});
  expect(created.name).toMatch(new RegExp(`^${database}/sessions/[^/]+$`));
  expect((await rest.ok('GET', created.name)).name).toBe(created.name);
  const listed = await rest.ok('GET', `${database}/sessions`);
  expect(listed.sessions.map((s: Json) => s.name)).toContain(created.name);
});

t.test('Commit applies insert, update, insertOrUpdate, replace and delete mutations in order', async () => {
  const committed = await commit([
    write('insert', [
      [1, 'apple', 5],
      [2, 'pear', 6],
      [3, 'plum', 7],
    ]),
    write('update', [[1, 'apple', 50]]),
    write('insertOrUpdate', [[4, 'fig']]),
    write('replace', [[2, 'pear']]),
    { delete: { table: 'Items', keySet: { keys: [['3']] } } },
  ]);
  expect(committed.commitTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  expect(await read(byKeys(1, 2, 3, 4))).toEqual([
    ['1', 'apple', '50'],
    ['2', 'pear', null],
    ['4', 'fig', null],
  ]);
});

t.test('Read by keys, key ranges and a secondary index answers rows in key order', async () => {
  await commit([
    write(
      'insert',
      [10, 11, 12, 13, 14].map((id) => [id, `n${15 - id}`, id]),
    ),
  ]);
  expect(await read(byKeys(12, 10, 19))).toEqual([
    ['10', 'n5', '10'],
    ['12', 'n3', '12'],
  ]);
  const range = await read({ keySet: { ranges: [{ startOpen: ['10'], endClosed: ['13'] }] }, columns: ['Id'] });
  expect(range).toEqual([['11'], ['12'], ['13']]);
  const byName = await read({
    index: 'ItemsByName',
    columns: ['Name', 'Id', 'Qty'],
    keySet: { ranges: [{ startClosed: ['n1'], endOpen: ['n3'] }] },
  });
  expect(byName).toEqual([
    ['n1', '14', '14'],
    ['n2', '13', '13'],
  ]);
});

// Google's emulator fails this: its gateway streams newline-separated `{"result": ...}` objects.
t.test('StreamingRead answers one JSON array of PartialResultSets whose values make the rows', async () => {
  await commit([
    write(
      'insert',
      [20, 21, 22].map((id) => [id, `s${id}`, id]),
    ),
  ]);
  const response = await fetch(`${target.restUrl}/v1/${await session()}:streamingRead`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      table: 'Items',
      columns: COLUMNS,
      keySet: { ranges: [{ startClosed: ['20'], endClosed: ['22'] }] },
    }),
  });
  expect(response.status).toBe(200);
  const parts = JSON.parse(await response.text());
  expect(Array.isArray(parts)).toBe(true);
  expect(parts[0].metadata.rowType.fields.map((f: Json) => f.name)).toEqual(COLUMNS);
  expect(parts.some((p: Json) => p.chunkedValue === true)).toBe(false);
  const values = parts.flatMap((p: Json) => p.values ?? []);
  expect(values).toEqual(['20', 's20', '20', '21', 's21', '21', '22', 's22', '22']);
});

t.test('a read that begins a transaction answers its id; the commit of that id applies the write', async () => {
  await commit([write('insert', [[30, 'stock', 3]])]);
  const first = await rest.ok('POST', `${await session()}:read`, {
    transaction: { begin: { readWrite: {} } },
    table: 'Items',
    columns: ['Qty'],
    ...byKeys(30),
  });
  const id = first.metadata.transaction.id;
  expect(typeof id).toBe('string');
  const qty = Number(first.rows[0][0]);
  await rest.ok('POST', `${await session()}:commit`, {
    transactionId: id,
    mutations: [write('update', [[30, 'stock', qty + 1]])],
  });
  expect(await read(byKeys(30))).toEqual([['30', 'stock', '4']]);
});

t.test('single-use snapshot reads at a read timestamp and with exact staleness', async () => {
  const t1 = (await commit([write('insert', [[40, 'v1', 1]])])).commitTimestamp;
  const t2 = (await commit([write('update', [[40, 'v2', 2]])])).commitTimestamp;
  const at = async (readOnly: Json) => {
    const result = await rest.ok('POST', `${await session()}:read`, {
      transaction: { singleUse: { readOnly: { ...readOnly, returnReadTimestamp: true } } },
      table: 'Items',
      columns: ['Name'],
      ...byKeys(40),
    });
    return { rows: result.rows ?? [], readTimestamp: result.metadata.transaction.readTimestamp };
  };
  expect(await at({ readTimestamp: t1 })).toEqual({ rows: [['v1']], readTimestamp: t1 });
  expect(await at({ readTimestamp: t2 })).toEqual({ rows: [['v2']], readTimestamp: t2 });

  // Versions spaced wider than the staleness, so that the stale read usually falls between them;
  // nothing below depends on it: the read is checked against the version its timestamp selects.
  await sleep(STALENESS_MS + 500);
  const t3 = (await commit([write('update', [[40, 'v3', 3]])])).commitTimestamp;
  const before = Date.now();
  const stale = await at({ exactStaleness: `${STALENESS_MS / 1000}s` });
  const after = Date.now();
  // The server picked "now" while the call ran; 2 ms of slack for millisecond rounding.
  const readAt = Date.parse(stale.readTimestamp);
  expect(readAt).toBeGreaterThanOrEqual(before - STALENESS_MS - 2);
  expect(readAt).toBeLessThanOrEqual(after - STALENESS_MS + 2);
  const visible = [
    [t1, 'v1'],
    [t2, 'v2'],
    [t3, 'v3'],
  ].filter(([committed]) => nanosOf(committed) <= nanosOf(stale.readTimestamp));
  expect(stale.rows).toEqual([[visible[visible.length - 1][1]]]);
});

t.test('Rollback discards a transaction: nothing is written and its commit is refused', async () => {
  const transaction = await rest.ok('POST', `${await session()}:beginTransaction`, { options: { readWrite: {} } });
  expect(await rest.ok('POST', `${await session()}:rollback`, { transactionId: transaction.id })).toEqual({});
  const late = await rest.call('POST', `${await session()}:commit`, {
    transactionId: transaction.id,
    mutations: [write('insert', [[50, 'ghost', 0]])],
  });
  expect(late.status).toBe(400);
  expect(late.error).toEqual({
    code: 'FAILED_PRECONDITION',
    message: 'Cannot commit a transaction after it has been rolled back.',
  });
  expect(await read(byKeys(50))).toEqual([]);
});

// Google's emulator fails this over REST (500 "failed to marshal error message"); over gRPC it is right.
t.test('a missing session is 404 NOT_FOUND "Session not found: <name>" with its ResourceInfo', async () => {
  const missing = `${database}/sessions/no-such-session`;
  const notFound = await rest.call('POST', `${missing}:read`, {
    table: 'Items',
    columns: ['Id'],
    keySet: { all: true },
  });
  expect(notFound.status).toBe(404);
  expect(notFound.error).toEqual({ code: 'NOT_FOUND', message: `Session not found: ${missing}` });
  expect(notFound.body.error.details).toContainEqual(
    expect.objectContaining({
      '@type': 'type.googleapis.com/google.rpc.ResourceInfo',
      resourceType: 'type.googleapis.com/google.spanner.v1.Session',
      resourceName: missing,
    }),
  );
});

t.test('a commit inserting an existing row is 409 ALREADY_EXISTS and writes none of its mutations', async () => {
  await commit([write('insert', [[60, 'once', 1]])]);
  const transaction = await rest.ok('POST', `${await session()}:beginTransaction`, { options: { readWrite: {} } });
  const duplicate = await rest.call('POST', `${await session()}:commit`, {
    transactionId: transaction.id,
    mutations: [write('insert', [[61, 'new', 1]]), write('insert', [[60, 'twice', 2]])],
  });
  expect(duplicate.status).toBe(409);
  expect(duplicate.error?.code).toBe('ALREADY_EXISTS');
  expect(duplicate.error?.message).toMatch(/Row .*60.* already exists/);
  expect(await read(byKeys(60, 61))).toEqual([['60', 'once', '1']]);
});

t.finish();
suite.checkList();
