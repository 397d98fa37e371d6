/**
 * SpannerError: the one error type that crosses layers. It carries a google.rpc code, a message and
 * structured details (the google.rpc error-detail messages as plain data). Transport adapters turn it
 * into a gRPC status or a REST error body; they never invent codes of their own.
 *
 * Construct it only through the named factories in this folder, so every message lives in one place.
 */

import { Code } from './codes';

/** google.rpc.RetryInfo: clients wait this long before retrying an ABORTED transaction. */
export interface RetryInfoDetail {
  kind: 'retryInfo';
  retryDelayMs: number;
}

/** google.rpc.ResourceInfo: names the resource that was missing or in conflict. */
export interface ResourceInfoDetail {
  kind: 'resourceInfo';
  resourceType: string;
  resourceName: string;
  owner: string;
  description: string;
}

/** google.rpc.ErrorInfo: a machine-readable reason. */
export interface ErrorInfoDetail {
  kind: 'errorInfo';
  reason: string;
  domain: string;
  metadata: Record<string, string>;
}

/** google.rpc.BadRequest: which request fields were wrong. */
export interface BadRequestDetail {
  kind: 'badRequest';
  fieldViolations: { field: string; description: string }[];
}

export type ErrorDetail = RetryInfoDetail | ResourceInfoDetail | ErrorInfoDetail | BadRequestDetail;

export class SpannerError extends Error {
  readonly code: Code;
  readonly details: readonly ErrorDetail[];

  constructor(code: Code, message: string, details: readonly ErrorDetail[] = []) {
    super(message);
    this.name = 'SpannerError';
    this.code = code;
    this.details = details;
  }
}

export function isSpannerError(e: unknown): e is SpannerError {
  return e instanceof SpannerError;
}
