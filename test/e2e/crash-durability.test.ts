/**
 * A commit is acknowledged only once it is durable and whole. Our emulator runs as a child process
 * on a temporary data directory; several writers stream commits over REST, each commit writing two
 * rows that carry its number; the process is killed with SIGKILL in the middle of the stream and
 * started again on the same directory. Then every acknowledged commit has both of its rows, and no
 * commit (acknowledged or cut off by the kill) has only one.
 *
 * Only against our emulator: Google's keeps nothing across a restart. Skipped under
 * E2E_EXTERNAL_GRPC/E2E_EXTERNAL_REST.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isExternalTarget } from '../support/e2e-target';
import { uniqueId } from '../support/unique-id';
import { EmulatorProcess, killAll, launchEmulator, waitForReady } from '../support/emulator-process';
import { GatedSuite } from '../support/not-built-tests';
import { RestClient } from '../support/rest-client';
import { E2E_NOT_BUILT } from './e2e-not-built';

const SCHEMA = [
  'CREATE TABLE Pairs (CommitNo INT64 NOT NULL, Half STRING(1) NOT NULL, Payload STRING(MAX)) PRIMARY KEY (CommitNo, Half)',
];
const WRITERS = 4;
/** Acknowledged commits before the kill; the other writers still have commits in flight then. */
const KILL_AFTER_ACKS = 150;
const PAYLOAD = 'x'.repeat(200);

const suite = new GatedSuite('kill -9 during commits', E2E_NOT_BUILT, false);
const describeOurs = isExternalTarget() ? describe.skip : describe;

interface Stream {
  acknowledged: Set<number>;
  attempted: Set<number>;
  /** Error answers (not transport failures): any one fails the test. */
  refusals: string[];
}

async function launch(dataDir: string): Promise<{ process: EmulatorProcess; rest: RestClient }> {
  const started = launchEmulator(['--data-dir', dataDir, '--grpc-port', '0', '--rest-port', '0']);
  const { restPort } = await waitForReady(started);
  return { process: started, rest: new RestClient(`http://localhost:${restPort}`) };
}

function pair(commitNo: number): unknown {
  const values = ['a', 'b'].map((half) => [String(commitNo), half, PAYLOAD]);
  return { insert: { table: 'Pairs', columns: ['CommitNo', 'Half', 'Payload'], values } };
}

/**
 * One writer: BeginTransaction + Commit of a new pair each turn, until the server stops answering
 * (the kill) or refuses (recorded). `onAck` runs after each acknowledged commit.
 */
async function writer(rest: RestClient, session: string, next: () => number, stream: Stream, onAck: () => void) {
  for (;;) {
    const commitNo = next();
    try {
      const begun = await rest.call('POST', `${session}:beginTransaction`, { options: { readWrite: {} } });
      if (begun.error !== undefined) {
        stream.refusals.push(`begin: ${begun.error.code}: ${begun.error.message}`);
        return;
      }
      stream.attempted.add(commitNo);
      const committed = await rest.call('POST', `${session}:commit`, {
        transactionId: begun.body.id,
        mutations: [pair(commitNo)],
      });
      if (committed.error !== undefined) {
        stream.refusals.push(`commit ${commitNo}: ${committed.error.code}: ${committed.error.message}`);
        return;
      }
    } catch {
      return; // connection refused or reset: the process is gone
    }
    stream.acknowledged.add(commitNo);
    onAck();
  }
}

describeOurs('our emulator as a process, killed with SIGKILL during a stream of two-row commits', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-crash-'));
  });

  afterAll(() => {
    killAll();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const t = suite.scope();

  t.test(
    'after a restart every acknowledged commit has both rows, and no commit has only one',
    async () => {
      const first = await launch(dataDir);
      await first.rest.ensureInstance();
      const database = await first.rest.createDatabase(uniqueId('e2e-crash'), SCHEMA);
      const sessions = await Promise.all(
        Array.from({ length: WRITERS }, async () => (await first.rest.ok('POST', `${database}/sessions`, {})).name),
      );
      const stream: Stream = { acknowledged: new Set(), attempted: new Set(), refusals: [] };
      let counter = 0;
      const kill = () => {
        if (stream.acknowledged.size >= KILL_AFTER_ACKS) first.process.child.kill('SIGKILL');
      };
      await Promise.all(sessions.map((session) => writer(first.rest, session, () => ++counter, stream, kill)));
      first.process.child.kill('SIGKILL'); // also when the writers stopped on a refusal
      await first.process.exit;
      expect(stream.refusals).toEqual([]);
      expect(stream.acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);

      const second = await launch(dataDir);
      const session = (await second.rest.ok('POST', `${database}/sessions`, {})).name;
      const result = await second.rest.ok('POST', `${session}:read`, {
        table: 'Pairs',
        columns: ['CommitNo', 'Half'],
        keySet: { all: true },
      });
      const halves = new Map<number, string[]>();
      for (const [commitNo, half] of result.rows ?? []) {
        halves.set(Number(commitNo), [...(halves.get(Number(commitNo)) ?? []), half]);
      }
      const lost = [...stream.acknowledged].filter((n) => halves.get(n)?.join() !== 'a,b');
      const torn = [...halves].filter(([, h]) => h.join() !== 'a,b').map(([n]) => n);
      const unknown = [...halves.keys()].filter((n) => !stream.attempted.has(n));
      expect({ lost, torn, unknown }).toEqual({ lost: [], torn: [], unknown: [] });
      second.process.child.kill('SIGTERM');
      expect(await second.process.exit).toBe(0);
    },
    180_000,
  );

  t.finish();
});

suite.checkList();
