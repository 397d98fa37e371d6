/**
 * The same request over gRPC and over REST reaches the same handler and gives the same answer or
 * error. Runs a real emulator on free ports, with the generated gRPC clients and plain HTTP.
 */
import * as grpc from '@grpc/grpc-js';
import { Status } from '../../generated/google/rpc/status';
import {
  InstanceAdminClient,
  InstanceConfig,
  ListInstanceConfigsResponse,
} from '../../generated/google/spanner/admin/instance/v1/spanner_instance_admin';
import { PartialResultSet } from '../../generated/google/spanner/v1/result_set';
import { ExecuteSqlRequest, PartitionQueryRequest, SpannerClient } from '../../generated/google/spanner/v1/spanner';
import { Emulator } from '../../src/emulator';
import { callUnary, restUrl, startEmulator } from '../support/emulator';

let emulator: Emulator;
let admin: InstanceAdminClient;
let spanner: SpannerClient;

beforeAll(async () => {
  emulator = await startEmulator();
  const target = `localhost:${emulator.grpcPort}`;
  admin = new InstanceAdminClient(target, grpc.credentials.createInsecure());
  spanner = new SpannerClient(target, grpc.credentials.createInsecure());
});

afterAll(async () => {
  admin?.close();
  spanner?.close();
  await emulator?.stop();
});

async function rest(method: string, path: string, body?: unknown) {
  const res = await fetch(restUrl(emulator, path), {
    method,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });
  const text = await res.text();
  return { status: res.status, contentType: res.headers.get('content-type'), json: JSON.parse(text) };
}

describe('gRPC and REST give the same answers', () => {
  test('ListInstanceConfigs', async () => {
    const viaGrpc = await callUnary(admin, admin.listInstanceConfigs, {
      parent: 'projects/p',
      pageSize: 0,
      pageToken: '',
    });
    const viaRest = await rest('GET', '/v1/projects/p/instanceConfigs');
    expect(viaGrpc.ok).toBe(true);
    const configs = (viaGrpc as { value: ListInstanceConfigsResponse }).value.instanceConfigs;
    expect(configs.map((c) => c.name)).toEqual(['projects/p/instanceConfigs/emulator-config']);
    expect(viaRest.status).toBe(200);
    expect(viaRest.json.instanceConfigs.map((c: InstanceConfig) => [c.name, c.displayName])).toEqual(
      configs.map((c) => [c.name, c.displayName]),
    );
  });

  test('pagination with pageSize in the query string', async () => {
    const viaRest = await rest('GET', '/v1/projects/p/instanceConfigs?pageSize=1');
    expect(viaRest.json.instanceConfigs).toHaveLength(1);
    expect(viaRest.json.nextPageToken).toBeUndefined();
  });

  test('GetInstanceConfig NOT_FOUND carries the same status and details', async () => {
    const viaGrpc = await callUnary(admin, admin.getInstanceConfig, { name: 'projects/p/instanceConfigs/nope' });
    const viaRest = await rest('GET', '/v1/projects/p/instanceConfigs/nope');
    expect(viaGrpc.ok).toBe(false);
    const error = (viaGrpc as { error: grpc.ServiceError }).error;
    expect(error.code).toBe(grpc.status.NOT_FOUND);
    expect(viaRest.status).toBe(404);
    expect(viaRest.json.error.status).toBe('NOT_FOUND');
    expect(viaRest.json.error.message).toBe(error.details);
    const status = Status.decode(error.metadata.get('grpc-status-details-bin')[0] as Buffer);
    expect(viaRest.json.error.details[0]['@type']).toBe(status.details[0].typeUrl);
  });

  test('a malformed resource name is INVALID_ARGUMENT on both', async () => {
    const viaGrpc = await callUnary(admin, admin.getInstanceConfig, { name: 'nonsense' });
    expect(!viaGrpc.ok && viaGrpc.error.code).toBe(grpc.status.INVALID_ARGUMENT);
    const viaRest = await rest('GET', '/v1/projects/p/instanceConfigs?pageSize=abc');
    expect(viaRest.status).toBe(400);
    expect(viaRest.json.error.status).toBe('INVALID_ARGUMENT');
  });

  test('an RPC not built yet answers UNIMPLEMENTED naming the method, on both', async () => {
    const session = 'projects/p/instances/i/databases/d/sessions/s';
    const request = PartitionQueryRequest.fromPartial({ session, sql: 'SELECT 1' });
    const viaGrpc = await callUnary(spanner, spanner.partitionQuery, request);
    const viaRest = await rest('POST', `/v1/${session}:partitionQuery`, { sql: 'SELECT 1' });
    expect(!viaGrpc.ok && viaGrpc.error.code).toBe(grpc.status.UNIMPLEMENTED);
    expect(!viaGrpc.ok && viaGrpc.error.details).toContain('google.spanner.v1.Spanner.PartitionQuery');
    expect(viaRest.status).toBe(501);
    expect(viaRest.json.error).toMatchObject({ code: 501, status: 'UNIMPLEMENTED' });
    expect(viaRest.json.error.message).toContain('google.spanner.v1.Spanner.PartitionQuery');
  });

  test('a server-streaming RPC not built yet fails the same way on both', async () => {
    const stream = spanner.executeStreamingSql(
      ExecuteSqlRequest.fromPartial({ session: 'projects/p/instances/i/databases/d/sessions/s', sql: 'SELECT 1' }),
    );
    const grpcError = await new Promise<grpc.ServiceError>((resolve) => {
      stream.on('data', (_: PartialResultSet) => undefined);
      stream.on('error', resolve);
    });
    expect(grpcError.code).toBe(grpc.status.UNIMPLEMENTED);
    const viaRest = await rest('POST', '/v1/projects/p/instances/i/databases/d/sessions/s:executeStreamingSql', {
      sql: 'SELECT 1',
    });
    expect(viaRest.status).toBe(501);
    expect(viaRest.json.error.message).toBe(grpcError.details);
  });
});

describe('REST gateway edge cases', () => {
  test('unknown route is a JSON 404', async () => {
    const res = await rest('GET', '/v1/nowhere');
    expect(res.status).toBe(404);
    expect(res.contentType).toContain('application/json');
    expect(res.json.error.status).toBe('NOT_FOUND');
  });

  test('a body that is not JSON is 400 INVALID_ARGUMENT', async () => {
    const res = await rest('POST', '/v1/projects/p/instances/i/databases/d/sessions/s:executeSql', '{not json');
    expect(res.status).toBe(400);
    expect(res.json.error.status).toBe('INVALID_ARGUMENT');
  });

  test.each(['[1, 2]', '"text"', '42'])(
    'a body that is JSON but not an object (%s) is 400 INVALID_ARGUMENT',
    async (body) => {
      const res = await rest('POST', '/v1/projects/p/instances/i/databases/d/sessions/s:executeSql', body);
      expect(res.status).toBe(400);
      expect(res.json.error.status).toBe('INVALID_ARGUMENT');
    },
  );

  test('unknown fields in the body are 400 INVALID_ARGUMENT', async () => {
    const res = await rest('POST', '/v1/projects/p/instances/i/databases/d/sessions/s:executeSql', {
      sql: 'x',
      nope: true,
    });
    expect(res.status).toBe(400);
    expect(res.json.error.message).toContain('Unknown name "nope"');
  });

  test('unknown query parameters are 400 INVALID_ARGUMENT', async () => {
    const res = await rest('GET', '/v1/projects/p/instanceConfigs?nope=1');
    expect(res.status).toBe(400);
    expect(res.json.error.message).toContain('Cannot bind query parameter');
  });

  test('system parameters such as $alt are accepted', async () => {
    const res = await rest('GET', '/v1/projects/p/instanceConfigs?$alt=json;enum-encoding=int');
    expect(res.status).toBe(200);
    expect(res.json.instanceConfigs[0].configType).toBe(1);
    const byName = await rest('GET', '/v1/projects/p/instanceConfigs');
    expect(byName.json.instanceConfigs[0].configType).toBe('GOOGLE_MANAGED');
  });
});
