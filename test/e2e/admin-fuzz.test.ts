/**
 * A bounded fuzz of the admin routes through the real server, on loopback, from a fixed seed (so
 * a failure reproduces): a few thousand malformed REST requests and gRPC messages. Every REST
 * answer must be JSON with a 2xx/4xx status (501 only as UNIMPLEMENTED, for features the emulator
 * does not have) and a Google error body with a bounded message; every gRPC answer must come,
 * and never as UNKNOWN or INTERNAL. The requests are in test/support/fuzz-requests.ts.
 */
import * as grpc from '@grpc/grpc-js';
import { Emulator } from '../../src/emulator';
import { httpRulesOf } from '../../src/server/rest/http-rules';
import { operationRules } from '../../src/server/rest/operation-routes';
import { loadProtoRoot } from '../../src/server/rest/proto-root';
import { FuzzRoute, randomRequestBytes, randomRestRequest, RestRequest } from '../support/fuzz-requests';
import { restUrl, startEmulator } from '../support/emulator';
import { Prng } from '../support/random-values';

const SEED = 0x5eed2026;
const REST_REQUESTS = 1500;
const GRPC_REQUESTS = 1000;
const CONCURRENCY = 8;
const MAX_MESSAGE_BYTES = 1024;
/** Only a guard against a wedged server: it asserts nothing about speed. */
const HANG_GUARD_MS = 20_000;

const SERVICES = [
  'google.spanner.admin.instance.v1.InstanceAdmin',
  'google.spanner.admin.database.v1.DatabaseAdmin',
  'google.longrunning.Operations',
];

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator();
  const post = (path: string, body: unknown) =>
    fetch(restUrl(emulator, path), { method: 'POST', body: JSON.stringify(body) });
  await post('/v1/projects/fz/instances', {
    instanceId: 'inst',
    instance: { config: 'projects/fz/instanceConfigs/emulator-config', displayName: 'Fuzz', nodeCount: 1 },
  });
  await post('/v1/projects/fz/instances/inst/databases', { createStatement: 'CREATE DATABASE db' });
});

afterAll(async () => {
  await emulator?.stop();
});

function adminRoutes(): FuzzRoute[] {
  const root = loadProtoRoot();
  const routes: FuzzRoute[] = [];
  for (const name of SERVICES) {
    for (const method of root.lookupService(name).methodsArray) {
      const rules = httpRulesOf(method);
      if (name === 'google.longrunning.Operations') rules.push(...(operationRules().get(method.name) ?? []));
      for (const rule of rules) routes.push({ rule, requestType: method.resolvedRequestType! });
    }
  }
  return routes;
}

async function runAll<T>(items: T[], run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

function describeRequest(req: RestRequest): string {
  const body = req.body?.toString('utf8').slice(0, 200);
  return `${req.method} ${req.path.slice(0, 200)} ${JSON.stringify(req.headers)} ${body ?? ''}`;
}

function problemWith(status: number, contentType: string | null, text: string): string | undefined {
  if (!contentType?.includes('application/json')) return `${status} with content-type ${contentType}`;
  let json: { error?: { code?: unknown; message?: unknown; status?: unknown } };
  try {
    json = JSON.parse(text);
  } catch {
    return `${status} with a body that is not JSON: ${text.slice(0, 200)}`;
  }
  if (status >= 500 && !(status === 501 && json.error?.status === 'UNIMPLEMENTED')) return `${status}: ${text}`;
  if (status === 200) return undefined;
  const { error } = json;
  if (typeof error?.message !== 'string' || typeof error.status !== 'string' || error.code !== status)
    return `${status} without a Google error body: ${text.slice(0, 300)}`;
  if (Buffer.byteLength(error.message) > MAX_MESSAGE_BYTES)
    return `${status} with a message of ${error.message.length}`;
  return undefined;
}

test(`${REST_REQUESTS} malformed REST admin requests: JSON answers, no 5xx, no hang`, async () => {
  const r = new Prng(SEED);
  const routes = adminRoutes();
  const requests = Array.from({ length: REST_REQUESTS }, () => randomRestRequest(r, r.pick(routes)));
  const failures: string[] = [];
  await runAll(requests, async (req) => {
    try {
      const res = await fetch(restUrl(emulator, req.path), {
        method: req.method,
        headers: req.headers,
        body: req.body,
        signal: AbortSignal.timeout(HANG_GUARD_MS),
      });
      const problem = problemWith(res.status, res.headers.get('content-type'), await res.text());
      if (problem) failures.push(`${describeRequest(req)}\n  -> ${problem}`);
    } catch (e) {
      failures.push(`${describeRequest(req)}\n  -> ${e instanceof Error ? e.message : String(e)}`);
    }
  });
  expect(failures.slice(0, 10)).toEqual([]);
}, 120_000);

test(`${GRPC_REQUESTS} malformed gRPC admin messages: answered, never UNKNOWN or INTERNAL`, async () => {
  const r = new Prng(SEED + 1);
  const root = loadProtoRoot();
  const methods = SERVICES.flatMap((service) =>
    root
      .lookupService(service)
      .methodsArray.map((m) => ({ path: `/${service}/${m.name}`, type: m.resolvedRequestType! })),
  );
  const calls = Array.from({ length: GRPC_REQUESTS }, () => {
    const method = r.pick(methods);
    return { path: method.path, bytes: randomRequestBytes(r, method.type) };
  });
  const client = new grpc.Client(`localhost:${emulator.grpcPort}`, grpc.credentials.createInsecure());
  const raw = (b: Buffer) => b;
  const failures: string[] = [];
  await runAll(calls, async ({ path, bytes }) => {
    const error = await new Promise<grpc.ServiceError | null>((resolve) =>
      client.makeUnaryRequest(
        path,
        raw,
        raw,
        bytes,
        new grpc.Metadata(),
        { deadline: Date.now() + HANG_GUARD_MS },
        (e) => resolve(e),
      ),
    );
    if (!error) return;
    const details = (error.metadata.get('grpc-status-details-bin')[0] as Buffer | undefined)?.length ?? 0;
    const bad =
      [grpc.status.UNKNOWN, grpc.status.INTERNAL, grpc.status.DEADLINE_EXCEEDED, grpc.status.UNAVAILABLE].includes(
        error.code,
      ) ||
      Buffer.byteLength(error.details) > MAX_MESSAGE_BYTES ||
      details > 4096;
    if (bad) failures.push(`${path} ${bytes.toString('hex').slice(0, 200)}\n  -> ${error.code} ${error.details}`);
  });
  client.close();
  expect(failures.slice(0, 10)).toEqual([]);
}, 120_000);
