/**
 * The emulator as a user runs it: a real process started from src/main.ts. Covers the readiness
 * line with the ports it picked, answering on both ports, graceful shutdown on SIGTERM and SIGINT,
 * the data-directory lock, and flag errors.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { killAll, launchEmulator as launch, waitForReady } from '../support/emulator-process';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-lifecycle-'));
afterAll(() => {
  // A failed assertion must not leave an emulator running (it would also keep jest alive).
  killAll();
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
