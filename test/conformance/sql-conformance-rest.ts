/**
 * The Spanner v1 REST calls of the SQL conformance runner, with plain fetch against any emulator's
 * REST port: every request has a timeout, and an error answer becomes {code name, message} whichever
 * body shape carries it (Google's `{"error": {"status", "message"}}` or the grpc-gateway's
 * `{"code": 3, "message"}` of the official emulator). A hung server, a refused connection or a
 * body that is neither a result nor an error is a TransportFailure: it fails the case whatever the
 * step expects, so an expected error can never be met by a broken transport.
 */
import { Code } from '../../src/errors/codes';

export interface RestError {
  /** The canonical code name, e.g. `INVALID_ARGUMENT`. */
  code: string;
  message: string;
}

export type RestOutcome<T> = { ok: true; body: T } | { ok: false; error: RestError };

export class TransportFailure extends Error {}

const OPERATION_POLL_MS = 20;

export class SpannerRest {
  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs: number,
  ) {}

  /** `method /v1/<path>` with a JSON body; answers the parsed body or the error it carries. */
  async call<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<RestOutcome<T>> {
    const url = `${this.baseUrl}/v1/${path}`;
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      throw new TransportFailure(`${method} ${path}: ${(error as Error).message} (timeout ${this.timeoutMs} ms)`);
    }
    const parsed = parseJson(text, `${method} ${path}`);
    if (response.ok) return { ok: true, body: parsed as T };
    const error = errorOf(parsed);
    if (error === null) throw new TransportFailure(`${method} ${path}: HTTP ${response.status} ${text.slice(0, 300)}`);
    return { ok: false, error };
  }

  /** Answers the long-running operation's outcome once done, polling it while it runs. */
  async awaitOperation(outcome: RestOutcome<Operation>): Promise<RestOutcome<Operation>> {
    const deadline = Date.now() + this.timeoutMs;
    let current = outcome;
    while (current.ok && current.body.done !== true) {
      if (Date.now() > deadline) throw new TransportFailure(`operation ${current.body.name} not done in time`);
      await new Promise((resolve) => setTimeout(resolve, OPERATION_POLL_MS));
      current = await this.call<Operation>('GET', current.body.name);
    }
    if (current.ok && current.body.error !== undefined) {
      return { ok: false, error: statusError(current.body.error) };
    }
    return current;
  }
}

export interface Operation {
  name: string;
  done?: boolean;
  error?: { code?: number; message?: string };
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new TransportFailure(`${what}: not JSON: ${text.slice(0, 300)}`);
  }
}

/** The error of either body shape, or null when the body is neither. */
export function errorOf(body: unknown): RestError | null {
  if (typeof body !== 'object' || body === null) return null;
  const { error, code, message } = body as { error?: unknown; code?: unknown; message?: unknown };
  if (typeof error === 'object' && error !== null) {
    const google = error as { status?: unknown; message?: unknown };
    if (typeof google.status === 'string') return { code: google.status, message: String(google.message ?? '') };
  }
  if (typeof code === 'number') return statusError({ code, message: String(message ?? '') });
  return null;
}

/** A google.rpc.Status (numeric code) as a RestError; its code is OK when absent. */
export function statusError(status: { code?: number; message?: string }): RestError {
  const code = status.code ?? Code.OK;
  return { code: Code[code] ?? `code ${code}`, message: status.message ?? '' };
}
