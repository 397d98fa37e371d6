/**
 * A SpannerError as google.rpc.Status, its details packed as Any (RetryInfo, ResourceInfo,
 * ErrorInfo, BadRequest). The transports send it as the error of a call; results that carry a
 * status of their own (BatchWriteResponse, ExecuteBatchDmlResponse) embed it.
 */
import type { Any } from '../../generated/google/protobuf/any';
import { BadRequest, ErrorInfo, ResourceInfo, RetryInfo } from '../../generated/google/rpc/error_details';
import type { Status } from '../../generated/google/rpc/status';
import { assertNever } from '../errors/assert-never';
import type { ErrorDetail, RetryInfoDetail, SpannerError } from '../errors/spanner-error';

const TYPE_PREFIX = 'type.googleapis.com/google.rpc.';

function packDetail(detail: ErrorDetail): Any {
  switch (detail.kind) {
    case 'retryInfo': {
      const value = RetryInfo.encode(retryDelayOf(detail)).finish();
      return { typeUrl: `${TYPE_PREFIX}RetryInfo`, value: Buffer.from(value) };
    }
    case 'resourceInfo': {
      const { resourceType, resourceName, owner, description } = detail;
      const value = ResourceInfo.encode({ resourceType, resourceName, owner, description }).finish();
      return { typeUrl: `${TYPE_PREFIX}ResourceInfo`, value: Buffer.from(value) };
    }
    case 'errorInfo': {
      const value = ErrorInfo.encode({
        reason: detail.reason,
        domain: detail.domain,
        metadata: detail.metadata,
      }).finish();
      return { typeUrl: `${TYPE_PREFIX}ErrorInfo`, value: Buffer.from(value) };
    }
    case 'badRequest': {
      const fieldViolations = detail.fieldViolations.map((v) => ({ ...v, reason: '', localizedMessage: undefined }));
      const value = BadRequest.encode({ fieldViolations }).finish();
      return { typeUrl: `${TYPE_PREFIX}BadRequest`, value: Buffer.from(value) };
    }
    default:
      return assertNever(detail, 'error detail');
  }
}

export function toRpcStatus(error: SpannerError): Status {
  return { code: error.code, message: error.message, details: error.details.map(packDetail) };
}

/** google.rpc.RetryInfo of an error that has one, encoded (clients also read it from its own trailer). */
export function encodedRetryInfo(error: SpannerError): Buffer | null {
  const detail = error.details.find((d): d is RetryInfoDetail => d.kind === 'retryInfo');
  return detail === undefined ? null : Buffer.from(RetryInfo.encode(retryDelayOf(detail)).finish());
}

function retryDelayOf(detail: RetryInfoDetail): RetryInfo {
  const seconds = Math.floor(detail.retryDelayMs / 1000);
  const nanos = Math.round((detail.retryDelayMs - seconds * 1000) * 1e6);
  return { retryDelay: { seconds: String(seconds), nanos } };
}
