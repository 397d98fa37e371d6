/**
 * A minimal leveled logger. Info and debug go to stdout, warnings and errors to stderr, one line
 * each, so container logs and test harnesses can read them. No files, no rotation.
 *
 * Logging never takes the server down: when a stream fails (EPIPE once `| head` has exited, a
 * closed terminal), that stream is switched off for good and later lines to it are dropped. An
 * unhandled write error would otherwise reach the uncaught-exception handler, whose own log line
 * fails again, and the process spins on it.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export const LOG_LEVELS = Object.keys(RANK) as LogLevel[];

export function isLogLevel(value: string): value is LogLevel {
  return value in RANK;
}

/** Streams that failed once; shared by every Logger, since they share the process's streams. */
const failedStreams = new WeakSet<NodeJS.WritableStream>();
const guardedStreams = new WeakSet<NodeJS.WritableStream>();

function markFailed(stream: NodeJS.WritableStream): void {
  failedStreams.add(stream);
}

/**
 * Writes text to a process stream unless it has failed. The error listener is attached once per
 * stream; it both records the failure and keeps the error from being unhandled.
 */
function writeToStream(stream: NodeJS.WritableStream, text: string): void {
  if (failedStreams.has(stream)) return;
  if (!guardedStreams.has(stream)) {
    guardedStreams.add(stream);
    stream.on('error', () => markFailed(stream));
  }
  try {
    stream.write(text);
  } catch {
    // A synchronous failure (a stream already destroyed) means the same as an error event.
    markFailed(stream);
  }
}

export class Logger {
  constructor(private readonly level: LogLevel = 'info') {}

  enabled(level: LogLevel): boolean {
    return RANK[level] >= RANK[this.level];
  }

  debug(message: string): void {
    this.write('debug', message);
  }

  info(message: string): void {
    this.write('info', message);
  }

  warn(message: string): void {
    this.write('warn', message);
  }

  error(message: string, cause?: unknown): void {
    const detail =
      cause instanceof Error ? `\n${cause.stack ?? cause.message}` : cause === undefined ? '' : ` ${String(cause)}`;
    this.write('error', message + detail);
  }

  /** Lines that must always appear (the readiness banner), whatever the level. */
  banner(message: string): void {
    writeToStream(process.stdout, `${message}\n`);
  }

  private write(level: Exclude<LogLevel, 'silent'>, message: string): void {
    if (!this.enabled(level)) return;
    const line = `${new Date().toISOString()} ${level.toUpperCase()} ${message}\n`;
    writeToStream(RANK[level] >= RANK.warn ? process.stderr : process.stdout, line);
  }
}
