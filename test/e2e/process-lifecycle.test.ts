/**
 * The emulator as a user runs it: a real process started from src/main.ts. Covers the readiness
 * line with the ports it picked, answering on both ports, graceful shutdown on SIGTERM and SIGINT,
 * the data-directory lock, and flag errors.
 */
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PROJECT_ROOT } from '../support/conformance';

interface Started {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
}

const launched: ChildProcess[] = [];

function launch(args: string[]): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, EMULATOR_LOG_LEVEL: 'info' },
  });
  launched.push(child);
  let text = '';
  child.stdout.on('data', (d) => (text += d));
  child.stderr.on('data', (d) => (text += d));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => text, exit };
}

async function waitForReady(started: Started): Promise<{ grpcPort: number; restPort: number }> {
  for (let i = 0; i < 300; i++) {
    const m = /Cloud Spanner emulator running\.\s+gRPC: \S+:(\d+)\s+REST: http:\/\/\S+:(\d+)/.exec(started.output());
    if (m) return { grpcPort: Number(m[1]), restPort: Number(m[2]) };
    if (started.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`emulator did not start:\n${started.output()}`);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-lifecycle-'));
afterAll(() => {
  // A failed assertion must not leave an emulator running (it would also keep jest alive).
  for (const child of launched) if (child.exitCode === null) child.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('starts on free ports, answers REST, refuses a second process on its data directory, stops on SIGTERM', async () => {
  const first = launch(['--data-dir', dataDir, '--grpc-port', '0', '--rest-port', '0']);
  const { restPort, grpcPort } = await waitForReady(first);
  expect(grpcPort).toBeGreaterThan(0);
  expect(fs.existsSync(path.join(dataDir, 'metadata.sqlite'))).toBe(true);

  const res = await fetch(`http://localhost:${restPort}/v1/projects/p/instances/i/databases/d/sessions/s`);
  expect(res.headers.get('content-type')).toContain('application/json');
  expect(((await res.json()) as { error: { status: string } }).error.status).toBeDefined();

  const second = launch(['--data-dir', dataDir, '--grpc-port', '0', '--rest-port', '0']);
  expect(await second.exit).toBe(1);
  expect(second.output()).toContain(`Data directory ${dataDir} is in use by another emulator process`);

  first.child.kill('SIGTERM');
  expect(await first.exit).toBe(0);

  const third = launch(['--data-dir', dataDir, '--grpc-port', '0', '--rest-port', '0']);
  await waitForReady(third);
  third.child.kill('SIGINT');
  expect(await third.exit).toBe(0);
}, 60000);

test('--help prints the flags and exits 0', async () => {
  const run = launch(['--help']);
  expect(await run.exit).toBe(0);
  for (const flag of [
    '--host',
    '--grpc-port',
    '--rest-port',
    '--data-dir',
    '--in-memory',
    '--log-requests',
    '--log-level',
  ]) {
    expect(run.output()).toContain(flag);
  }
});

test('a bad flag exits 2 with a message', async () => {
  const run = launch(['--grpc-port', 'abc']);
  expect(await run.exit).toBe(2);
  expect(run.output()).toContain('--grpc-port must be a port number');
});
