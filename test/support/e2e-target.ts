/**
 * The emulator an end-to-end suite talks to: by default one of ours started in process (in memory,
 * or on a given data directory); with E2E_EXTERNAL_GRPC=host:port and E2E_EXTERNAL_REST=http://host:port
 * set, an emulator already running elsewhere (e.g. the official one, to check a suite by hand),
 * which is then neither started nor stopped here. No test depends on an external emulator: suites
 * that must restart or kill the emulator run only against ours and are skipped under the switch.
 */
import type { EmulatorOptions } from '../../src/cli-options';
import type { Emulator } from '../../src/emulator';
import { startEmulator } from './emulator';
import { externalEndpoints } from './external-endpoints';

export interface E2eTarget {
  /** `host:port` of the gRPC endpoint, as SPANNER_EMULATOR_HOST wants it. */
  readonly grpcHost: string;
  /** Base URL of the REST endpoint without a trailing slash; requests go to `${restUrl}/v1/...`. */
  readonly restUrl: string;
  /** True when the endpoints come from E2E_EXTERNAL_GRPC / E2E_EXTERNAL_REST. */
  readonly external: boolean;
  stop(): Promise<void>;
}

/**
 * Options of the emulator that the data plane adds and that end-to-end suites already use; the
 * in-process emulator ignores a field until EmulatorOptions has it.
 */
export interface PlannedEmulatorOptions {
  /** A read-write transaction idle this long is aborted and releases its locks (Spanner: about 10 s). */
  transactionIdleTimeoutMicros?: number;
}

export type E2eEmulatorOptions = Partial<EmulatorOptions> & PlannedEmulatorOptions;

export function isExternalTarget(): boolean {
  return externalEndpoints() !== undefined;
}

/** Our emulator in process as a target, for suites that also need to stop and restart it. */
export function targetOf(emulator: Emulator): E2eTarget {
  return {
    grpcHost: `localhost:${emulator.grpcPort}`,
    restUrl: `http://localhost:${emulator.restPort}`,
    external: false,
    stop: () => emulator.stop(),
  };
}

export async function startE2eTarget(options: E2eEmulatorOptions = {}): Promise<E2eTarget> {
  const external = externalEndpoints();
  if (external !== undefined) return { ...external, external: true, stop: async () => {} };
  return targetOf(await startEmulator(options));
}
