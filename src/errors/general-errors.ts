/**
 * Factories for errors that belong to no particular resource: unimplemented methods, malformed
 * requests, and the catch-all for unexpected exceptions.
 */

import { Code } from './codes';
import { SpannerError } from './spanner-error';
import { invalid } from './status-builders';

export function unimplementedMethod(method: string): SpannerError {
  return new SpannerError(Code.UNIMPLEMENTED, `Method ${method} is not implemented by this emulator.`);
}

export function unimplementedFeature(feature: string): SpannerError {
  return new SpannerError(Code.UNIMPLEMENTED, `${feature} is not supported by this emulator.`);
}

export function malformedJsonBody(reason: string): SpannerError {
  return new SpannerError(Code.INVALID_ARGUMENT, `Invalid JSON payload received. ${reason}`);
}

export function routeNotFound(method: string, path: string): SpannerError {
  return new SpannerError(Code.NOT_FOUND, `No REST route matches ${method} ${path}`);
}

/** An exception nobody anticipated. The original is logged by the caller, never sent to the client. */
export function internalError(): SpannerError {
  return new SpannerError(Code.INTERNAL, 'Internal error in the emulator; see its log for details.');
}

export function deadlineExceeded(what: string): SpannerError {
  return new SpannerError(Code.DEADLINE_EXCEEDED, `Deadline exceeded: ${what}`);
}

/** A request without a field the API requires. */
export function missingRequiredField(field: string): SpannerError {
  return invalid(`No value provided for required field: ${field}`);
}
