/**
 * The REST error body: `{"error":{"code":<http>,"message":..,"status":"NOT_FOUND","details":[..]}}`
 * with the HTTP status of the standard google.rpc code mapping. Details are the same google.rpc
 * messages gRPC sends, written as JSON Any objects with @type.
 */
import * as protobuf from 'protobufjs';
import { JSONValue } from 'proto3-json-serializer';
import { Status } from '../../../generated/google/rpc/status';
import { codeName, httpStatusOf, SpannerError } from '../../errors';
import { toRpcStatus } from '../../convert/error-status';
import { encodeMessage } from './json-codec';

export interface RestErrorBody {
  error: { code: number; message: string; status: string; details: JSONValue[] };
}

export function restErrorBody(root: protobuf.Root, error: SpannerError): { httpStatus: number; body: RestErrorBody } {
  const statusType = root.lookupType('google.rpc.Status');
  const status = toRpcStatus(error);
  const json = encodeMessage(statusType, Status.encode(status).finish(), false) as { details?: JSONValue[] };
  const httpStatus = httpStatusOf(error.code);
  return {
    httpStatus,
    body: {
      error: { code: httpStatus, message: error.message, status: codeName(error.code), details: json.details ?? [] },
    },
  };
}
