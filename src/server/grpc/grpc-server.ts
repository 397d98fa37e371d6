/**
 * The gRPC adapter: registers every bound service with grpc-js and forwards each call to its
 * handler. Unary results go to the callback, streamed results are written with back-pressure,
 * and every failure is mapped through the shared status code. No business rules here.
 */
import * as grpc from '@grpc/grpc-js';
import { Logger } from '../../common/logger';
import { CallContext, StreamingHandler, UnaryHandler } from '../../handlers/handler-types';
import { BoundMethod, ServiceBinding } from '../../handlers/service-binding';
import { createCallContext } from '../call-context';
import { asSpannerError } from '../rpc-status';
import { grpcStatusOf } from './grpc-status';

export interface GrpcServerOptions {
  readonly logger: Logger;
  readonly logRequests: boolean;
}

const MAX_MESSAGE_BYTES = 100 * 1024 * 1024;

type AnyCall = grpc.ServerUnaryCall<unknown, unknown> | grpc.ServerWritableStream<unknown, unknown>;

function contextOf(method: BoundMethod, call: AnyCall): CallContext {
  const abort = new AbortController();
  call.on('cancelled', () => abort.abort());
  return createCallContext(method.fullName, 'grpc', Object.entries(call.metadata.getMap()), abort.signal);
}

function unaryCall(method: BoundMethod, options: GrpcServerOptions): grpc.handleUnaryCall<unknown, unknown> {
  const handler = method.handler as UnaryHandler<unknown, unknown>;
  return (call, callback) => {
    const started = Date.now();
    const log = (code: number) =>
      options.logRequests &&
      options.logger.info(`gRPC ${method.fullName} -> ${grpc.status[code]} (${Date.now() - started} ms)`);
    handler(call.request, contextOf(method, call)).then(
      (response) => {
        log(grpc.status.OK);
        callback(null, response);
      },
      (e: unknown) => {
        const status = grpcStatusOf(asSpannerError(e, method.fullName, options.logger));
        log(status.code);
        callback(status);
      },
    );
  };
}

async function writeAll(
  call: grpc.ServerWritableStream<unknown, unknown>,
  items: AsyncIterable<unknown>,
): Promise<void> {
  for await (const item of items) {
    if (call.cancelled) return;
    if (!call.write(item)) {
      await new Promise<void>((resolve) => {
        call.once('drain', resolve);
        call.once('cancelled', resolve);
      });
    }
  }
}

function streamingCall(
  method: BoundMethod,
  options: GrpcServerOptions,
): grpc.handleServerStreamingCall<unknown, unknown> {
  const handler = method.handler as StreamingHandler<unknown, unknown>;
  return (call) => {
    const started = Date.now();
    const log = (code: number) =>
      options.logRequests &&
      options.logger.info(`gRPC ${method.fullName} -> ${grpc.status[code]} (${Date.now() - started} ms)`);
    writeAll(call, handler(call.request, contextOf(method, call))).then(
      () => {
        log(grpc.status.OK);
        call.end();
      },
      (e: unknown) => {
        const status = grpcStatusOf(asSpannerError(e, method.fullName, options.logger));
        log(status.code);
        call.emit('error', status);
      },
    );
  };
}

export function createGrpcServer(services: readonly ServiceBinding[], options: GrpcServerOptions): grpc.Server {
  const server = new grpc.Server({
    'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
    'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
  });
  for (const service of services) {
    const implementation: grpc.UntypedServiceImplementation = {};
    for (const [key, def] of Object.entries(service.definition)) {
      const method = service.methods.find((m) => m.definition === def)!;
      implementation[key] = def.responseStream ? streamingCall(method, options) : unaryCall(method, options);
    }
    server.addService(service.definition, implementation);
  }
  return server;
}

export function listenGrpc(server: grpc.Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.bindAsync(`${host}:${port}`, grpc.ServerCredentials.createInsecure(), (err, boundPort) =>
      err ? reject(err) : resolve(boundPort),
    );
  });
}
