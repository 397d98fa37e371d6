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

/** A JSON value as Google's gateway quotes it: strings in quotes, anything else as JSON text. */
function quoted(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** `typeName` is `TYPE_INT32` for scalars, `type.googleapis.com/<full name>` for messages and enums. */
export function invalidJsonValue(path: string, typeName: string, value: unknown): SpannerError {
  return invalidRequest(`${JSON_PAYLOAD} Invalid value at '${path}' (${typeName}), ${quoted(value)}`);
}

export function jsonListOnSingularField(path: string, typeName: string): SpannerError {
  return invalidRequest(
    `${JSON_PAYLOAD} Invalid value at '${path}' (${typeName}): Proto field is not repeating, cannot start list.`,
  );
}

export function jsonObjectOnScalarField(path: string, typeName: string): SpannerError {
  return invalidRequest(
    `${JSON_PAYLOAD} Invalid value at '${path}' (${typeName}): Starting an object on a scalar field.`,
  );
}

export function jsonValueNotList(path: string): SpannerError {
  return invalidRequest(`${JSON_PAYLOAD} Invalid value at '${path}': expected a list.`);
}

export function jsonValueNotMap(path: string): SpannerError {
  return invalidRequest(`${JSON_PAYLOAD} Invalid value at '${path}': expected a map object.`);
}

export function nullInJsonList(path: string, typeName: string): SpannerError {
  return invalidRequest(
    `${JSON_PAYLOAD} Invalid value at '${path}' (${typeName}): null is not allowed in a list or map.`,
  );
}

/** Two members of one oneof in a JSON object (Google's gateway refuses the second one named). */
export function jsonOneofAlreadySet(path: string, oneof: string, field: string): SpannerError {
  const at = path ? ` at '${path}'` : '';
  return invalidRequest(
    `${JSON_PAYLOAD} Invalid value${at} (oneof), oneof field '${oneof}' is already set. Cannot set '${field}'`,
  );
}

export function queryParameterRepeated(name: string): SpannerError {
  return invalidRequest(
    `${JSON_PAYLOAD} Invalid value at '${name}': the field is not repeated, but the query string gives it more than once.`,
  );
}

export function malformedPathEscape(path: string): SpannerError {
  return invalidRequest(`Invalid request path ${path}: malformed percent-encoding.`);
}

export function unsupportedContentEncoding(encoding: string): SpannerError {
  return invalidRequest(
    `Unsupported Content-Encoding "${encoding}": the request body must be identity, gzip, deflate or br encoded.`,
  );
}

export function undecodableRequestBody(reason: string): SpannerError {
  return invalidRequest(`The request body cannot be read: ${reason}.`);
}

/** A request the HTTP parser refused before any route saw it (bad request line, oversized headers). */
export function malformedHttpRequest(reason: string): SpannerError {
  return invalidRequest(`Malformed HTTP request: ${reason}.`);
}
