/**
 * The emulator the data-plane benchmark talks to: ours as a child process on a temporary data
 * directory (as a user runs it, data on disk), or, with E2E_EXTERNAL_GRPC/E2E_EXTERNAL_REST set,
 * an emulator already running (e.g. the official one), neither started nor stopped here.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { launchEmulator, waitForReady } from '../../test/support/emulator-process';
import { externalEndpoints } from '../../test/support/external-endpoints';

export interface BenchServer {
  grpcHost: string;
  /** What was measured, for the report. */
  label: string;
  stop(): Promise<void>;
}

export async function startBenchServer(): Promise<BenchServer> {
  const external = externalEndpoints();
  if (external !== undefined) {
    return { grpcHost: external.grpcHost, label: `external emulator at ${external.grpcHost}`, stop: async () => {} };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-emulator-'));
  const started = launchEmulator(['--data-dir', dataDir, '--grpc-port', '0', '--rest-port', '0']);
  const stop = async () => {
    started.child.kill('SIGTERM');
    await started.exit;
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const { grpcPort } = await waitForReady(started);
    return { grpcHost: `localhost:${grpcPort}`, label: 'our emulator (child process, data on disk)', stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
