/**
 * The structured details an error may carry: the google.rpc error-detail messages as plain data,
 * packed as Any by the transports. Types only; SpannerError carries them, error-limits.ts bounds them.
 */

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
