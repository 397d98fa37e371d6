/** Builds the transport-neutral CallContext that every handler receives. */
import { CallContext } from '../handlers/handler-types';

export function createCallContext(
  method: string,
  protocol: CallContext['protocol'],
  headers: Iterable<[string, unknown]>,
  signal: AbortSignal,
): CallContext {
  const metadata = new Map<string, string>();
  for (const [name, value] of headers) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') metadata.set(name.toLowerCase(), first);
  }
  return { method, protocol, metadata, signal };
}
