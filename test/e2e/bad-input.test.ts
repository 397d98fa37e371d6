/**
 * Malformed requests through the real server get a 4xx (REST) or INVALID_ARGUMENT (gRPC) naming
 * what was wrong, never INTERNAL, and change nothing: broken percent-escapes, unreadable bodies,
 * JSON of the wrong kind, proto3 JSON values out of range or of the wrong type, repeated query
 * parameters, oversized URLs, undecodable protobuf bytes, invalid UTF-8 (bodies, string fields,
 * unpaired surrogate escapes), node counts whose processing units overflow int32.
 */
import * as grpc from '@grpc/grpc-js';
import * as protobuf from 'protobufjs';
import { gzipSync } from 'zlib';
import {
  CreateInstanceRequest,
  InstanceAdminClient,
} from '../../generated/google/spanner/admin/instance/v1/spanner_instance_admin';
import { Emulator } from '../../src/emulator';
import { callUnary, restUrl, startEmulator } from '../support/emulator';

const CONFIG = 'projects/bad/instanceConfigs/emulator-config';

let emulator: Emulator;
let admin: InstanceAdminClient;

beforeAll(async () => {
  emulator = await startEmulator();
  admin = new InstanceAdminClient(`localhost:${emulator.grpcPort}`, grpc.credentials.createInsecure());
  const created = await rest('POST', '/v1/projects/bad/instances', {
    instanceId: 'inst',
    instance: { config: CONFIG, displayName: 'Inst', nodeCount: 1 },
  });
  expect(created.status).toBe(200);
  const database = await rest('POST', '/v1/projects/bad/instances/inst/databases', {
    createStatement: 'CREATE DATABASE db',
  });
  expect(database.status).toBe(200);
});

afterAll(async () => {
  admin?.close();
  await emulator?.stop();
});

interface RestAnswer {
  status: number;
  contentType: string | null;
  json: { error?: { code: number; status: string; message: string } } & Record<string, unknown>;
}

async function rest(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<RestAnswer> {
  const res = await fetch(restUrl(emulator, path), {
    method,
    headers,
    body: body === undefined ? undefined : Buffer.isBuffer(body) ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, contentType: res.headers.get('content-type'), json: JSON.parse(text) };
}

function expectInvalid(answer: RestAnswer, message: string): void {
  expect(answer.contentType).toContain('application/json');
  expect(answer.json.error).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
  expect(answer.json.error!.message).toContain(message);
}

function createInstanceBody(id: string, nodeCount: unknown) {
  return { instanceId: id, instance: { config: CONFIG, displayName: id, nodeCount } };
}

async function instanceExists(id: string): Promise<boolean> {
  const answer = await rest('GET', `/v1/projects/bad/instances/${id}`);
  return answer.status === 200;
}

describe('REST', () => {
  test('a malformed percent-escape in a path variable', async () => {
    expectInvalid(await rest('GET', '/v1/projects/bad/instances/%ZZ'), 'malformed percent-encoding');
    expectInvalid(await rest('GET', '/v1/projects/bad/instances/a%E0%A4'), 'malformed percent-encoding');
  });

  test('an unreadable or unsupported Content-Encoding; a real gzip body still works', async () => {
    const body = JSON.stringify(createInstanceBody('zipped', 1));
    const plainAsGzip = await rest('POST', '/v1/projects/bad/instances', Buffer.from(body), {
      'content-encoding': 'gzip',
    });
    expectInvalid(plainAsGzip, 'The request body cannot be read');
    const bogus = await rest('POST', '/v1/projects/bad/instances', Buffer.from(body), { 'content-encoding': 'bogus' });
    expectInvalid(bogus, 'Unsupported Content-Encoding "bogus"');
    expect(await instanceExists('zipped')).toBe(false);
    const gzipped = await rest('POST', '/v1/projects/bad/instances', gzipSync(body), { 'content-encoding': 'gzip' });
    expect(gzipped.status).toBe(200);
  });

  test('a body that is not valid UTF-8, or a string with an unpaired surrogate escape, is refused', async () => {
    const json = JSON.stringify({
      instanceId: 'utfrest',
      instance: { config: CONFIG, displayName: '@@', nodeCount: 1 },
    });
    const [head, tail] = json.split('@@');
    const badBytes = Buffer.concat([Buffer.from(head), Buffer.from([0x61, 0xc3, 0x28]), Buffer.from(tail)]);
    expectInvalid(await rest('POST', '/v1/projects/bad/instances', badBytes), 'The body is not valid UTF-8.');
    const surrogate = json.replace('@@', 'a\\ud800b');
    expectInvalid(
      await rest('POST', '/v1/projects/bad/instances', Buffer.from(surrogate)),
      'A string holds an unpaired UTF-16 surrogate escape, which has no UTF-8 form.',
    );
    expect(await instanceExists('utfrest')).toBe(false);
  });

  test('a JSON string where a message is expected', async () => {
    const patch = await rest('PATCH', '/v1/projects/bad/instances/inst', { instance: 'x', fieldMask: 'displayName' });
    expectInvalid(
      patch,
      `Invalid value at 'instance' (type.googleapis.com/google.spanner.admin.instance.v1.Instance), "x"`,
    );
    const bodyField = await rest('PATCH', '/v1/projects/bad/instances/inst/databases/db', 'str');
    expectInvalid(
      bodyField,
      `Invalid value at 'database' (type.googleapis.com/google.spanner.admin.database.v1.Database), "str"`,
    );
    expectInvalid(await rest('POST', '/v1/projects/bad/instances', 'str'), 'must be a JSON object');
  });

  test.each([
    ['abc', `Invalid value at 'instance.node_count' (TYPE_INT32), "abc"`],
    [1.5, `Invalid value at 'instance.node_count' (TYPE_INT32), 1.5`],
    [99999999999, `Invalid value at 'instance.node_count' (TYPE_INT32), 99999999999`],
    [true, `Invalid value at 'instance.node_count' (TYPE_INT32), true`],
    [3000000, 'Node count 3000000 is too large'],
    [-1, 'must not be negative'],
  ])('nodeCount %j is refused and creates nothing', async (nodeCount, message) => {
    const id = `n${String(nodeCount).replace(/\W/g, '').toLowerCase()}x`;
    expectInvalid(await rest('POST', '/v1/projects/bad/instances', createInstanceBody(id, nodeCount)), message);
    expect(await instanceExists(id)).toBe(false);
  });

  test('nodeCount null is the default, as proto3 JSON says; "2" and 2e0 are integers', async () => {
    const created = await rest('POST', '/v1/projects/bad/instances', createInstanceBody('defaulted', null));
    expect(created.status).toBe(200);
    const instance = await rest('GET', '/v1/projects/bad/instances/defaulted');
    expect(instance.json.nodeCount).toBeUndefined();
    for (const [id, nodeCount] of [
      ['quoted', '2'],
      ['exponent', 2],
    ] as const) {
      expect((await rest('POST', '/v1/projects/bad/instances', createInstanceBody(id, nodeCount))).status).toBe(200);
      expect((await rest('GET', `/v1/projects/bad/instances/${id}`)).json.nodeCount).toBe(2);
    }
  });

  test('a pageSize beyond int32, not a number, or given twice', async () => {
    expectInvalid(
      await rest('GET', '/v1/projects/bad/instances?pageSize=99999999999'),
      `Invalid value at 'page_size' (TYPE_INT32), "99999999999"`,
    );
    expectInvalid(await rest('GET', '/v1/projects/bad/instances?pageSize=x'), `(TYPE_INT32), "x"`);
    expectInvalid(await rest('GET', '/v1/projects/bad/instances?pageSize=1&pageSize=2'), `'page_size'`);
    expect((await rest('GET', '/v1/projects/bad/instances?pageSize=1')).status).toBe(200);
  });

  test('a URL past the header limit gets 431 with a JSON error body', async () => {
    const answer = await rest('GET', `/v1/projects/bad/instances/${'a'.repeat(20_000)}`);
    expect(answer.status).toBe(431);
    expect(answer.contentType).toContain('application/json');
    expect(answer.json.error).toMatchObject({ code: 431, status: 'INVALID_ARGUMENT' });
    expect(answer.json.error!.message).toContain('exceed 16 KB');
  });
});

describe('gRPC', () => {
  const raw = (bytes: Uint8Array | number[]) => Buffer.from(bytes);

  function callRaw(path: string, bytes: Buffer): Promise<grpc.ServiceError | null> {
    const client = new grpc.Client(`localhost:${emulator.grpcPort}`, grpc.credentials.createInsecure());
    return new Promise((resolve) =>
      client.makeUnaryRequest(path, raw, raw, bytes, (error) => {
        client.close();
        resolve(error);
      }),
    );
  }

  test('bytes that are not a request message are INVALID_ARGUMENT, not INTERNAL', async () => {
    const error = await callRaw('/google.spanner.admin.instance.v1.InstanceAdmin/ListInstances', raw([0xff, 0xff]));
    expect(error?.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(error?.details).toContain('Invalid google.spanner.admin.instance.v1.InstanceAdmin/ListInstances request');
  });

  test('invalid UTF-8 in a string field is INVALID_ARGUMENT and changes nothing, not stored as U+FFFD', async () => {
    // CreateInstanceRequest { parent=1, instance_id=2, instance=3 { config=2, display_name=3 } }; the
    // display name is the CESU-8 form of a lone surrogate, as protobufjs writes one.
    const instance = protobuf.Writer.create()
      .uint32(0x12)
      .string(CONFIG)
      .uint32(0x1a)
      .bytes(raw([0x61, 0xed, 0xa0, 0x80, 0x62]))
      .finish();
    const request = protobuf.Writer.create()
      .uint32(0x0a)
      .string('projects/bad')
      .uint32(0x12)
      .string('utf')
      .uint32(0x1a)
      .bytes(instance)
      .finish();
    const error = await callRaw('/google.spanner.admin.instance.v1.InstanceAdmin/CreateInstance', raw(request));
    expect(error?.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(error?.details).toContain('a string field is not valid UTF-8');
    expect(await instanceExists('utf')).toBe(false);
  });

  test('a node count whose processing units overflow int32 is INVALID_ARGUMENT, not INTERNAL', async () => {
    const request = CreateInstanceRequest.fromPartial({
      parent: 'projects/bad',
      instanceId: 'overflow',
      instance: { config: CONFIG, displayName: 'x', nodeCount: 3_000_000 },
    });
    const outcome = await callUnary(admin, admin.createInstance, request);
    expect(outcome.ok ? undefined : outcome.error.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(await instanceExists('overflow')).toBe(false);
  });

  test('an int32 sent as a 64-bit varint (99999999999) is truncated as protobuf says, then refused', async () => {
    // Instance { name=1, config=2, display_name=3, node_count=5 } inside CreateInstanceRequest { 1, 2, instance=3 }.
    const instance = protobuf.Writer.create()
      .uint32(0x12)
      .string(CONFIG)
      .uint32(0x1a)
      .string('x')
      .uint32(0x28)
      .uint64(99999999999)
      .finish();
    const request = protobuf.Writer.create()
      .uint32(0x0a)
      .string('projects/bad')
      .uint32(0x12)
      .string('wide')
      .uint32(0x1a)
      .bytes(instance)
      .finish();
    const error = await callRaw('/google.spanner.admin.instance.v1.InstanceAdmin/CreateInstance', raw(request));
    expect(error?.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(error?.details).toContain('is too large');
    expect(await instanceExists('wide')).toBe(false);
  });
});
