/**
 * The REST endpoint a conformance suite talks to: by default a real emulator of this project
 * started in process (in memory); with CONFORMANCE_REST_URL set (e.g. `http://localhost:9020`),
 * an emulator already running elsewhere, such as the official one, which is then neither started
 * nor stopped here. Suites use the switch to check their own runner against the reference by hand;
 * no test depends on an external emulator being present.
 */
import type { Emulator } from '../../src/emulator';
import { startEmulator } from './emulator';

export interface RestTarget {
  /** Base URL without a trailing slash; requests go to `${url}/v1/...`. */
  readonly url: string;
  /** True when the endpoint is CONFORMANCE_REST_URL rather than an emulator started here. */
  readonly external: boolean;
  stop(): Promise<void>;
}

export function externalRestUrl(): string | undefined {
  const url = process.env.CONFORMANCE_REST_URL?.trim();
  return url === undefined || url === '' ? undefined : url.replace(/\/+$/, '');
}

export async function startRestTarget(): Promise<RestTarget> {
  const external = externalRestUrl();
  if (external !== undefined) return { url: external, external: true, stop: async () => {} };
  const emulator: Emulator = await startEmulator();
  return { url: `http://localhost:${emulator.restPort}`, external: false, stop: () => emulator.stop() };
}
