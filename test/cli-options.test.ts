import * as path from 'path';
import { defaultDataDir, OptionsError, parseOptions } from '../src/cli-options';

describe('command-line options', () => {
  test('defaults', () => {
    expect(parseOptions([], { HOME: '/home/u' })).toEqual({
      host: 'localhost',
      grpcPort: 9010,
      restPort: 9020,
      dataDir: defaultDataDir({ HOME: '/home/u' }),
      logRequests: false,
      logLevel: 'info',
      gcIntervalMs: 60_000,
      operationRetentionMicros: 7 * 86_400_000_000,
      sessionIdleTimeoutMicros: 3_600_000_000,
      transactionIdleTimeoutMicros: 10_000_000,
      multiplexedSessionIdleTimeoutMicros: 28 * 86_400_000_000,
    });
  });

  test('flags win over environment, environment over defaults', () => {
    const env = {
      EMULATOR_GRPC_PORT: '1',
      EMULATOR_REST_PORT: '2',
      EMULATOR_HOST: '0.0.0.0',
      EMULATOR_LOG_REQUESTS: 'true',
      EMULATOR_LOG_LEVEL: 'debug',
      EMULATOR_DATA_DIR: '/d',
    };
    expect(parseOptions([], env)).toMatchObject({
      grpcPort: 1,
      restPort: 2,
      host: '0.0.0.0',
      logRequests: true,
      logLevel: 'debug',
      dataDir: '/d',
    });
    expect(parseOptions(['--grpc-port', '3', '--data-dir', 'rel'], env)).toMatchObject({
      grpcPort: 3,
      dataDir: path.resolve('rel'),
    });
  });

  test('in-memory means no data directory', () => {
    expect(parseOptions(['--in-memory'], {}).valueOf()).toMatchObject({ dataDir: undefined });
    expect(parseOptions([], { EMULATOR_IN_MEMORY: '1' })).toMatchObject({ dataDir: undefined });
  });

  test('XDG_DATA_HOME sets the default data directory', () => {
    expect(defaultDataDir({ XDG_DATA_HOME: '/x' })).toBe('/x/spanner-emulator');
  });

  test('help', () => {
    expect(parseOptions(['-h'], {})).toBe('help');
  });

  test.each([
    [['--grpc-port', '70000']],
    [['--rest-port', '-1']],
    [['--log-level', 'loud']],
    [['--unknown']],
    [['--in-memory', '--data-dir', '/d']],
    [['positional']],
  ])('rejects %j', (argv) => {
    expect(() => parseOptions(argv, {})).toThrow(OptionsError);
  });

  test('garbage collection interval and operation retention take durations', () => {
    expect(parseOptions(['--gc-interval', '30s', '--operation-retention', '12h'], {})).toMatchObject({
      gcIntervalMs: 30_000,
      operationRetentionMicros: 12 * 3_600_000_000,
    });
    expect(parseOptions([], { EMULATOR_GC_INTERVAL: '0s', EMULATOR_OPERATION_RETENTION: '1d' })).toMatchObject({
      gcIntervalMs: 0,
      operationRetentionMicros: 86_400_000_000,
    });
  });

  test.each([
    [['--gc-interval', '5']],
    [['--gc-interval', '-1s']],
    [['--operation-retention', '0s']],
    [['--operation-retention', '1w']],
  ])('rejects the duration %j', (argv) => {
    expect(() => parseOptions(argv, {})).toThrow(OptionsError);
  });

  test('session idle timeouts take durations, flags over environment', () => {
    expect(parseOptions(['--session-idle-timeout', '90m'], { EMULATOR_SESSION_IDLE_TIMEOUT: '2h' })).toMatchObject({
      sessionIdleTimeoutMicros: 90 * 60_000_000,
    });
    const env = { EMULATOR_SESSION_IDLE_TIMEOUT: '2h', EMULATOR_MULTIPLEXED_SESSION_IDLE_TIMEOUT: '7d' };
    expect(parseOptions([], env)).toMatchObject({
      sessionIdleTimeoutMicros: 2 * 3_600_000_000,
      multiplexedSessionIdleTimeoutMicros: 7 * 86_400_000_000,
    });
    expect(parseOptions(['--multiplexed-session-idle-timeout', '30s'], env)).toMatchObject({
      multiplexedSessionIdleTimeoutMicros: 30_000_000,
    });
  });

  test.each([
    [['--session-idle-timeout', '0s']],
    [['--session-idle-timeout', '1h30m']],
    [['--multiplexed-session-idle-timeout', '0d']],
  ])('rejects the session timeout %j', (argv) => {
    expect(() => parseOptions(argv, {})).toThrow(OptionsError);
  });

  test('rejects a bad boolean in the environment', () => {
    expect(() => parseOptions([], { EMULATOR_LOG_REQUESTS: 'maybe' })).toThrow(OptionsError);
  });

  test.each([
    ['EMULATOR_GRPC_PORT', 'abc', 'EMULATOR_GRPC_PORT must be a port number from 0 to 65535, got "abc"'],
    ['EMULATOR_REST_PORT', '99999', 'EMULATOR_REST_PORT must be a port number from 0 to 65535, got "99999"'],
    ['EMULATOR_LOG_LEVEL', 'loud', 'EMULATOR_LOG_LEVEL must be one of '],
    ['EMULATOR_GC_INTERVAL', '5', 'EMULATOR_GC_INTERVAL must be a duration such as 0s, 30s, 5m or 1h, got "5"'],
    ['EMULATOR_OPERATION_RETENTION', '0s', 'EMULATOR_OPERATION_RETENTION must be a positive duration'],
  ])('a bad %s is reported under the variable, not the flag', (variable, value, message) => {
    expect(() => parseOptions([], { [variable]: value })).toThrow(message);
  });

  test('a bad flag is reported under the flag even when the variable is set too', () => {
    expect(() => parseOptions(['--grpc-port', 'x'], { EMULATOR_GRPC_PORT: '1' })).toThrow(
      '--grpc-port must be a port number from 0 to 65535, got "x"',
    );
  });
});
