/**
 * Factories for requests the transports cannot turn into a request message: bytes that are not a
 * protobuf message, and REST paths, bodies, headers and JSON values that break the HTTP or proto3
 * JSON rules. All are INVALID_ARGUMENT and name what was wrong; JSON values are worded as Google's
 * gateway words them: `Invalid value at 'page_size' (TYPE_INT32), "abc"`.
 */
import { Code } from './codes';
import { SpannerError } from './spanner-error';

const JSON_PAYLOAD = 'Invalid JSON payload received.';

function invalidRequest(message: string): SpannerError {
  return new SpannerError(Code.INVALID_ARGUMENT, message);
}

export function malformedRequestMessage(method: string, reason: string): SpannerError {
  return invalidRequest(`Invalid ${method} request: the message cannot be decoded (${reason}).`);
}
