/**
 * A minimal leveled logger. Info and debug go to stdout, warnings and errors to stderr, one line
 * each, so container logs and test harnesses can read them. No files, no rotation.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export const LOG_LEVELS = Object.keys(RANK) as LogLevel[];

export function isLogLevel(value: string): value is LogLevel {
  return value in RANK;
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
    process.stdout.write(`${message}\n`);
  }

  private write(level: Exclude<LogLevel, 'silent'>, message: string): void {
    if (!this.enabled(level)) return;
    const line = `${new Date().toISOString()} ${level.toUpperCase()} ${message}\n`;
    (RANK[level] >= RANK.warn ? process.stderr : process.stdout).write(line);
  }
}
