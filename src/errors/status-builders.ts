/**
 * One-line builders of a SpannerError with a given code, shared by the topic files of this folder.
 * They are not exported from the catalog: everything outside src/errors/ uses the named factories,
 * so every message stays next to the condition it describes.
 */
import { Code } from './codes';
import { SpannerError } from './spanner-error';

export function invalid(message: string): SpannerError {
  return new SpannerError(Code.INVALID_ARGUMENT, message);
}

export function failed(message: string): SpannerError {
  return new SpannerError(Code.FAILED_PRECONDITION, message);
}

export function notFound(message: string): SpannerError {
  return new SpannerError(Code.NOT_FOUND, message);
}
