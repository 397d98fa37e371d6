/**
 * Why the emulator cannot listen where it was told to (a port in use, a privileged port, a host
 * that is not this machine's), as one StartupError line naming the port or host and the flag and
 * variable that choose another. Checked before gRPC binds, whose own failure is a logged line
 * plus an aggregate error that names neither; its failures are translated here too.
 */
import * as net from 'net';
import { StartupError } from './common/startup-error';

export interface Listener {
  /** What listens: 'gRPC' or 'REST'. */
  readonly name: string;
  readonly flag: string;
  readonly variable: string;
}

export const GRPC_LISTENER: Listener = { name: 'gRPC', flag: '--grpc-port', variable: 'EMULATOR_GRPC_PORT' };
export const REST_LISTENER: Listener = { name: 'REST', flag: '--rest-port', variable: 'EMULATOR_REST_PORT' };

const KNOWN_CODES = /\b(EADDRINUSE|EACCES|EADDRNOTAVAIL|ENOTFOUND|EAI_AGAIN)\b/;

function codeOf(cause: unknown): string | undefined {
  const code = (cause as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  return KNOWN_CODES.exec(cause instanceof Error ? cause.message : String(cause))?.[1];
}

/** The StartupError for a failure to listen on `host:port`. */
export function listenFailure(listener: Listener, host: string, port: number, cause: unknown): StartupError {
  const code = codeOf(cause);
  const choosePort = `choose another port with ${listener.flag} or ${listener.variable} (0 picks a free one)`;
  switch (code) {
    case 'EADDRINUSE':
      return new StartupError(
        `The ${listener.name} port ${port} is already in use on ${host}: stop the process using it, or ${choosePort}.`,
      );
    case 'EACCES':
      return new StartupError(
        `The ${listener.name} port ${port} on ${host} needs privileges this process lacks (EACCES): ${choosePort}.`,
      );
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new StartupError(
        `Cannot listen on host ${host} (${code}): choose an address of this machine with --host or EMULATOR_HOST.`,
      );
    default: {
      const detail = cause instanceof Error ? cause.message : String(cause);
      return new StartupError(`Cannot listen for ${listener.name} on ${host}:${port} (${detail}): ${choosePort}.`);
    }
  }
}

/**
 * Listens on `host:port` and closes at once, so a port in use or a host that is not this machine's
 * is reported before anything binds (with port 0 only the host is checked).
 */
export async function checkCanListen(listener: Listener, host: string, port: number): Promise<void> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e) => reject(listenFailure(listener, host, port, e)));
    server.listen(port, host, () => server.close(() => resolve()));
  });
}
