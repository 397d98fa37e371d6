/**
 * Both transports are thin adapters over one handler function: serve a recording handler through
 * the real gRPC server and the real REST gateway and compare what it received and what came back.
 */
import * as grpc from '@grpc/grpc-js';
import * as http from 'http';
import { AddressInfo } from 'net';
import {
  GetInstanceRequest,
  Instance,
  InstanceAdminClient,
  InstanceAdminService,
} from '../../generated/google/spanner/admin/instance/v1/spanner_instance_admin';
import { Logger } from '../../src/common/logger';
import { CallContext } from '../../src/handlers/handler-types';
import { bindService } from '../../src/handlers/service-binding';
import { unimplementedService } from '../../src/handlers/unimplemented';
import { createGrpcServer, listenGrpc } from '../../src/server/grpc/grpc-server';
import { loadProtoRoot } from '../../src/server/rest/proto-root';
import { createRestGateway } from '../../src/server/rest/rest-gateway';
import { callUnary } from '../support/emulator';

const seen: { request: GetInstanceRequest; protocol: string; method: string }[] = [];

async function getInstance(request: GetInstanceRequest, ctx: CallContext): Promise<Instance> {
  seen.push({ request, protocol: ctx.protocol, method: ctx.method });
  return Instance.fromPartial({
    name: request.name,
    displayName: 'recorded',
    nodeCount: 3,
    createTime: { seconds: '1700000000', nanos: 5 },
  });
}

test('gRPC and REST call the same handler with equal requests and return equal answers', async () => {
  const services = [bindService(InstanceAdminService, { ...unimplementedService(InstanceAdminService), getInstance })];
  const logger = new Logger('silent');
  const grpcServer = createGrpcServer(services, { logger, logRequests: false });
  const grpcPort = await listenGrpc(grpcServer, 'localhost', 0);
  const httpServer = http.createServer(createRestGateway(services, loadProtoRoot(), { logger, logRequests: false }));
  await new Promise<void>((r) => httpServer.listen(0, 'localhost', r));
  const client = new InstanceAdminClient(`localhost:${grpcPort}`, grpc.credentials.createInsecure());
  try {
    const viaGrpc = await callUnary(client, client.getInstance, {
      name: 'projects/p/instances/i',
      fieldMask: ['name'],
    });
    const port = (httpServer.address() as AddressInfo).port;
    if (!viaGrpc.ok) throw viaGrpc.error;
    const res = await fetch(`http://localhost:${port}/v1/projects/p/instances/i?fieldMask=name`);
    const viaRest = await res.json();
    expect(seen.map((s) => s.protocol)).toEqual(['grpc', 'rest']);
    expect(seen[1].request).toEqual(seen[0].request);
    expect(seen[0].method).toBe('google.spanner.admin.instance.v1.InstanceAdmin/GetInstance');
    expect((viaGrpc.value as Instance).name).toBe('projects/p/instances/i');
    expect(viaRest).toMatchObject({
      name: 'projects/p/instances/i',
      displayName: 'recorded',
      nodeCount: 3,
      createTime: '2023-11-14T22:13:20.000000005Z',
    });
  } finally {
    client.close();
    grpcServer.forceShutdown();
    await new Promise((r) => httpServer.close(r));
  }
});
