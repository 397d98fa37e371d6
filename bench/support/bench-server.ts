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
  /** CPU time the server process has used so far, in ms (Linux /proc); undefined when unknown. */
  cpuMs(): number | undefined;
  stop(): Promise<void>;
}

/** user + system time of a process from /proc/<pid>/stat, in ms (clock ticks of 10 ms). */
function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

export async function startBenchServer(): Promise<BenchServer> {
  const external = externalEndpoints();
  if (external !== undefined) {
    return {
      grpcHost: external.grpcHost,
      label: `external emulator at ${external.grpcHost}`,
      cpuMs: () => undefined,
      stop: async () => {},
    };
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
    return {
      grpcHost: `localhost:${grpcPort}`,
      label: 'our emulator (child process, data on disk)',
      cpuMs: () => processCpuMs(started.child.pid),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
