/**
 * Command-line flags and their environment equivalents. Flags win over the environment, the
 * environment over defaults. Invalid values are reported as OptionsError; nothing here starts
 * anything.
 */
import * as os from 'os';
import * as path from 'path';
import { parseArgs } from 'util';
import { Micros, parseDurationMicros } from './common/clock';
import { isLogLevel, LOG_LEVELS, LogLevel } from './common/logger';

export interface EmulatorOptions {
  host: string;
  grpcPort: number;
  restPort: number;
  /** Undefined means in-memory storage. */
  dataDir: string | undefined;
  logRequests: boolean;
  logLevel: LogLevel;
  /** Milliseconds between background garbage collection passes; 0 turns them off. */
  gcIntervalMs: number;
  /** How long done long-running operations are kept. */
  operationRetentionMicros: Micros;
  /** How long a regular session may stay idle before it ends. */
  sessionIdleTimeoutMicros: Micros;
  /** A read-write transaction idle longer than this is aborted and its locks released. */
  transactionIdleTimeoutMicros: Micros;
  /** How long a multiplexed session may stay idle before it ends. */
  multiplexedSessionIdleTimeoutMicros: Micros;
}

export class OptionsError extends Error {}

/** A value as given (undefined when absent) and the flag or environment variable that gave it. */
interface Setting {
  readonly value: string | undefined;
  readonly name: string;
}

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'spanner-emulator');
}

export const HELP_TEXT = `Usage: spanner-emulator [options]

A Cloud Spanner emulator: the gRPC API and its REST/JSON gateway, with data kept on disk.

Options (environment variable in brackets):
  --host <host>          address to listen on [EMULATOR_HOST] (default: localhost)
  --grpc-port <port>     gRPC port, 0 picks a free one [EMULATOR_GRPC_PORT] (default: 9010)
  --rest-port <port>     REST port, 0 picks a free one [EMULATOR_REST_PORT] (default: 9020)
  --data-dir <dir>       where data is kept [EMULATOR_DATA_DIR]
                         (default: $XDG_DATA_HOME/spanner-emulator or ~/.local/share/spanner-emulator)
  --in-memory            keep nothing on disk [EMULATOR_IN_MEMORY=true]
  --log-requests         log every RPC with its status and duration [EMULATOR_LOG_REQUESTS=true]
  --log-level <level>    ${LOG_LEVELS.join(', ')} [EMULATOR_LOG_LEVEL] (default: info)
  --gc-interval <dur>    how often old row versions and operations are collected, e.g. 30s, 5m;
                         0s turns it off [EMULATOR_GC_INTERVAL] (default: 1m)
  --operation-retention <dur>
                         how long done operations are kept, e.g. 12h, 7d
                         [EMULATOR_OPERATION_RETENTION] (default: 7d, as Spanner)
  --session-idle-timeout <dur>
                         how long a session may stay unused before it ends
                         [EMULATOR_SESSION_IDLE_TIMEOUT] (default: 1h, as Spanner)
  --multiplexed-session-idle-timeout <dur>
                         the same for multiplexed sessions
                         [EMULATOR_MULTIPLEXED_SESSION_IDLE_TIMEOUT] (default: 28d, as Spanner)
  --transaction-idle-timeout <dur>
                         a read-write transaction idle this long is aborted and its locks
                         released [EMULATOR_TRANSACTION_IDLE_TIMEOUT] (default: 10s, as Spanner)
  -h, --help             show this help

Point clients at it with SPANNER_EMULATOR_HOST=localhost:9010 (gRPC) or http://localhost:9020 (REST).
`;

function parsePort(value: string, name: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535)
    throw new OptionsError(`${name} must be a port number from 0 to 65535, got "${value}"`);
  return port;
}

/** A duration such as 30s, 5m, 12h or 7d, in microseconds. */
function parseDuration(value: string, name: string, allowZero: boolean): Micros {
  const micros = parseDurationMicros(value);
  if (micros === null || (micros === 0 && !allowZero)) {
    const unit = allowZero ? 'a duration such as 0s, 30s, 5m or 1h' : 'a positive duration such as 12h or 7d';
    throw new OptionsError(`${name} must be ${unit}, got "${value}"`);
  }
  return micros;
}

/** Garbage collection every minute by default; done operations kept 7 days, as Spanner lists them. */
type CollectionOptions = Pick<EmulatorOptions, 'gcIntervalMs' | 'operationRetentionMicros'>;

function collectionOptions(interval: Setting, retention: Setting): CollectionOptions {
  return {
    gcIntervalMs: parseDuration(interval.value ?? '1m', interval.name, true) / 1000,
    operationRetentionMicros: parseDuration(retention.value ?? '7d', retention.name, false),
  };
}

/** Sessions end after Spanner's idle times by default: 1 hour, 28 days when multiplexed. */
type SessionOptions = Pick<
  EmulatorOptions,
  'sessionIdleTimeoutMicros' | 'multiplexedSessionIdleTimeoutMicros' | 'transactionIdleTimeoutMicros'
>;

function sessionOptions(idle = '1h', multiplexedIdle = '28d', transactionIdle = '10s'): SessionOptions {
  return {
    sessionIdleTimeoutMicros: parseDuration(idle, '--session-idle-timeout', false),
    multiplexedSessionIdleTimeoutMicros: parseDuration(multiplexedIdle, '--multiplexed-session-idle-timeout', false),
    transactionIdleTimeoutMicros: parseDuration(transactionIdle, '--transaction-idle-timeout', false),
  };
}

function parseBool(value: string | undefined, name: string): boolean {
  if (value === undefined || value === '') return false;
  if (/^(1|true|yes)$/i.test(value)) return true;
  if (/^(0|false|no)$/i.test(value)) return false;
  throw new OptionsError(`${name} must be true or false, got "${value}"`);
}

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): EmulatorOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        host: { type: 'string' },
        'grpc-port': { type: 'string' },
        'rest-port': { type: 'string' },
        'data-dir': { type: 'string' },
        'in-memory': { type: 'boolean' },
        'log-requests': { type: 'boolean' },
        'log-level': { type: 'string' },
        'gc-interval': { type: 'string' },
        'operation-retention': { type: 'string' },
        'session-idle-timeout': { type: 'string' },
        'multiplexed-session-idle-timeout': { type: 'string' },
        'transaction-idle-timeout': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    throw new OptionsError((e as Error).message);
  }
  if (parsed.help) return 'help';
  // Each value is reported under the name it was given by: the flag, else the environment variable.
  const setting = (flag: keyof typeof parsed, variable: string): Setting =>
    parsed[flag] !== undefined
      ? { value: String(parsed[flag]), name: `--${flag}` }
      : { value: env[variable], name: variable };
  const logLevel = setting('log-level', 'EMULATOR_LOG_LEVEL');
  const level = logLevel.value ?? 'info';
  if (!isLogLevel(level))
    throw new OptionsError(`${logLevel.name} must be one of ${LOG_LEVELS.join(', ')}, got "${level}"`);
  const inMemory = parsed['in-memory'] ?? parseBool(env.EMULATOR_IN_MEMORY, 'EMULATOR_IN_MEMORY');
  const dataDir = parsed['data-dir'] ?? env.EMULATOR_DATA_DIR;
  if (inMemory && parsed['data-dir'] !== undefined)
    throw new OptionsError('--in-memory and --data-dir cannot be combined');
  const grpcPort = setting('grpc-port', 'EMULATOR_GRPC_PORT');
  const restPort = setting('rest-port', 'EMULATOR_REST_PORT');
  return {
    host: parsed.host ?? env.EMULATOR_HOST ?? 'localhost',
    grpcPort: parsePort(grpcPort.value ?? '9010', grpcPort.name),
    restPort: parsePort(restPort.value ?? '9020', restPort.name),
    dataDir: inMemory ? undefined : path.resolve(dataDir || defaultDataDir(env)),
    logRequests: parsed['log-requests'] ?? parseBool(env.EMULATOR_LOG_REQUESTS, 'EMULATOR_LOG_REQUESTS'),
    logLevel: level,
    ...collectionOptions(
      setting('gc-interval', 'EMULATOR_GC_INTERVAL'),
      setting('operation-retention', 'EMULATOR_OPERATION_RETENTION'),
    ),
    ...sessionOptions(
      parsed['session-idle-timeout'] ?? env.EMULATOR_SESSION_IDLE_TIMEOUT,
      parsed['multiplexed-session-idle-timeout'] ?? env.EMULATOR_MULTIPLEXED_SESSION_IDLE_TIMEOUT,
      parsed['transaction-idle-timeout'] ?? env.EMULATOR_TRANSACTION_IDLE_TIMEOUT,
    ),
  };
}
