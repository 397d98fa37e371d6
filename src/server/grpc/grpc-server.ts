/**
 * The gRPC adapter: registers every bound service with grpc-js and forwards each call to its
 * handler. Unary results go to the callback, streamed results are written with back-pressure,
 * and every failure is mapped through the shared status code. No business rules here.
 *
 * grpc-js is given raw bytes both ways and the generated codec runs here, so a request that does
 * not decode (invalid UTF-8 in a string field included) answers INVALID_ARGUMENT and a response
 * that does not encode is logged as INTERNAL, instead of grpc-js answering INTERNAL on its own with
 * nothing logged.
 */
import * as grpc from '@grpc/grpc-js';
import { Logger } from '../../common/logger';
import { malformedRequestMessage } from '../../errors';
import { CallContext, MethodDefinition, StreamingHandler, UnaryHandler } from '../../handlers/handler-types';
import { BoundMethod, ServiceBinding } from '../../handlers/service-binding';
import { createCallContext } from '../call-context';
import { asSpannerError } from '../rpc-status';
import { decodeRequestStrictly } from '../strict-request-decoding';
import { grpcStatusOf } from './grpc-status';

export interface GrpcServerOptions {
  readonly logger: Logger;
  readonly logRequests: boolean;
}

const MAX_MESSAGE_BYTES = 100 * 1024 * 1024;

type AnyCall = grpc.ServerUnaryCall<Buffer, Buffer> | grpc.ServerWritableStream<Buffer, Buffer>;

const passBytes = (bytes: Buffer): Buffer => bytes;

/** The method as grpc-js sees it: bytes in, bytes out. */
function rawDefinition(definition: MethodDefinition): grpc.MethodDefinition<Buffer, Buffer> {
  return {
    ...definition,
    requestSerialize: passBytes,
    requestDeserialize: passBytes,
    responseSerialize: passBytes,
    responseDeserialize: passBytes,
  };
}

function decodeRequest(method: BoundMethod, bytes: Buffer): unknown {
  try {
    return decodeRequestStrictly(method.definition, bytes);
  } catch (e) {
    throw malformedRequestMessage(method.fullName, e instanceof Error ? e.message : String(e));
  }
}

/**
 * The call's context, and `done` to call once the handler has finished: grpc-js reports the end
 * of every call as 'cancelled', and aborting a signal nobody listens to any more costs an
 * exception object per call.
 */
function contextOf(method: BoundMethod, call: AnyCall): { ctx: CallContext; done: () => void } {
  const abort = new AbortController();
  const cancel = (): void => abort.abort();
  call.once('cancelled', cancel);
  const ctx = createCallContext(method.fullName, 'grpc', Object.entries(call.metadata.getMap()), abort.signal);
  return { ctx, done: () => call.off('cancelled', cancel) };
}

async function answerUnary(method: BoundMethod, call: grpc.ServerUnaryCall<Buffer, Buffer>): Promise<Buffer> {
  const handler = method.handler as UnaryHandler<unknown, unknown>;
  const { ctx, done } = contextOf(method, call);
  try {
    return method.definition.responseSerialize(await handler(decodeRequest(method, call.request), ctx));
  } finally {
    done();
  }
}

function unaryCall(method: BoundMethod, options: GrpcServerOptions): grpc.handleUnaryCall<Buffer, Buffer> {
  return (call, callback) => {
    const started = Date.now();
    const log = (code: number) =>
      options.logRequests &&
      options.logger.info(`gRPC ${method.fullName} -> ${grpc.status[code]} (${Date.now() - started} ms)`);
    answerUnary(method, call).then(
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

async function writeAll(method: BoundMethod, call: grpc.ServerWritableStream<Buffer, Buffer>): Promise<void> {
  const handler = method.handler as StreamingHandler<unknown, unknown>;
  const { ctx, done } = contextOf(method, call);
  try {
    for await (const item of handler(decodeRequest(method, call.request), ctx)) {
      if (call.cancelled) return;
      if (!call.write(method.definition.responseSerialize(item))) await drainedOrCancelled(call);
    }
  } finally {
    done();
  }
}

/** Waits for the call to drain or be cancelled, leaving no listener behind (a long stream waits often). */
function drainedOrCancelled(call: grpc.ServerWritableStream<Buffer, Buffer>): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = (): void => {
      call.off('drain', done);
      call.off('cancelled', done);
      resolve();
    };
    call.once('drain', done);
    call.once('cancelled', done);
  });
}

function streamingCall(
  method: BoundMethod,
  options: GrpcServerOptions,
): grpc.handleServerStreamingCall<Buffer, Buffer> {
  return (call) => {
    const started = Date.now();
    const log = (code: number) =>
      options.logRequests &&
      options.logger.info(`gRPC ${method.fullName} -> ${grpc.status[code]} (${Date.now() - started} ms)`);
    writeAll(method, call).then(
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
    const definition: Record<string, grpc.MethodDefinition<Buffer, Buffer>> = {};
    for (const [key, def] of Object.entries(service.definition)) {
      const method = service.methods.find((m) => m.definition === def)!;
      implementation[key] = def.responseStream ? streamingCall(method, options) : unaryCall(method, options);
      definition[key] = rawDefinition(def);
    }
    server.addService(definition, implementation);
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
