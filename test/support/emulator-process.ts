/**
 * The emulator as a user runs it: a child process started from src/main.ts (through tsx), its
 * output collected, its readiness line parsed for the ports it picked; for tests of what only a
 * process shows (the readiness line, signals, exit codes, startup failures, crashes, its output
 * pipes). Run as root (as tests are here), a child can be started as an unprivileged user instead,
 * so file permissions apply to it. Whoever launches one must stop it (killAll for an afterAll).
 * Nothing here asserts.
 */
import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const READY = /Cloud Spanner emulator running\.\s+gRPC: \S+:(\d+)\s+REST: http:\/\/\S+:(\d+)/;

export interface EmulatorProcess {
  readonly child: ChildProcess;
  /** stdout and stderr so far, interleaved. */
  output(): string;
  /** stderr so far. */
  errors(): string;
  /** The exit code, once every byte the child wrote has been read. */
  readonly exit: Promise<number | null>;
}

export interface LaunchOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** Run as the unprivileged user `nobody` (needs root; see canRunUnprivileged). */
  readonly unprivileged?: boolean;
  /** Modules (paths relative to the project) loaded before main.ts, e.g. test/support/crash-point.ts. */
  readonly preload?: readonly string[];
}

/** The uid and gid of `nobody`, which every Linux system has. */
export const UNPRIVILEGED_UID = 65534;

const launched: ChildProcess[] = [];

/** True when this process can start children as another user. */
export function canRunUnprivileged(): boolean {
  return process.getuid?.() === 0;
}

export function launchEmulator(args: readonly string[], options: LaunchOptions = {}): EmulatorProcess {
  const user = options.unprivileged ? { uid: UNPRIVILEGED_UID, gid: UNPRIVILEGED_UID } : {};
  const preload = (options.preload ?? []).flatMap((module) => ['--import', `./${module}`]);
  const child = spawn(process.execPath, ['--import', 'tsx', ...preload, 'src/main.ts', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, EMULATOR_LOG_LEVEL: 'info', ...options.env },
    ...user,
  });
  launched.push(child);
  let text = '';
  let errors = '';
  child.stdout.on('data', (d) => (text += d));
  child.stderr.on('data', (d) => {
    text += d;
    errors += d;
  });
  // 'close', not 'exit': by then every byte the child wrote has been read.
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, output: () => text, errors: () => errors, exit };
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
