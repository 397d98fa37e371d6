/**
 * The emulator as a user runs it: a real child process started from src/main.ts, its output
 * collected, and the ports read from its readiness lines. Children still running when a test file
 * ends are killed by killLaunched, so a failed assertion never leaves one behind.
 */
import { ChildProcess, spawn } from 'child_process';
import { PROJECT_ROOT } from './conformance';

export interface LaunchedEmulator {
  readonly child: ChildProcess;
  /** Everything written to stdout and stderr so far, while they are being read. */
  output(): string;
  readonly exit: Promise<number | null>;
}

const launched: ChildProcess[] = [];

export function launchEmulator(args: string[], env: NodeJS.ProcessEnv = {}): LaunchedEmulator {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, EMULATOR_LOG_LEVEL: 'info', ...env },
  });
  launched.push(child);
  let text = '';
  child.stdout.on('data', (d) => (text += d));
  child.stderr.on('data', (d) => (text += d));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => text, exit };
}

export async function waitForReady(started: LaunchedEmulator): Promise<{ grpcPort: number; restPort: number }> {
  for (let i = 0; i < 300; i++) {
    const m = /Cloud Spanner emulator running\.\s+gRPC: \S+:(\d+)\s+REST: http:\/\/\S+:(\d+)/.exec(started.output());
    if (m) return { grpcPort: Number(m[1]), restPort: Number(m[2]) };
    if (started.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`emulator did not start:\n${started.output()}`);
}

export function killLaunched(): void {
  for (const child of launched) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
