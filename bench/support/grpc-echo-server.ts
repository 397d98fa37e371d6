/**
 * The echo server of the gRPC round-trip baseline, run as its own process (like the emulator the
 * benchmark measures): answers each request with its first 64 bytes. Stops on SIGTERM.
 */
import * as grpc from '@grpc/grpc-js';
import { ECHO_SERVICE } from './grpc-echo-service';

const server = new grpc.Server();
server.addService(ECHO_SERVICE, {
  echo: (call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>) =>
    callback(null, call.request.subarray(0, 64)),
});
server.bindAsync('localhost:0', grpc.ServerCredentials.createInsecure(), (error, port) => {
  if (error) throw error;
  console.log(`grpc echo listening on ${port}`);
});
process.on('SIGTERM', () => server.tryShutdown(() => process.exit(0)));
