/**
 * A trivial unary gRPC service (bytes in, bytes out, no protobuf), the baseline for one gRPC round
 * trip on loopback: shared by the echo server process and the benchmark's client.
 */
import type { ServiceDefinition } from '@grpc/grpc-js';

const identity = (buffer: Buffer) => buffer;

export const ECHO_SERVICE: ServiceDefinition = {
  echo: {
    path: '/bench.Echo/Echo',
    requestStream: false,
    responseStream: false,
    requestSerialize: identity,
    requestDeserialize: identity,
    responseSerialize: identity,
    responseDeserialize: identity,
  },
};

/** Printed by the server once it listens: `grpc echo listening on <port>`. */
export const ECHO_READY = /grpc echo listening on (\d+)/;
