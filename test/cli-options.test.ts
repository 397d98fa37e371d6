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
    });
  });

  test('flags win over environment, environment over defaults', () => {
    const env = { EMULATOR_GRPC_PORT: '1', EMULATOR_REST_PORT: '2', EMULATOR_HOST: '0.0.0.0', EMULATOR_LOG_REQUESTS: 'true', EMULATOR_LOG_LEVEL: 'debug', EMULATOR_DATA_DIR: '/d' };
    expect(parseOptions([], env)).toMatchObject({ grpcPort: 1, restPort: 2, host: '0.0.0.0', logRequests: true, logLevel: 'debug', dataDir: '/d' });
    expect(parseOptions(['--grpc-port', '3', '--data-dir', 'rel'], env)).toMatchObject({ grpcPort: 3, dataDir: path.resolve('rel') });
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

  test('rejects a bad boolean in the environment', () => {
    expect(() => parseOptions([], { EMULATOR_LOG_REQUESTS: 'maybe' })).toThrow(OptionsError);
  });
});
