/**
 * The emulator as a user runs it: a child process started from src/main.ts (through tsx), its
 * output collected, its readiness line parsed for the ports it picked. Whoever launches one must
 * stop it (killAll for an afterAll). Nothing here asserts.
 */
import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const READY = /Cloud Spanner emulator running\.\s+gRPC: \S+:(\d+)\s+REST: http:\/\/\S+:(\d+)/;

export interface EmulatorProcess {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
}

const launched: ChildProcess[] = [];

export function launchEmulator(args: string[], env: NodeJS.ProcessEnv = {}): EmulatorProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, EMULATOR_LOG_LEVEL: 'info', ...env },
  });
  launched.push(child);
  let text = '';
  child.stdout?.on('data', (d) => (text += d));
  child.stderr?.on('data', (d) => (text += d));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => text, exit };
}

/** Waits for the readiness line (up to `timeoutMs`) and answers the ports it names. */
export async function waitForReady(
  started: EmulatorProcess,
  timeoutMs = 60_000,
): Promise<{ grpcPort: number; restPort: number }> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const m = READY.exec(started.output());
    if (m) return { grpcPort: Number(m[1]), restPort: Number(m[2]) };
    if (started.child.exitCode !== null || started.child.signalCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`emulator did not start:\n${started.output()}`);
}

/** Kills every emulator process launched here that is still running (for afterAll). */
export function killAll(): void {
  for (const child of launched) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
