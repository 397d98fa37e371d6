/**
 * Startup failures of a real emulator process: each is one line on stderr naming the port, path or
 * variable and what to do, with no stack trace, and a non-zero exit. Unwritable directories are
 * provoked by running the child as an unprivileged user, since permissions do not stop root.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import {
  canRunUnprivileged,
  EmulatorProcess,
  killAll,
  launchEmulator,
  waitForReady,
} from '../support/emulator-process';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'startup-failures-'));
fs.chmodSync(root, 0o755); // traversable by the unprivileged child

afterAll(() => {
  killAll();
  fs.rmSync(root, { recursive: true, force: true });
});

/** The child's stderr when it is exactly one line without a stack trace. */
async function oneLineFailure(run: EmulatorProcess, exitCode = 1): Promise<string> {
  expect(await run.exit).toBe(exitCode);
  const lines = run.errors().trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(run.errors()).not.toMatch(/^\s+at /m);
  return lines[0];
}

/** Holds a port on localhost for the duration of `body`. */
async function withPortInUse(body: (port: number) => Promise<void>): Promise<void> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  try {
    await body((server.address() as net.AddressInfo).port);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

test('a gRPC port in use is one line naming the port, its flag and its variable', async () => {
  await withPortInUse(async (port) => {
    const run = launchEmulator(['--in-memory', '--grpc-port', String(port), '--rest-port', '0']);
    expect(await oneLineFailure(run)).toBe(
      `The gRPC port ${port} is already in use on localhost: stop the process using it, ` +
        'or choose another port with --grpc-port or EMULATOR_GRPC_PORT (0 picks a free one).',
    );
  });
});

test('a REST port in use is one line naming the port, its flag and its variable', async () => {
  await withPortInUse(async (port) => {
    const run = launchEmulator(['--in-memory', '--grpc-port', '0'], { env: { EMULATOR_REST_PORT: String(port) } });
    expect(await oneLineFailure(run)).toMatch(
      new RegExp(`^The REST port ${port} is already in use on localhost: .*--rest-port or EMULATOR_REST_PORT`),
    );
  });
});

test('a bad port in the environment names the variable', async () => {
  const run = launchEmulator(['--in-memory'], { env: { EMULATOR_GRPC_PORT: 'abc' } });
  expect(await run.exit).toBe(2);
  expect(run.errors()).toMatch(/^EMULATOR_GRPC_PORT must be a port number from 0 to 65535, got "abc"\n/);
  expect(run.errors()).not.toContain('--grpc-port must');
});

test('a data directory path under a file is one line naming it', async () => {
  const file = path.join(root, 'a-file');
  fs.writeFileSync(file, '');
  const dataDir = path.join(file, 'data');
  const run = launchEmulator(['--data-dir', dataDir, '--grpc-port', '0', '--rest-port', '0']);
  expect(await oneLineFailure(run)).toBe(
    `The data directory ${dataDir} is not a directory (ENOTDIR): choose another with --data-dir or EMULATOR_DATA_DIR.`,
  );
});

const unprivileged = canRunUnprivileged() ? test : test.skip;

unprivileged('a data directory the process may not write is one line naming it', async () => {
  const dataDir = path.join(root, 'read-only');
  fs.mkdirSync(dataDir, { mode: 0o755 }); // owned by root: read-only to the child
  const run = launchEmulator(['--data-dir', dataDir, '--grpc-port', '0', '--rest-port', '0'], { unprivileged: true });
  expect(await oneLineFailure(run)).toBe(
    `The data directory ${dataDir} is not writable by this process (EACCES): make it readable and writable, ` +
      'or choose another with --data-dir or EMULATOR_DATA_DIR.',
  );
  expect(fs.readdirSync(dataDir)).toEqual([]);
});

unprivileged('a data directory the process may not create is one line naming it', async () => {
  const parent = path.join(root, 'locked-parent');
  fs.mkdirSync(parent, { mode: 0o755 });
  const dataDir = path.join(parent, 'data');
  const run = launchEmulator(['--data-dir', dataDir, '--grpc-port', '0', '--rest-port', '0'], { unprivileged: true });
  expect(await oneLineFailure(run)).toBe(
    `The data directory ${dataDir} cannot be created (EACCES): create it or make its parent directory writable, ` +
      'or choose another with --data-dir or EMULATOR_DATA_DIR.',
  );
});

test('a damaged metadata file is one line naming it; the file is left as it is', async () => {
  const dataDir = path.join(root, 'damaged-metadata');
  const first = launchEmulator(['--data-dir', dataDir, '--grpc-port', '0', '--rest-port', '0']);
  await waitForReady(first);
  first.child.kill('SIGTERM');
  expect(await first.exit).toBe(0);
  const metadata = path.join(dataDir, 'metadata.sqlite');
  const fd = fs.openSync(metadata, 'r+');
  fs.writeSync(fd, crypto.randomBytes(4096), 0, 4096, 4096);
  fs.closeSync(fd);
  const before = fs.readFileSync(metadata);
  const run = launchEmulator(['--data-dir', dataDir, '--grpc-port', '0', '--rest-port', '0']);
  expect(await oneLineFailure(run)).toMatch(
    new RegExp(`^The metadata file ${metadata} is damaged: .+\\. It was left as it is: restore it from a backup`),
  );
  expect(fs.readFileSync(metadata).equals(before)).toBe(true);
}, 60000);
