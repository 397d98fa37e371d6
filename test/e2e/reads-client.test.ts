/**
 * The read API through the official Node client (@google-cloud/spanner) against a real emulator:
 * `table.read` by keys (in key order, duplicates once), closed, open and prefix ranges over a
 * key with a DESC part, reads through an index (index order, a column the index lacks refused),
 * limits, `createReadStream` with values larger than a PartialResultSet (a 3 MiB string and a 3 MiB
 * BYTES value, chunked and merged back by the client), snapshots at a read timestamp and with
 * exact staleness (a dropped table's rows included, at a timestamp before the drop), read-then-write
 * transactions (inline begin, shared locks keeping concurrent increments exact), and batch
 * transactions whose read partitions together give the full read.
 */
import { Spanner } from '@google-cloud/spanner';
import type { Database } from '@google-cloud/spanner/build/src/database';
import type { Instance } from '@google-cloud/spanner/build/src/instance';
import type { Json } from '@google-cloud/spanner/build/src/codec';
import { Emulator } from '../../src/emulator';
import { startEmulator } from '../support/emulator';

const SCHEMA = [
  `CREATE TABLE Singers (SingerId INT64 NOT NULL, FirstName STRING(MAX), LastName STRING(MAX),
     Score FLOAT64, Notes STRING(MAX), Data BYTES(MAX)) PRIMARY KEY (SingerId)`,
  'CREATE INDEX SingersByLastName ON Singers(LastName) STORING (Score)',
  `CREATE TABLE Events (Kind STRING(MAX) NOT NULL, Seq INT64 NOT NULL, Note STRING(MAX))
     PRIMARY KEY (Kind, Seq DESC)`,
  'CREATE TABLE Accounts (Id INT64 NOT NULL, Balance INT64 NOT NULL) PRIMARY KEY (Id)',
];

const SINGERS = [
  { SingerId: '1', FirstName: 'Marc', LastName: 'Richards', Score: 1.5 },
  { SingerId: '2', FirstName: 'Catalina', LastName: 'Smith', Score: 2.5 },
  { SingerId: '3', FirstName: 'Alice', LastName: 'Trentor', Score: 3.5 },
  { SingerId: '4', FirstName: 'Lea', LastName: 'Martin', Score: 4.5 },
  { SingerId: '5', FirstName: 'David', LastName: 'Smith', Score: 5.5 },
];

let emulator: Emulator;
let spanner: Spanner;
let instance: Instance;
let database: Database;

beforeAll(async () => {
  emulator = await startEmulator();
  process.env.SPANNER_EMULATOR_HOST = `localhost:${emulator.grpcPort}`;
  process.env.METADATA_SERVER_DETECTION = 'none';
  spanner = new Spanner({ projectId: 'read-project' });
  const [created, operation] = await spanner.createInstance('main', { config: 'emulator-config' });
  await operation.promise();
  instance = created;
  const [db, dbOperation] = await instance.createDatabase('reads', { schema: SCHEMA });
  await dbOperation.promise();
  database = db;
  await database.table('Singers').insert(SINGERS);
  const events = ['a', 'b'].flatMap((Kind) =>
    [1, 2, 3].map((Seq) => ({ Kind, Seq: String(Seq), Note: `${Kind}${Seq}` })),
  );
  await database.table('Events').insert(events);
  await database.table('Accounts').insert([
    { Id: '1', Balance: '0' },
    { Id: '2', Balance: '100' },
  ]);
}, 60_000);

afterAll(async () => {
  await spanner?.close();
  await emulator?.stop();
});

type Row = Record<string, Json>;

async function readRows(table: string, request: object): Promise<Row[]> {
  const [rows] = await database.table(table).read({ json: true, ...request });
  return rows as Row[];
}

const ids = (rows: Row[]) => rows.map((r) => r.SingerId);

describe('table.read', () => {
  test('keys come back in key order, a key given twice once, a missing key not at all', async () => {
    const rows = await readRows('Singers', { keys: ['4', '2', '9', '2'], columns: ['SingerId', 'FirstName'] });
    expect(rows).toEqual([
      { SingerId: 2, FirstName: 'Catalina' },
      { SingerId: 4, FirstName: 'Lea' },
    ]);
  });

  test('all rows, with a limit', async () => {
    expect(ids(await readRows('Singers', { columns: ['SingerId'] }))).toEqual([1, 2, 3, 4, 5]);
    expect(ids(await readRows('Singers', { columns: ['SingerId'], limit: 2 }))).toEqual([1, 2]);
  });

  test('closed and open ranges, and overlapping ranges yield each row once', async () => {
    const closed = await readRows('Singers', { ranges: [{ startClosed: '2', endClosed: '4' }], columns: ['SingerId'] });
    expect(ids(closed)).toEqual([2, 3, 4]);
    const open = await readRows('Singers', { ranges: [{ startOpen: '2', endOpen: '4' }], columns: ['SingerId'] });
    expect(ids(open)).toEqual([3]);
    const overlapping = await readRows('Singers', {
      ranges: [
        { startClosed: '3', endClosed: '5' },
        { startClosed: '1', endOpen: '4' },
      ],
      keys: ['2'],
      columns: ['SingerId'],
    });
    expect(ids(overlapping)).toEqual([1, 2, 3, 4, 5]);
  });

  test('key prefixes over a key with a DESC part', async () => {
    const notes = (rows: Row[]) => rows.map((r) => r.Note);
    // A prefix key range: every row of kind "a", in key order (Seq descending).
    const kindA = await readRows('Events', { ranges: [{ startClosed: ['a'], endClosed: ['a'] }], columns: ['Note'] });
    expect(notes(kindA)).toEqual(['a3', 'a2', 'a1']);
    // Open start on a prefix excludes every key extending it.
    const afterA = await readRows('Events', { ranges: [{ startOpen: ['a'], endClosed: ['b'] }], columns: ['Note'] });
    expect(notes(afterA)).toEqual(['b3', 'b2', 'b1']);
    // DESC: a range from 3 down to 2.
    const desc = await readRows('Events', {
      ranges: [{ startClosed: ['b', '3'], endClosed: ['b', '2'] }],
      columns: ['Note'],
    });
    expect(notes(desc)).toEqual(['b3', 'b2']);
  });

  test('through an index: index key order, index keys as prefixes, STORING and key columns', async () => {
    const all = await readRows('Singers', {
      index: 'SingersByLastName',
      columns: ['LastName', 'SingerId', 'Score'],
    });
    expect(all.map((r) => [r.LastName, r.SingerId])).toEqual([
      ['Martin', 4],
      ['Richards', 1],
      ['Smith', 2],
      ['Smith', 5],
      ['Trentor', 3],
    ]);
    const smiths = await readRows('Singers', {
      index: 'SingersByLastName',
      keys: ['Smith'],
      columns: ['SingerId', 'Score'],
    });
    expect(smiths).toEqual([
      { SingerId: 2, Score: 2.5 },
      { SingerId: 5, Score: 5.5 },
    ]);
  });

  test('a column the index does not hold is refused as Spanner refuses it', async () => {
    await expect(
      readRows('Singers', { index: 'SingersByLastName', keys: ['Smith'], columns: ['FirstName'] }),
    ).rejects.toMatchObject({
      code: 5,
      details: expect.stringContaining(
        "Index 'SingersByLastName' which indexes 'Singers' does not have a column named FirstName",
      ),
    });
  });
});

describe('createReadStream', () => {
  test('a 3 MiB string and a 3 MiB BYTES value are chunked and merged back', async () => {
    const big = 'é'.repeat(3 * 512 * 1024) + 'end';
    const bytes = Buffer.alloc(3 * 1024 * 1024, 7);
    bytes[bytes.length - 1] = 9;
    await database.table('Singers').insert([{ SingerId: '100', Notes: big, Data: bytes }]);
    const rows: Row[] = [];
    await new Promise<void>((resolve, reject) => {
      database
        .table('Singers')
        .createReadStream({ keys: ['100', '1'], columns: ['SingerId', 'Notes', 'Data'], json: true })
        .on('data', (row: Row) => rows.push(row))
        .on('error', reject)
        .on('end', resolve);
    });
    expect(rows.map((r) => r.SingerId)).toEqual([1, 100]);
    expect(rows[1].Notes).toBe(big);
    expect(Buffer.from(rows[1].Data as unknown as Buffer).equals(bytes)).toBe(true);
    await database.table('Singers').deleteRows(['100']);
  });
});

describe('snapshots', () => {
  test('a read timestamp and an exact staleness read the state of that time', async () => {
    const [first] = await database.table('Accounts').upsert([{ Id: '7', Balance: '1' }]);
    const at = (first as unknown as { commitTimestamp: { seconds: string; nanos: number } }).commitTimestamp;
    const firstMs = Number(at.seconds) * 1000 + at.nanos / 1e6;
    // Far enough apart that a staleness aimed between the commits lands between them.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await database.table('Accounts').upsert([{ Id: '7', Balance: '2' }]);
    const balanceIn = async (bound: object) => {
      const [snapshot] = await database.getSnapshot(bound);
      try {
        const [rows] = await snapshot.read('Accounts', { keys: ['7'], columns: ['Balance'], json: true });
        return rows;
      } finally {
        snapshot.end();
      }
    };
    expect(await balanceIn({ readTimestamp: { seconds: at.seconds, nanos: at.nanos } })).toEqual([{ Balance: 1 }]);
    expect(await balanceIn({ exactStaleness: Math.round(Date.now() - firstMs - 750) })).toEqual([{ Balance: 1 }]);
    expect(await balanceIn({ exactStaleness: 0 })).toEqual([{ Balance: 2 }]);
    expect(await balanceIn({ strong: true })).toEqual([{ Balance: 2 }]);
  });

  test('a read timestamp before a DROP TABLE still reads the dropped rows; a strong read finds no table', async () => {
    const [dropping, created] = await instance.createDatabase('dropped-later', {
      schema: ['CREATE TABLE Gone (K INT64 NOT NULL, V STRING(MAX)) PRIMARY KEY (K)'],
    });
    await created.promise();
    const [written] = await dropping.table('Gone').insert([{ K: '1', V: 'kept' }]);
    const at = (written as unknown as { commitTimestamp: { seconds: string; nanos: number } }).commitTimestamp;
    const [dropped] = await dropping.updateSchema(['DROP TABLE Gone']);
    await dropped.promise();
    const [snapshot] = await dropping.getSnapshot({ readTimestamp: { seconds: at.seconds, nanos: at.nanos } });
    try {
      const [rows] = await snapshot.read('Gone', { keys: ['1'], columns: ['K', 'V'], json: true });
      expect(rows).toEqual([{ K: 1, V: 'kept' }]);
    } finally {
      snapshot.end();
    }
    await expect(dropping.table('Gone').read({ keys: ['1'], columns: ['K'] })).rejects.toMatchObject({
      code: 5,
      details: 'Table not found: Gone',
    });
    await dropping.close();
  });
});

describe('read-write transactions', () => {
  test('read then write: concurrent increments through shared locks lose no update', async () => {
    const increment = () =>
      database.runTransactionAsync(async (tx) => {
        const [rows] = await tx.read('Accounts', { keys: ['1'], columns: ['Balance'], json: true });
        const balance = Number((rows[0] as Row).Balance);
        tx.update('Accounts', [{ Id: '1', Balance: String(balance + 1) }]);
        await tx.commit();
      });
    await Promise.all(Array.from({ length: 5 }, increment));
    const [rows] = await database.table('Accounts').read({ keys: ['1'], columns: ['Balance'], json: true });
    expect(rows).toEqual([{ Balance: 5 }]);
  });

  test('the first read begins the transaction inline and returns its id', async () => {
    await database.runTransactionAsync(async (tx) => {
      expect(tx.id).toBeUndefined();
      await tx.read('Accounts', { keys: ['2'], columns: ['Balance'] });
      expect(tx.id).toBeDefined();
      await tx.rollback();
    });
  });
});

describe('batch transactions', () => {
  test('the read partitions of a batch transaction together give the full read', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ SingerId: String(1000 + i), LastName: `L${i % 7}` }));
    await database.table('Singers').insert(many);
    const [full] = await database.table('Singers').read({ columns: ['SingerId', 'LastName'], json: true });
    const [transaction] = await database.createBatchTransaction();
    try {
      const [partitions] = await transaction.createReadPartitions({
        table: 'Singers',
        columns: ['SingerId', 'LastName'],
        partitionOptions: { partitionSizeBytes: '200', maxPartitions: '6' },
      } as never);
      expect(partitions.length).toBeGreaterThan(1);
      expect(partitions.length).toBeLessThanOrEqual(6);
      const parts = await Promise.all(partitions.map((p) => transaction.execute(p)));
      const union = parts.flatMap(([rows]) => (rows as { toJSON(): Row }[]).map((r) => r.toJSON()));
      expect(union.map((r) => Number(r.SingerId)).sort((a, b) => a - b)).toEqual(
        (full as Row[]).map((r) => Number(r.SingerId)),
      );
    } finally {
      transaction.close();
    }
  });
});
