/**
 * Sessions live in the data directory: after our emulator is stopped and a new one started on the
 * same directory (and ports), a session created before, through REST or the official client in
 * either session mode, still works under the same name, with the data written before. A
 * transaction open at the restart is gone, as Spanner would have it (ABORTED or NOT_FOUND).
 *
 * Only against our emulator: a test cannot restart an external one, and Google's emulator keeps
 * nothing across a restart (its sessions answer "Session not found" afterwards). Skipped under
 * E2E_EXTERNAL_GRPC/E2E_EXTERNAL_REST.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Database } from '@google-cloud/spanner';
import { Emulator } from '../../src/emulator';
import { startEmulator } from '../support/emulator';
import { isExternalTarget, targetOf } from '../support/e2e-target';
import { uniqueId } from '../support/unique-id';
import { GatedSuite } from '../support/not-built-tests';
import { Json, RestClient } from '../support/rest-client';
import {
  ClientDatabase,
  ensureInstance,
  grpcCode,
  newClient,
  clientDatabase,
  SESSION_MODES,
} from '../support/spanner-client';
import { E2E_NOT_BUILT } from './e2e-not-built';

const SCHEMA = ['CREATE TABLE Notes (Id INT64 NOT NULL, Text STRING(MAX)) PRIMARY KEY (Id)'];
const ABORTED = 10;
const NOT_FOUND = 5;

const suite = new GatedSuite('restart with a session kept', E2E_NOT_BUILT, false);
const describeOurs = isExternalTarget() ? describe.skip : describe;

let dataDir: string;
let emulator: Emulator;

/** Stops the emulator and starts a new one on the same data directory and the same ports. */
async function restart(): Promise<void> {
  const { grpcPort, restPort } = emulator;
  await emulator.stop();
  emulator = await startEmulator({ dataDir, grpcPort, restPort });
}

const note = (id: number, text: string) => ({
  insertOrUpdate: { table: 'Notes', columns: ['Id', 'Text'], values: [[String(id), text]] },
});

async function readNotes(rest: RestClient, session: string): Promise<Json[][]> {
  const result = await rest.ok('POST', `${session}:read`, {
    table: 'Notes',
    columns: ['Id', 'Text'],
    keySet: { all: true },
  });
  return result.rows ?? [];
}

async function clientNotes(database: Database): Promise<unknown[]> {
  // No keys and no ranges: the client reads the whole table.
  const [rows] = await database.table('Notes').read({ columns: ['Id', 'Text'], json: true });
  return rows;
}

describeOurs('our emulator, stopped and started again on its data directory', () => {
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-restart-'));
    emulator = await startEmulator({ dataDir });
  });

  afterAll(async () => {
    await emulator?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const t = suite.scope();

  t.test(
    'REST: regular and multiplexed sessions keep working under their names; an open transaction is gone',
    async () => {
      const rest = new RestClient(targetOf(emulator).restUrl);
      await rest.ensureInstance();
      const database = await rest.createDatabase(uniqueId('e2e-restart'), SCHEMA);
      const regular = (await rest.ok('POST', `${database}/sessions`, {})).name as string;
      const multiplexed = (await rest.ok('POST', `${database}/sessions`, { session: { multiplexed: true } }))
        .name as string;
      const begun = await rest.ok('POST', `${regular}:beginTransaction`, { options: { readWrite: {} } });
      await rest.ok('POST', `${regular}:commit`, { transactionId: begun.id, mutations: [note(1, 'before')] });
      const open = await rest.ok('POST', `${regular}:beginTransaction`, { options: { readWrite: {} } });

      await restart();

      expect((await rest.ok('GET', regular)).name).toBe(regular);
      expect((await rest.ok('GET', multiplexed)).multiplexed).toBe(true);
      const late = await rest.call('POST', `${regular}:commit`, {
        transactionId: open.id,
        mutations: [note(2, 'lost')],
      });
      expect(['ABORTED', 'NOT_FOUND']).toContain(late.error?.code);
      expect(await readNotes(rest, regular)).toEqual([['1', 'before']]);
      expect(await readNotes(rest, multiplexed)).toEqual([['1', 'before']]);
      const again = await rest.ok('POST', `${regular}:beginTransaction`, { options: { readWrite: {} } });
      await rest.ok('POST', `${regular}:commit`, { transactionId: again.id, mutations: [note(3, 'after')] });
      expect(await readNotes(rest, multiplexed)).toEqual([
        ['1', 'before'],
        ['3', 'after'],
      ]);
    },
  );

  for (const mode of SESSION_MODES) {
    t.test(`client, ${mode} sessions: its sessions survive, reads and transactions go on`, async () => {
      const spanner = newClient(targetOf(emulator), mode);
      const instance = await ensureInstance(spanner);
      const databaseId = uniqueId(`e2e-rs-${mode.slice(0, 3)}`);
      const [, operation] = await instance.createDatabase(databaseId, { schema: SCHEMA });
      await operation.promise();
      const client: ClientDatabase = clientDatabase(spanner, instance, databaseId);
      try {
        const { database } = client;
        const [explicit] = await database.createSession({});
        await database.table('Notes').insert([{ Id: 1, Text: 'before' }]);
        const [before] = await database.getSessions();
        const [open] = await database.getTransaction();
        await open.read('Notes', { keys: ['1'], columns: ['Id'] });

        await restart();

        await explicit.getMetadata(); // GetSession: NOT_FOUND if the restart lost it
        expect(explicit.metadata?.name).toBe(explicit.formattedName_);
        const snapshot = explicit.snapshot();
        const [seen] = await snapshot.read('Notes', { keys: ['1'], columns: ['Id', 'Text'], json: true });
        snapshot.end();
        expect(seen).toEqual([{ Id: 1, Text: 'before' }]);
        open.upsert('Notes', { Id: 2, Text: 'lost' });
        expect([ABORTED, NOT_FOUND]).toContain(grpcCode(await open.commit().catch((e: unknown) => e)));
        open.end();
        await database.runTransactionAsync(async (transaction) => {
          transaction.insert('Notes', { Id: 3, Text: 'after' });
          await transaction.commit();
        });
        expect(await clientNotes(database)).toEqual([
          { Id: 1, Text: 'before' },
          { Id: 3, Text: 'after' },
        ]);
        const [after] = await database.getSessions();
        const names = new Set(after.map((s) => s.formattedName_));
        expect(before.filter((s) => !names.has(s.formattedName_))).toEqual([]);
      } finally {
        await client.close();
      }
    });
  }

  t.finish();
});

suite.checkList();
