/**
 * SpannerError as a grpc-js status: code, message, and google.rpc.Status in the
 * `grpc-status-details-bin` trailer, which clients decode for RetryInfo and ResourceInfo; the
 * RetryInfo of an ABORTED error also in `google.rpc.retryinfo-bin`.
 */
import { Metadata, StatusObject } from '@grpc/grpc-js';
import { Status } from '../../../generated/google/rpc/status';
import { SpannerError } from '../../errors';
import { encodedRetryInfo, toRpcStatus } from '../../convert/error-status';

export function grpcStatusOf(error: SpannerError): StatusObject {
  const metadata = new Metadata();
  metadata.set('grpc-status-details-bin', Buffer.from(Status.encode(toRpcStatus(error)).finish()));
  // Client transaction runners (Node's among them) read the retry delay of ABORTED from this
  // trailer, not from the status details.
  const retryInfo = encodedRetryInfo(error);
  if (retryInfo !== null) metadata.set('google.rpc.retryinfo-bin', retryInfo);
  return { code: error.code as number, details: error.message, metadata };
}
