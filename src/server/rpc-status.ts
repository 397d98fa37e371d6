/**
 * Turns whatever a handler threw into a SpannerError, which both transports then send as
 * google.rpc.Status (convert/error-status.ts), so gRPC and REST report the same error.
 * Unexpected exceptions are logged here, with their stack, and become INTERNAL: never UNKNOWN,
 * never a stack trace on the wire.
 */
import { internalError, isSpannerError, SpannerError } from '../errors';
import { Logger } from '../common/logger';

export function asSpannerError(error: unknown, method: string, logger: Logger): SpannerError {
  if (isSpannerError(error)) return error;
  logger.error(`Unexpected exception in ${method}`, error);
  return internalError();
}
