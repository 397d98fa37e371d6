/**
 * The error mapping table: every google.rpc code to its HTTP status and name, and the details
 * each transport carries.
 */
import * as grpc from '@grpc/grpc-js';
import { RetryInfo, ResourceInfo } from '../../generated/google/rpc/error_details';
import { Status } from '../../generated/google/rpc/status';
import { Logger } from '../../src/common/logger';
import { Code, codeName, httpStatusOf, SpannerError } from '../../src/errors';
import { grpcStatusOf } from '../../src/server/grpc/grpc-status';
import { loadProtoRoot } from '../../src/server/rest/proto-root';
import { restErrorBody } from '../../src/server/rest/rest-errors';
import { toRpcStatus } from '../../src/convert/error-status';
import { asSpannerError } from '../../src/server/rpc-status';

describe('error mapping', () => {
  test.each([
    [Code.CANCELLED, 499, 'CANCELLED'],
    [Code.UNKNOWN, 500, 'UNKNOWN'],
    [Code.INVALID_ARGUMENT, 400, 'INVALID_ARGUMENT'],
    [Code.DEADLINE_EXCEEDED, 504, 'DEADLINE_EXCEEDED'],
    [Code.NOT_FOUND, 404, 'NOT_FOUND'],
    [Code.ALREADY_EXISTS, 409, 'ALREADY_EXISTS'],
    [Code.PERMISSION_DENIED, 403, 'PERMISSION_DENIED'],
    [Code.RESOURCE_EXHAUSTED, 429, 'RESOURCE_EXHAUSTED'],
    [Code.FAILED_PRECONDITION, 400, 'FAILED_PRECONDITION'],
    [Code.ABORTED, 409, 'ABORTED'],
    [Code.OUT_OF_RANGE, 400, 'OUT_OF_RANGE'],
    [Code.UNIMPLEMENTED, 501, 'UNIMPLEMENTED'],
    [Code.INTERNAL, 500, 'INTERNAL'],
    [Code.UNAVAILABLE, 503, 'UNAVAILABLE'],
    [Code.DATA_LOSS, 500, 'DATA_LOSS'],
    [Code.UNAUTHENTICATED, 401, 'UNAUTHENTICATED'],
  ])('code %i maps to HTTP %i and %s, and the same code on gRPC', (code, http, name) => {
    expect(httpStatusOf(code)).toBe(http);
    expect(codeName(code)).toBe(name);
    expect(grpcStatusOf(new SpannerError(code, 'm')).code).toBe(code);
    expect(grpc.status[code]).toBe(name);
  });

  const aborted = new SpannerError(Code.ABORTED, 'Transaction was aborted.', [
    { kind: 'retryInfo', retryDelayMs: 25 },
    {
      kind: 'resourceInfo',
      resourceType: 'type.googleapis.com/google.spanner.v1.Session',
      resourceName: 'projects/p/instances/i/databases/d/sessions/s',
      owner: '',
      description: '',
    },
  ]);

  test('gRPC carries google.rpc.Status with packed details in grpc-status-details-bin', () => {
    const status = grpcStatusOf(aborted);
    expect(status.details).toBe('Transaction was aborted.');
    const [bin] = status.metadata.get('grpc-status-details-bin') as Buffer[];
    const decoded = Status.decode(bin);
    expect(decoded.code).toBe(Code.ABORTED);
    expect(decoded.details.map((d) => d.typeUrl)).toEqual([
      'type.googleapis.com/google.rpc.RetryInfo',
      'type.googleapis.com/google.rpc.ResourceInfo',
    ]);
    expect(RetryInfo.decode(decoded.details[0].value).retryDelay).toEqual({ seconds: '0', nanos: 25_000_000 });
    expect(ResourceInfo.decode(decoded.details[1].value).resourceName).toBe(
      'projects/p/instances/i/databases/d/sessions/s',
    );
  });

  test('REST writes the Google error body with the mapped HTTP status', () => {
    const { httpStatus, body } = restErrorBody(loadProtoRoot(), aborted);
    expect(httpStatus).toBe(409);
    expect(body.error).toEqual({
      code: 409,
      message: 'Transaction was aborted.',
      status: 'ABORTED',
      details: [
        { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '0.025s' },
        {
          '@type': 'type.googleapis.com/google.rpc.ResourceInfo',
          resourceType: 'type.googleapis.com/google.spanner.v1.Session',
          resourceName: 'projects/p/instances/i/databases/d/sessions/s',
        },
      ],
    });
  });

  test('an unexpected exception becomes INTERNAL without its message or stack', () => {
    const logged: string[] = [];
    const logger = new Logger('silent');
    logger.error = (m: string) => void logged.push(m);
    const mapped = asSpannerError(new TypeError('secret detail'), 'x/Y', logger);
    expect(mapped.code).toBe(Code.INTERNAL);
    expect(mapped.message).not.toContain('secret');
    expect(logged).toEqual(['Unexpected exception in x/Y']);
  });
});

describe('errors are bounded where they are made', () => {
  test('a long message is cut to 1,024 UTF-8 bytes on a character boundary, ending in "..."', () => {
    for (const char of ['a', 'é', '€', '😀']) {
      const { message } = new SpannerError(Code.INVALID_ARGUMENT, `Bad: ${char.repeat(5000)}`);
      expect(Buffer.byteLength(message)).toBeLessThanOrEqual(1024);
      expect(Buffer.byteLength(message)).toBeGreaterThan(1020);
      expect(message.endsWith(`${char}...`)).toBe(true);
      expect(Buffer.from(message, 'utf8').toString('utf8')).toBe(message);
    }
    const exact = 'b'.repeat(1024);
    expect(new SpannerError(Code.INVALID_ARGUMENT, exact).message).toBe(exact);
  });

  test('detail strings are cut, and details past the budget are left out while RetryInfo stays', () => {
    const resource = (n: number) => ({
      kind: 'resourceInfo' as const,
      resourceType: 't',
      resourceName: `name${n}-${'n'.repeat(5000)}`,
      owner: '',
      description: '',
    });
    const error = new SpannerError(Code.ABORTED, 'm', [
      resource(1),
      resource(2),
      resource(3),
      { kind: 'retryInfo', retryDelayMs: 10 },
    ]);
    // Each cut name takes 1,024 of the 2,048 bytes: the second no longer fits with the first's type.
    expect(error.details.map((d) => d.kind)).toEqual(['resourceInfo', 'retryInfo']);
    const names = error.details.flatMap((d) => (d.kind === 'resourceInfo' ? [d.resourceName] : []));
    expect(names.map((n) => n.slice(0, 6))).toEqual(['name1-']);
    for (const name of names) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(1024);
    expect(Buffer.from(Status.encode(toRpcStatus(error)).finish()).length).toBeLessThan(4096);
  });
});
