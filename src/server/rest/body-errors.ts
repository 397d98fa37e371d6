/**
 * The errors body-parser reports when it cannot read a request body (an unknown Content-Encoding,
 * a gzip body that is not gzip, a body cut short, one too large), as the SpannerError the client
 * gets: all are the client's doing, so INVALID_ARGUMENT, never INTERNAL. Anything else it might
 * report is left to the caller, which treats it as unexpected.
 */
import { malformedJsonBody, SpannerError, undecodableRequestBody, unsupportedContentEncoding } from '../../errors';

interface BodyParserError {
  readonly status?: unknown;
  readonly type?: unknown;
  readonly encoding?: unknown;
  readonly message?: unknown;
}

export function bodyReadError(error: unknown): SpannerError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, type, encoding, message } = error as BodyParserError;
  const reason = typeof message === 'string' ? message : String(type);
  if (type === 'encoding.unsupported') return unsupportedContentEncoding(String(encoding));
  if (status === 413) return malformedJsonBody(`Request body too large: ${reason}`);
  if (typeof status === 'number' && status >= 400 && status < 500) return undecodableRequestBody(reason);
  return undefined;
}
