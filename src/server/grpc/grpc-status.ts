/**
 * SpannerError as a grpc-js status: code, message, and google.rpc.Status in the
 * `grpc-status-details-bin` trailer, which clients decode for RetryInfo and ResourceInfo.
 */
import { Metadata, StatusObject } from '@grpc/grpc-js';
import { Status } from '../../../generated/google/rpc/status';
import { SpannerError } from '../../errors';
import { toRpcStatus } from '../rpc-status';

export function grpcStatusOf(error: SpannerError): StatusObject {
  const metadata = new Metadata();
  metadata.set('grpc-status-details-bin', Buffer.from(Status.encode(toRpcStatus(error)).finish()));
  return { code: error.code as number, details: error.message, metadata };
}
