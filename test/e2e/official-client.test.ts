/**
 * The official Node client (@google-cloud/spanner) pointed at a real emulator: it connects and
 * gets Spanner answers and gRPC statuses, never connection errors.
 */
import { Spanner } from '@google-cloud/spanner';
import { Emulator } from '../../src/emulator';
import { startEmulator } from '../support/emulator';

let emulator: Emulator;
let spanner: Spanner;

beforeAll(async () => {
  emulator = await startEmulator();
  process.env.SPANNER_EMULATOR_HOST = `localhost:${emulator.grpcPort}`;
  process.env.METADATA_SERVER_DETECTION = 'none';
  spanner = new Spanner({ projectId: 'test-project' });
});

afterAll(async () => {
  await spanner?.close();
  await emulator?.stop();
});

test('lists and gets instance configs', async () => {
  const [configs] = await spanner.getInstanceConfigs();
  expect(configs.map((c) => c.name)).toEqual(['projects/test-project/instanceConfigs/emulator-config']);
  const [config] = await spanner.getInstanceConfig('emulator-config');
  expect(config.displayName).toBe('Emulator Instance Config');
});

test('a missing instance config is a NOT_FOUND status', async () => {
  await expect(spanner.getInstanceConfig('no-such-config')).rejects.toMatchObject({ code: 5 });
});

test('an RPC that is not built yet is an UNIMPLEMENTED status, not a connection error', async () => {
  await expect(spanner.instance('inst').backup('b').getMetadata()).rejects.toMatchObject({ code: 12 });
});
