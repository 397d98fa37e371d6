/**
 * Turns whatever a handler threw into a SpannerError, and a SpannerError into google.rpc.Status with
 * its details packed as Any. Both transports use this, so gRPC and REST report the same error.
 * Unexpected exceptions are logged here, with their stack, and become INTERNAL: never UNKNOWN,
 * never a stack trace on the wire.
 */
import { Any } from '../../generated/google/protobuf/any';
import { BadRequest, ErrorInfo, ResourceInfo, RetryInfo } from '../../generated/google/rpc/error_details';
import { Status } from '../../generated/google/rpc/status';
import { assertNever, ErrorDetail, internalError, isSpannerError, SpannerError } from '../errors';
import { Logger } from '../common/logger';

const TYPE_PREFIX = 'type.googleapis.com/google.rpc.';

export function asSpannerError(error: unknown, method: string, logger: Logger): SpannerError {
  if (isSpannerError(error)) return error;
  logger.error(`Unexpected exception in ${method}`, error);
  return internalError();
}

function packDetail(detail: ErrorDetail): Any {
  switch (detail.kind) {
    case 'retryInfo': {
      const seconds = Math.floor(detail.retryDelayMs / 1000);
      const nanos = Math.round((detail.retryDelayMs - seconds * 1000) * 1e6);
      const value = RetryInfo.encode({ retryDelay: { seconds: String(seconds), nanos } }).finish();
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
