/**
 * Starts a real emulator in-process for a test: in memory (or on a given data directory), both
 * transports on free ports, request logging off. Options the emulator does not have yet (see
 * PlannedEmulatorOptions) are passed through and ignored until it does.
 */
import * as grpc from '@grpc/grpc-js';
import { EmulatorOptions } from '../../src/cli-options';
import { Logger } from '../../src/common/logger';
import { Emulator } from '../../src/emulator';
import type { PlannedEmulatorOptions } from './e2e-target';

export async function startEmulator(
  overrides: Partial<EmulatorOptions> & PlannedEmulatorOptions = {},
): Promise<Emulator> {
  const options: EmulatorOptions = {
    host: 'localhost',
    grpcPort: 0,
    restPort: 0,
    dataDir: undefined,
    logRequests: false,
    logLevel: 'error',
    gcIntervalMs: 0,
    operationRetentionMicros: 7 * 86_400_000_000,
    sessionIdleTimeoutMicros: 3_600_000_000,
    transactionIdleTimeoutMicros: 10_000_000,
    multiplexedSessionIdleTimeoutMicros: 28 * 86_400_000_000,
    ...overrides,
  };
  return Emulator.start(options, new Logger(options.logLevel));
}

export function restUrl(emulator: Emulator, path: string): string {
  return `http://localhost:${emulator.restPort}${path}`;
}

/** The result of a gRPC unary call: the response or the status error, never a thrown exception. */
export type GrpcOutcome<T> = { ok: true; value: T } | { ok: false; error: grpc.ServiceError };

type Callback<T> = (error: grpc.ServiceError | null, value: T) => void;

export function callUnary<Req, Res>(
  client: grpc.Client,
  method: (req: Req, cb: Callback<Res>) => grpc.ClientUnaryCall,
  request: Req,
): Promise<GrpcOutcome<Res>> {
  return new Promise((resolve) => {
    method.call(client, request, (error, value) => resolve(error ? { ok: false, error } : { ok: true, value }));
  });
}
