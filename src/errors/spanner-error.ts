/**
 * SpannerError: the one error type that crosses layers. It carries a google.rpc code, a message and
 * structured details (the google.rpc error-detail messages as plain data). Transport adapters turn it
 * into a gRPC status or a REST error body; they never invent codes of their own.
 *
 * Message and details are bounded here, where every error is made (error-limits.ts), so no error
 * on any transport or in a stored operation can carry an unbounded quote of its input.
 *
 * Construct it only through the named factories in this folder, so every message lives in one place.
 */

import { Code } from './codes';
import { ErrorDetail } from './error-details';
import { boundErrorDetails, boundErrorMessage } from './error-limits';

export type {
  BadRequestDetail,
  ErrorDetail,
  ErrorInfoDetail,
  ResourceInfoDetail,
  RetryInfoDetail,
} from './error-details';

export class SpannerError extends Error {
  readonly code: Code;
  readonly details: readonly ErrorDetail[];

  constructor(code: Code, message: string, details: readonly ErrorDetail[] = []) {
    super(boundErrorMessage(message));
    this.name = 'SpannerError';
    this.code = code;
    this.details = details.length === 0 ? details : boundErrorDetails(details);
  }
}

export function isSpannerError(e: unknown): e is SpannerError {
  return e instanceof SpannerError;
}
