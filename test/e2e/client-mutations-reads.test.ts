/**
 * Mutations and reads through the official Node client, in both of its session modes (default
 * multiplexed, and a session pool with GOOGLE_CLOUD_SPANNER_MULTIPLEXED_SESSIONS=false and its
 * _FOR_RW / _PARTITIONED_OPS companions): insert, update, upsert, replace and deleteRows, then
 * reads by keys, key ranges and a secondary index. Each test writes its own key range, so the tests
 * are independent. Transactions, snapshots and concurrency are in client-transactions.test.ts.
 *
 * Against Google's emulator (E2E_EXTERNAL_GRPC/E2E_EXTERNAL_REST, by hand) every test passes but
 * the session-mode check in multiplexed mode: it predates multiplexed sessions, so the session the
 * client asks to be multiplexed comes back (and is listed) as a regular one.
 */
import type { Database } from '@google-cloud/spanner';
import { E2eTarget, isExternalTarget, startE2eTarget } from '../support/e2e-target';
import { GatedSuite } from '../support/not-built-tests';
import { ClientDatabase, grpcCode, openClientDatabase, SESSION_MODES } from '../support/spanner-client';
import { E2E_NOT_BUILT } from './e2e-not-built';

const SCHEMA = [
  `CREATE TABLE Singers (
     SingerId INT64 NOT NULL,
     FirstName STRING(MAX),
     LastName STRING(MAX),
     Plays INT64
   ) PRIMARY KEY (SingerId)`,
  'CREATE INDEX SingersByLastName ON Singers(LastName) STORING (FirstName)',
];
const COLUMNS = ['SingerId', 'FirstName', 'LastName', 'Plays'];
const ALREADY_EXISTS = 6;
const NOT_FOUND = 5;

interface Singer {
  SingerId: number;
  FirstName: string | null;
  LastName: string | null;
  Plays: number | null;
}

type KeyQuery = { keys: (string | number)[] } | { ranges: object[] };

async function readSingers(database: Database, query: KeyQuery, columns = COLUMNS, index?: string) {
  // The client's typings want key parts as strings; it encodes them by the column type.
  const keySet = 'keys' in query ? { keys: query.keys.map(String) } : query;
  const [rows] = await database.table('Singers').read({ ...keySet, columns, index, json: true });
  return rows as Partial<Singer>[];
}

function singer(id: number, first: string | null, last: string | null, plays: number | null = null): Singer {
  return { SingerId: id, FirstName: first, LastName: last, Plays: plays };
}

const suite = new GatedSuite('client mutations and reads', E2E_NOT_BUILT, isExternalTarget());
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

  // Google's emulator fails this in multiplexed mode: it ignores `multiplexed` on CreateSession.
  t.test('the client works in the mode of this block: only a session pool creates regular sessions', async () => {
    expect(await readSingers(database, { keys: [1] })).toEqual([]);
    const [sessions] = await database.getSessions();
    const regular = sessions.filter((s) => s.metadata?.multiplexed !== true);
    if (mode === 'regular') expect(regular.length).toBeGreaterThan(0);
    else expect(regular).toEqual([]);
  });

  t.test('insert writes whole rows; reading by keys answers them in key order, missing keys absent', async () => {
    const table = database.table('Singers');
    await table.insert([singer(103, 'Cy', 'Young', 3), singer(101, 'Ann', 'Lee'), singer(102, 'Bo', null, 0)]);
    expect(await readSingers(database, { keys: [103, 101, 199] })).toEqual([
      singer(101, 'Ann', 'Lee'),
      singer(103, 'Cy', 'Young', 3),
    ]);
    const error = await table.insert([singer(101, 'Again', 'Lee')]).catch((e: unknown) => e);
    expect(grpcCode(error)).toBe(ALREADY_EXISTS);
    expect((error as Error).message).toMatch(/Row .*101.* already exists/);
    expect(await readSingers(database, { keys: [101] })).toEqual([singer(101, 'Ann', 'Lee')]);
  });

  t.test('update changes only the columns it names; updating a missing row is NOT_FOUND', async () => {
    const table = database.table('Singers');
    await table.insert([singer(201, 'Dee', 'Dove', 1)]);
    await table.update([{ SingerId: 201, Plays: 2 }]);
    expect(await readSingers(database, { keys: [201] })).toEqual([singer(201, 'Dee', 'Dove', 2)]);
    const error = await table.update([{ SingerId: 299, Plays: 1 }]).catch((e: unknown) => e);
    expect(grpcCode(error)).toBe(NOT_FOUND);
    expect((error as Error).message).toMatch(/Row .*299.* not found/);
    expect(await readSingers(database, { keys: [299] })).toEqual([]);
  });

  t.test('upsert inserts a new row and updates an existing one, keeping the columns it omits', async () => {
    const table = database.table('Singers');
    await table.insert([singer(301, 'Eve', 'Ray', 5)]);
    await table.upsert([{ SingerId: 301, Plays: 6 }]);
    await table.upsert([{ SingerId: 302, FirstName: 'Fay' }]);
    expect(await readSingers(database, { keys: [301, 302] })).toEqual([
      singer(301, 'Eve', 'Ray', 6),
      singer(302, 'Fay', null),
    ]);
  });

  t.test('replace writes the whole row: the columns it omits become NULL', async () => {
    const table = database.table('Singers');
    await table.insert([singer(401, 'Gus', 'Hale', 7)]);
    await table.replace([{ SingerId: 401, FirstName: 'Gil' }]);
    await table.replace([{ SingerId: 402, LastName: 'New' }]);
    expect(await readSingers(database, { keys: [401, 402] })).toEqual([
      singer(401, 'Gil', null),
      singer(402, null, 'New'),
    ]);
  });

  t.test('deleteRows removes rows by key; deleting an absent key is no error', async () => {
    const table = database.table('Singers');
    await table.insert([singer(501, 'Hal', 'A'), singer(502, 'Ida', 'B'), singer(503, 'Jo', 'C')]);
    await table.deleteRows([501, 503, 599]);
    expect(await readSingers(database, { ranges: [{ startClosed: [500], endClosed: [599] }] })).toEqual([
      singer(502, 'Ida', 'B'),
    ]);
  });

  t.test('reads by key ranges: closed and open bounds, several ranges, in key order', async () => {
    const table = database.table('Singers');
    await table.insert([601, 602, 603, 604, 605, 606].map((id) => singer(id, `F${id}`, `L${id}`)));
    const ids = async (ranges: object[]) =>
      (await readSingers(database, { ranges }, ['SingerId'])).map((r) => r.SingerId);
    expect(await ids([{ startClosed: [602], endOpen: [605] }])).toEqual([602, 603, 604]);
    expect(await ids([{ startOpen: [602], endClosed: [605] }])).toEqual([603, 604, 605]);
    expect(
      await ids([
        { startClosed: [605], endClosed: [699] },
        { startClosed: [600], endOpen: [602] },
      ]),
    ).toEqual([601, 605, 606]);
    expect(await ids([{ startClosed: [604], endOpen: [604] }])).toEqual([]);
  });

  t.test('reads through a secondary index by index keys and ranges, with stored columns', async () => {
    const table = database.table('Singers');
    // Last names no other test writes, so the index range holds only these rows.
    await table.insert([singer(701, 'Kim', 'Ix-Z'), singer(702, 'Lou', 'Ix-Y'), singer(703, 'Max', 'Ix-Y')]);
    const byName = await readSingers(database, { keys: ['Ix-Y'] }, ['SingerId', 'FirstName'], 'SingersByLastName');
    expect(byName).toEqual([
      { SingerId: 702, FirstName: 'Lou' },
      { SingerId: 703, FirstName: 'Max' },
    ]);
    const range = await readSingers(
      database,
      { ranges: [{ startClosed: ['Ix-Y'], endClosed: ['Ix-Z'] }] },
      ['LastName', 'SingerId'],
      'SingersByLastName',
    );
    expect(range).toEqual([
      { LastName: 'Ix-Y', SingerId: 702 },
      { LastName: 'Ix-Y', SingerId: 703 },
      { LastName: 'Ix-Z', SingerId: 701 },
    ]);
  });

  t.test('queries see the committed mutations', async () => {
    const table = database.table('Singers');
    await table.insert([singer(801, 'Ned', 'Orr', 8), singer(802, 'Oz', 'Orr', 9)]);
    const [rows] = await database.run({
      sql: 'SELECT SingerId, Plays FROM Singers WHERE LastName = @last ORDER BY SingerId',
      params: { last: 'Orr' },
      json: true,
    });
    expect(rows).toEqual([
      { SingerId: 801, Plays: 8 },
      { SingerId: 802, Plays: 9 },
    ]);
  });

  t.finish();
});

suite.checkList();
