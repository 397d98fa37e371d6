/**
 * The emulator as a user runs it: a real child process started from src/main.ts, for tests of what
 * only a process shows (the readiness line, signals, exit codes, startup failures, its output
 * pipes), its output collected and the ports read from its readiness lines. Run as root (as tests
 * are here), a child can be started as an unprivileged user instead, so file permissions apply to
 * it. Children still running when a test file ends are killed by killLaunched, so a failed
 * assertion never leaves one behind.
 */
import { ChildProcess, spawn } from 'child_process';
import { PROJECT_ROOT } from './conformance';

export interface LaunchedEmulator {
  readonly child: ChildProcess;
  /** stdout and stderr so far, interleaved. */
  output(): string;
  /** stderr so far. */
  errors(): string;
  readonly exit: Promise<number | null>;
}

export interface LaunchOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** Run as the unprivileged user `nobody` (needs root; see UNPRIVILEGED_UID). */
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

export function launchEmulator(args: readonly string[], options: LaunchOptions = {}): LaunchedEmulator {
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

export async function waitForReady(started: LaunchedEmulator): Promise<{ grpcPort: number; restPort: number }> {
  for (let i = 0; i < 300; i++) {
    const m = /Cloud Spanner emulator running\.\s+gRPC: \S+:(\d+)\s+REST: http:\/\/\S+:(\d+)/.exec(started.output());
    if (m) return { grpcPort: Number(m[1]), restPort: Number(m[2]) };
    if (started.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`emulator did not start:\n${started.output()}`);
}

/** Kills every child still running: a failed assertion must not leave one behind (or jest alive). */
export function killLaunched(): void {
  for (const child of launched) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
