/**
 * The read API over REST with plain fetch against a real emulator: Read and StreamingRead (one JSON
 * array, `last` on its final element only), refusals with Spanner's codes and messages, resume
 * tokens that continue a broken stream where it stopped (same snapshot for a single-use read, the
 * limit counted over both attempts), inline begin (the first result carries the transaction; a
 * failed read rolls it back), precommit tokens of multiplexed read-write transactions, shared
 * locks of read-write reads (an older reader holds off a younger writer; an older writer wounds a
 * younger reader), REPEATABLE_READ snapshots, future read timestamps, reads at a timestamp before a
 * schema change, and PartitionRead with the partition token rules.
 */
import { Emulator } from '../../src/emulator';
import { restUrl, startEmulator } from '../support/emulator';
import { callJson, type Json } from '../support/rest-client';

const P = 'projects/rest-reads';
const INSTANCE = `${P}/instances/inst`;
const DB = `${INSTANCE}/databases/shop`;

const SCHEMA = [
  'CREATE TABLE Items (Id INT64 NOT NULL, Name STRING(MAX), Price INT64, Blob STRING(MAX)) PRIMARY KEY (Id)',
  'CREATE INDEX ItemsByName ON Items(Name) STORING (Price)',
  'CREATE TABLE Other (Id INT64 NOT NULL) PRIMARY KEY (Id)',
  'CREATE TABLE Big (Id INT64 NOT NULL, Data BYTES(MAX)) PRIMARY KEY (Id)',
];

let emulator: Emulator;
let session: string;
let multiplexed: string;

const call = (method: string, route: string, body?: unknown) =>
  callJson(restUrl(emulator, `/v1/${route}`), method, body);

async function ok(method: string, route: string, body?: unknown): Promise<Json> {
  const result = await call(method, route, body);
  if (result.status !== 200) throw new Error(`${route}: ${result.status} ${JSON.stringify(result.json)}`);
  return result.json;
}

const read = (body: object, on = session) => call('POST', `${on}:read`, body);
const stream = (body: object, on = session) => call('POST', `${on}:streamingRead`, body);
const rowsOf = (json: Json) => (json.rows ?? []) as Json[][];

/** The rows of a StreamingRead answer, merged as clients merge chunked values. */
function streamedRows(messages: Json[]): Json[][] {
  const columns = messages[0].metadata.rowType.fields.length;
  const values: Json[] = [];
  let chunked = false;
  for (const m of messages) {
    const next = [...(m.values ?? [])];
    if (chunked && next.length > 0) values.push(values.pop() + next.shift());
    values.push(...next);
    chunked = m.chunkedValue === true;
  }
  const rows: Json[][] = [];
  for (let i = 0; i < values.length; i += columns) rows.push(values.slice(i, i + columns));
  return rows;
}

async function commit(mutations: Json[], transactionId?: string, on = session): Promise<Json> {
  const transaction = transactionId === undefined ? { singleUseTransaction: { readWrite: {} } } : { transactionId };
  return ok('POST', `${on}:commit`, { ...transaction, mutations });
}

const upsert = (rows: Json[][]) => ({
  insertOrUpdate: { table: 'Items', columns: ['Id', 'Name', 'Price'], values: rows },
});

beforeAll(async () => {
  emulator = await startEmulator();
  const instance = { config: `${P}/instanceConfigs/emulator-config`, displayName: 'I', nodeCount: 1 };
  await ok('POST', `${P}/instances`, { instanceId: 'inst', instance });
  await ok('POST', `${INSTANCE}/databases`, { createStatement: 'CREATE DATABASE `shop`', extraStatements: SCHEMA });
  session = (await ok('POST', `${DB}/sessions`, {})).name;
  multiplexed = (await ok('POST', `${DB}/sessions`, { session: { multiplexed: true } })).name;
  await commit([
    upsert([
      ['1', 'pear', '3'],
      ['2', 'apple', '5'],
      ['3', 'fig', '7'],
      ['4', 'apple', '2'],
    ]),
  ]);
});

afterAll(async () => {
  await emulator?.stop();
});

const ITEMS = { table: 'Items', columns: ['Id', 'Name'] };

describe('Read', () => {
  test('answers a ResultSet with the row type and the rows in key order', async () => {
    const result = await ok('POST', `${session}:read`, { ...ITEMS, keySet: { keys: [['3'], ['1']] } });
    expect(result.metadata.rowType.fields).toEqual([
      { name: 'Id', type: { code: 'INT64' } },
      { name: 'Name', type: { code: 'STRING' } },
    ]);
    expect(result.rows).toEqual([
      ['1', 'pear'],
      ['3', 'fig'],
    ]);
  });

  test('through an index with a limit', async () => {
    const result = await ok('POST', `${session}:read`, {
      table: 'Items',
      index: 'ItemsByName',
      columns: ['Name', 'Id', 'Price'],
      keySet: { all: true },
      limit: '3',
    });
    expect(result.rows).toEqual([
      ['apple', '2', '5'],
      ['apple', '4', '2'],
      ['fig', '3', '7'],
    ]);
  });

  test.each([
    [
      { table: 'Items', columns: ['Id'] },
      400,
      'INVALID_ARGUMENT',
      'No value provided for required field: ReadRequest.key_set',
    ],
    [{ columns: ['Id'], keySet: { all: true } }, 400, 'INVALID_ARGUMENT', 'Mutation does not specify table.'],
    [{ ...ITEMS, keySet: { all: true }, limit: '-1' }, 400, 'INVALID_ARGUMENT', 'Limit must be non-negative.'],
    [{ table: 'Nope', columns: ['Id'], keySet: { all: true } }, 404, 'NOT_FOUND', 'Table not found: Nope'],
    [
      { table: 'Items', columns: ['Nope'], keySet: { all: true } },
      404,
      'NOT_FOUND',
      'Column not found in table Items: Nope',
    ],
    [
      { table: 'Items', index: 'Nope', columns: ['Id'], keySet: { all: true } },
      404,
      'NOT_FOUND',
      "No index 'Nope' was found for table 'Items'.",
    ],
    [
      { table: 'Other', index: 'ItemsByName', columns: ['Id'], keySet: { all: true } },
      400,
      'FAILED_PRECONDITION',
      "Index 'ItemsByName' indexes 'Items' which does not match the given base table 'Other'.",
    ],
    [
      { table: 'Items', index: 'ItemsByName', columns: ['Blob'], keySet: { all: true } },
      404,
      'NOT_FOUND',
      "Index 'ItemsByName' which indexes 'Items' does not have a column named Blob.",
    ],
    [{ ...ITEMS, keySet: { keys: [['x']] } }, 400, 'FAILED_PRECONDITION', /Could not parse x as an integer|INT64|x/],
    [
      { ...ITEMS, keySet: { all: true }, transaction: { singleUse: { readWrite: {} } } },
      400,
      'INVALID_ARGUMENT',
      'Transaction mode for read only single use transaction should be read_only.',
    ],
    [{ ...ITEMS, keySet: { all: true }, resumeToken: 'AAAA' }, 400, 'INVALID_ARGUMENT', 'Invalid resume token'],
    [{ ...ITEMS, keySet: { all: true }, partitionToken: 'AAAA' }, 400, 'INVALID_ARGUMENT', 'Invalid partition token.'],
    [
      { ...ITEMS, keySet: { all: true }, partitionToken: 'AAAA', limit: '2' },
      400,
      'INVALID_ARGUMENT',
      'A limit cannot be used when a partition_token is specified.',
    ],
  ])('refuses %j', async (body, status, code, message) => {
    const result = await read(body);
    expect(result.status).toBe(status);
    expect(result.json.error.status).toBe(code);
    if (typeof message === 'string') expect(result.json.error.message).toContain(message);
    else expect(result.json.error.message).toMatch(message);
  });

  test('a key with too many or too few parts is refused', async () => {
    const result = await read({
      table: 'Items',
      index: 'ItemsByName',
      columns: ['Id'],
      keySet: { keys: [['a', '1']] },
    });
    expect(result.json.error).toMatchObject({ status: 'FAILED_PRECONDITION' });
    expect(result.json.error.message).toContain('Wrong number of key parts for ItemsByName');
  });
  test('a result over 10 MiB is refused (StreamingRead has no bound); a transaction it began is rolled back', async () => {
    for (const id of ['1', '2', '3', '4']) {
      const data = Buffer.alloc(3 * 1024 * 1024, Number(id)).toString('base64');
      await commit([{ insert: { table: 'Big', columns: ['Id', 'Data'], values: [[id, data]] } }]);
    }
    const transactions = emulator['data'].transactions;
    const before = transactions.activeCount;
    const request = { table: 'Big', columns: ['Id', 'Data'], keySet: { all: true } };
    const refused = await read({ ...request, transaction: { begin: { readWrite: {} } } });
    expect(refused.status).toBe(400);
    expect(refused.json.error.status).toBe('FAILED_PRECONDITION');
    expect(refused.json.error.message).toContain('10 MiB');
    expect(transactions.activeCount).toBe(before);
    const messages = await ok('POST', `${session}:streamingRead`, request);
    expect(streamedRows(messages).map((r) => [r[0], Buffer.from(r[1], 'base64').length])).toEqual(
      ['1', '2', '3', '4'].map((id) => [id, 3 * 1024 * 1024]),
    );
    await commit([{ delete: { table: 'Big', keySet: { all: true } } }]);
  });
});

describe('StreamingRead', () => {
  test('answers one JSON array, with `last` on its final element only', async () => {
    const messages = await ok('POST', `${session}:streamingRead`, { ...ITEMS, keySet: { all: true } });
    expect(Array.isArray(messages)).toBe(true);
    expect(messages.at(-1).last).toBe(true);
    expect(messages.slice(0, -1).every((m: Json) => m.last !== true)).toBe(true);
    expect(streamedRows(messages)).toEqual([
      ['1', 'pear'],
      ['2', 'apple'],
      ['3', 'fig'],
      ['4', 'apple'],
    ]);
  });

  test('resume tokens continue after their row, in the same snapshot and counting the limit', async () => {
    const blob = (c: string) => c.repeat(400_000);
    const rows = Array.from({ length: 8 }, (_, i) => [String(100 + i), `n${i}`, String(i), blob(String(i))]);
    await commit([{ insertOrUpdate: { table: 'Items', columns: ['Id', 'Name', 'Price', 'Blob'], values: rows } }]);
    const request = {
      table: 'Items',
      // The large value first: a message then closes where the next row's first value does not fit.
      columns: ['Blob', 'Id'],
      keySet: { ranges: [{ startClosed: ['100'], endClosed: ['199'] }] },
      transaction: { singleUse: { readOnly: { strong: true, returnReadTimestamp: true } } },
      limit: '6',
    };
    const full = await ok('POST', `${session}:streamingRead`, request);
    const all = streamedRows(full);
    expect(all.map((r) => r[1])).toEqual(['100', '101', '102', '103', '104', '105']);
    const at = full.findIndex((m: Json) => m.resumeToken !== undefined && m.resumeToken !== '');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(full.length - 1);
    const given = streamedRows(full.slice(0, at + 1)).length;
    // A commit after the first attempt: the resumed single-use read still reads the first snapshot.
    await commit([{ delete: { table: 'Items', keySet: { keys: [['105']] } } }]);
    const resumed = await ok('POST', `${session}:streamingRead`, { ...request, resumeToken: full[at].resumeToken });
    expect(resumed[0].metadata.transaction.readTimestamp).toBe(full[0].metadata.transaction.readTimestamp);
    expect(streamedRows(resumed)).toEqual(all.slice(given));
    const otherRead = await stream({ ...request, columns: ['Id'], resumeToken: full[at].resumeToken });
    expect(otherRead.json.error).toMatchObject({ status: 'INVALID_ARGUMENT' });
    await commit([{ delete: { table: 'Items', keySet: { ranges: [{ startClosed: ['100'], endClosed: ['199'] }] } } }]);
  });
});

describe('transactions', () => {
  test('an inline begin: the first result carries the transaction, which then commits', async () => {
    const begin = { begin: { readWrite: {} } };
    const messages = await ok('POST', `${session}:streamingRead`, {
      ...ITEMS,
      keySet: { keys: [['1']] },
      transaction: begin,
    });
    const id = messages[0].metadata.transaction.id;
    expect(id).toEqual(expect.any(String));
    expect(messages.slice(1).every((m: Json) => m.metadata === undefined)).toBe(true);
    await commit([upsert([['1', 'pear', '4']])], id);
    expect(
      rowsOf(await ok('POST', `${session}:read`, { table: 'Items', columns: ['Price'], keySet: { keys: [['1']] } })),
    ).toEqual([['4']]);
  });

  test('a read that fails after an inline begin rolls the transaction back', async () => {
    const transactions = emulator['data'].transactions;
    const before = transactions.activeCount;
    const result = await read({
      table: 'Nope',
      columns: ['Id'],
      keySet: { all: true },
      transaction: { begin: { readWrite: {} } },
    });
    expect(result.json.error.status).toBe('NOT_FOUND');
    expect(transactions.activeCount).toBe(before);
  });

  test('multiplexed read-write results carry precommit tokens: a ResultSet, and the last message', async () => {
    const begun = await ok('POST', `${multiplexed}:read`, {
      ...ITEMS,
      keySet: { keys: [['2']] },
      transaction: { begin: { readWrite: {} } },
    });
    const id = begun.metadata.transaction.id;
    expect(begun.precommitToken.seqNum).toEqual(expect.any(Number));
    const messages = await ok('POST', `${multiplexed}:streamingRead`, {
      ...ITEMS,
      keySet: { all: true },
      transaction: { id },
    });
    expect(messages.at(-1).precommitToken.seqNum).toBeGreaterThan(begun.precommitToken.seqNum);
    expect(messages.slice(0, -1).every((m: Json) => m.precommitToken === undefined)).toBe(true);
    await ok('POST', `${multiplexed}:commit`, {
      transactionId: id,
      mutations: [],
      precommitToken: messages.at(-1).precommitToken,
    });
  });

  test('an older reader holds off a younger writer until it commits', async () => {
    const older = (await ok('POST', `${session}:beginTransaction`, { options: { readWrite: {} } })).id;
    await ok('POST', `${session}:read`, { ...ITEMS, keySet: { keys: [['3']] }, transaction: { id: older } });
    const other = (await ok('POST', `${DB}/sessions`, {})).name;
    let written = false;
    const writing = commit([upsert([['3', 'fig', '8']])], undefined, other).then(() => (written = true));
    // A round trip of the older transaction: the younger commit still waits for its lock.
    await ok('POST', `${session}:read`, { ...ITEMS, keySet: { keys: [['3']] }, transaction: { id: older } });
    expect(written).toBe(false);
    await commit([], older);
    await writing;
    expect(written).toBe(true);
  });

  test('an older writer wounds a younger reader, whose next read answers ABORTED', async () => {
    const other = (await ok('POST', `${DB}/sessions`, {})).name;
    const older = (await ok('POST', `${other}:beginTransaction`, { options: { readWrite: {} } })).id;
    const younger = (await ok('POST', `${session}:beginTransaction`, { options: { readWrite: {} } })).id;
    await ok('POST', `${session}:read`, { ...ITEMS, keySet: { keys: [['4']] }, transaction: { id: younger } });
    await commit([upsert([['4', 'apple', '9']])], older, other);
    const again = await read({ ...ITEMS, keySet: { keys: [['4']] }, transaction: { id: younger } });
    expect(again.json.error.status).toBe('ABORTED');
  });

  test('a read through an index locks the index keys it read', async () => {
    const older = (await ok('POST', `${session}:beginTransaction`, { options: { readWrite: {} } })).id;
    const byName = { table: 'Items', index: 'ItemsByName', columns: ['Id'], transaction: { id: older } };
    expect(rowsOf(await ok('POST', `${session}:read`, { ...byName, keySet: { keys: [['kiwi']] } }))).toEqual([]);
    const other = (await ok('POST', `${DB}/sessions`, {})).name;
    let written = false;
    const writing = commit([upsert([['9', 'kiwi', '1']])], undefined, other).then(() => (written = true));
    await ok('POST', `${session}:read`, { ...byName, keySet: { keys: [['kiwi']] } });
    expect(written).toBe(false);
    await commit([], older);
    await writing;
  });

  test('REPEATABLE_READ reads its snapshot', async () => {
    const options = { readWrite: {}, isolationLevel: 'REPEATABLE_READ' };
    const id = (await ok('POST', `${session}:beginTransaction`, { options })).id;
    const price = async () =>
      rowsOf(
        await ok('POST', `${session}:read`, {
          table: 'Items',
          columns: ['Price'],
          keySet: { keys: [['2']] },
          transaction: { id },
        }),
      );
    expect(await price()).toEqual([['5']]);
    const other = (await ok('POST', `${DB}/sessions`, {})).name;
    await commit([upsert([['2', 'apple', '6']])], undefined, other);
    expect(await price()).toEqual([['5']]);
    await ok('POST', `${session}:rollback`, { transactionId: id });
  });
});

describe('read timestamps', () => {
  test('a read at a future timestamp waits until then; more than an hour ahead is refused', async () => {
    const target = new Date(Date.now() + 300).toISOString();
    const transaction = { singleUse: { readOnly: { readTimestamp: target, returnReadTimestamp: true } } };
    const result = await ok('POST', `${session}:read`, { ...ITEMS, keySet: { keys: [['1']] }, transaction });
    expect(Date.parse(result.metadata.transaction.readTimestamp)).toBe(Date.parse(target));
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(target));
    const far = { singleUse: { readOnly: { readTimestamp: new Date(Date.now() + 2 * 3600_000).toISOString() } } };
    const refused = await read({ ...ITEMS, keySet: { keys: [['1']] }, transaction: far });
    expect(refused.json.error.status).toBe('DEADLINE_EXCEEDED');
  });

  test('a read before a schema change uses the schema of its time', async () => {
    const committed = await commit([
      { insertOrUpdate: { table: 'Items', columns: ['Id', 'Name', 'Blob'], values: [['20', 'plum', 'old']] } },
    ]);
    await ok('PATCH', `${DB}/ddl`, { statements: ['ALTER TABLE Items ADD COLUMN Color STRING(MAX)'] });
    await ok('PATCH', `${DB}/ddl`, { statements: ['ALTER TABLE Items DROP COLUMN Blob'] });
    const then = { singleUse: { readOnly: { readTimestamp: committed.commitTimestamp } } };
    const old = await ok('POST', `${session}:read`, {
      table: 'Items',
      columns: ['Id', 'Blob'],
      keySet: { keys: [['20']] },
      transaction: then,
    });
    expect(old.rows).toEqual([['20', 'old']]);
    const color = await read({ table: 'Items', columns: ['Color'], keySet: { keys: [['20']] }, transaction: then });
    expect(color.json.error.message).toBe('Column not found in table Items: Color');
    const now = await read({ table: 'Items', columns: ['Blob'], keySet: { keys: [['20']] } });
    expect(now.json.error.message).toBe('Column not found in table Items: Blob');
    expect(
      rowsOf(await ok('POST', `${session}:read`, { table: 'Items', columns: ['Color'], keySet: { keys: [['20']] } })),
    ).toEqual([[null]]);
  });
});

describe('PartitionRead', () => {
  test('partitions of a read-only transaction; their union is the full read', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => [String(500 + i), `p${i}`, String(i)]);
    await commit([upsert(rows)]);
    const request = {
      table: 'Items',
      columns: ['Id', 'Name'],
      keySet: { ranges: [{ startClosed: ['500'], endOpen: ['600'] }] },
    };
    const response = await ok('POST', `${session}:partitionRead`, {
      ...request,
      transaction: { begin: { readOnly: { strong: true } } },
      partitionOptions: { partitionSizeBytes: '100', maxPartitions: '5' },
    });
    const id = response.transaction.id;
    expect(response.partitions.length).toBe(5);
    const parts = await Promise.all(
      response.partitions.map((p: Json) =>
        ok('POST', `${session}:streamingRead`, { ...request, transaction: { id }, partitionToken: p.partitionToken }),
      ),
    );
    const union = parts.flatMap((messages) => streamedRows(messages));
    expect(union).toEqual(rows.map((r) => [r[0], r[1]]));
    expect(parts.every((messages) => streamedRows(messages).length > 0)).toBe(true);

    const token = response.partitions[0].partitionToken;
    const refusals: [object, string][] = [
      [{ ...request, columns: ['Id'], transaction: { id }, partitionToken: token }, 'different read or sql parameters'],
      [{ ...request, transaction: { singleUse: { readOnly: {} } }, partitionToken: token }, 'different transaction'],
    ];
    for (const [body, message] of refusals) {
      const refused = await read(body);
      expect(refused.json.error).toMatchObject({ status: 'INVALID_ARGUMENT' });
      expect(refused.json.error.message).toContain(message);
    }
    const elsewhere = (await ok('POST', `${DB}/sessions`, {})).name;
    const otherSession = await read({ ...request, transaction: { id }, partitionToken: token }, elsewhere);
    expect(otherSession.json.error.status).toBeDefined();
  });

  test('only in a read-only transaction, never a single use', async () => {
    const request = { table: 'Items', columns: ['Id'], keySet: { all: true } };
    const single = await call('POST', `${session}:partitionRead`, {
      ...request,
      transaction: { singleUse: { readOnly: {} } },
    });
    expect(single.json.error.message).toContain('Partition reads may not be performed in single-use transactions');
    const readWrite = await call('POST', `${session}:partitionRead`, {
      ...request,
      transaction: { begin: { readWrite: {} } },
    });
    expect(readWrite.json.error.message).toBe('Partitioned reads can only be performed in a read-only transaction.');
    const none = await call('POST', `${session}:partitionRead`, request);
    expect(none.json.error.message).toBe('No value provided for required field: TransactionSelector.selector');
    const negative = await call('POST', `${session}:partitionRead`, {
      ...request,
      transaction: { begin: { readOnly: {} } },
      partitionOptions: { maxPartitions: '-1' },
    });
    expect(negative.json.error.message).toBe(
      'Invalid partition_options: max partition count must be greater than zero.',
    );
  });
});
