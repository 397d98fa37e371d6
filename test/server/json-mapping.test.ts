/**
 * The REST JSON mapping, checked both ways through the real codec: JSON -> ts-proto request ->
 * JSON must give back exactly the proto3 JSON form.
 */
import { ExecuteSqlRequest, ReadRequest, SpannerService } from '../../generated/google/spanner/v1/spanner';
import { Status } from '../../generated/google/rpc/status';
import { Operation } from '../../generated/google/longrunning/operations';
import { Instance } from '../../generated/google/spanner/admin/instance/v1/spanner_instance_admin';
import { MethodDefinition } from '../../src/handlers/handler-types';
import { decodeRequest, encodeMessage, encodeResponse, wantsNumericEnums } from '../../src/server/rest/json-codec';
import { loadProtoRoot } from '../../src/server/rest/proto-root';
import { toRpcStatus } from '../../src/convert/error-status';
import { SpannerError, Code } from '../../src/errors';

const root = loadProtoRoot();
const executeSqlType = root.lookupType('google.spanner.v1.ExecuteSqlRequest');
const executeSql = SpannerService.executeSql as unknown as MethodDefinition;
// Encoding the request type as if it were a response exercises the same path a handler's answer takes.
const asResponse = {
  ...executeSql,
  responseSerialize: (v: unknown) => Buffer.from(ExecuteSqlRequest.encode(v as ExecuteSqlRequest).finish()),
} as MethodDefinition;

function roundTrip(json: Record<string, unknown>, numericEnums = false): unknown {
  const decoded = decodeRequest(executeSqlType, executeSql, json);
  return encodeResponse(executeSqlType, asResponse, decoded, numericEnums);
}

describe('proto3 JSON mapping', () => {
  test('int64 travels as a string and decodes to a string', () => {
    const decoded = decodeRequest(executeSqlType, executeSql, { seqno: '9007199254740993' }) as ExecuteSqlRequest;
    expect(decoded.seqno).toBe('9007199254740993');
    expect(roundTrip({ seqno: '9007199254740993' })).toEqual({ seqno: '9007199254740993' });
  });

  test('bytes are base64', () => {
    const decoded = decodeRequest(executeSqlType, executeSql, { transaction: { id: 'AAEC/w==' } }) as ExecuteSqlRequest;
    expect(decoded.transaction?.selector?.$case).toBe('id');
    expect(roundTrip({ transaction: { id: 'AAEC/w==' } })).toEqual({ transaction: { id: 'AAEC/w==' } });
  });

  test('timestamps keep nanoseconds', () => {
    const json = { transaction: { singleUse: { readOnly: { readTimestamp: '2024-05-06T07:08:09.123456789Z' } } } };
    const decoded = decodeRequest(executeSqlType, executeSql, json) as ExecuteSqlRequest;
    const sel = decoded.transaction?.selector;
    expect(
      sel?.$case === 'singleUse' && sel.value.mode?.$case === 'readOnly' && sel.value.mode.value.timestampBound,
    ).toEqual({
      $case: 'readTimestamp',
      value: { seconds: '1714979289', nanos: 123456789 },
    });
    expect(roundTrip(json)).toEqual(json);
  });

  test('a null member of a oneof does not count as set', () => {
    const json = { transaction: { singleUse: { readOnly: null, readWrite: {} } } };
    expect(roundTrip(json)).toEqual({ transaction: { singleUse: { readWrite: {} } } });
  });

  test('a ListValue takes only a JSON array: a key that is not one names its place', () => {
    const readType = root.lookupType('google.spanner.v1.ReadRequest');
    const readMethod = SpannerService.read as unknown as MethodDefinition;
    expect(() => decodeRequest(readType, readMethod, { keySet: { keys: ['1'] } })).toThrow(
      `Invalid JSON payload received. Invalid value at 'key_set.keys[0]' (type.googleapis.com/google.protobuf.ListValue), "1"`,
    );
  });

  test('a singular ListValue field takes a JSON array (KeyRange bounds)', () => {
    const readType = root.lookupType('google.spanner.v1.ReadRequest');
    const readMethod = SpannerService.read as unknown as MethodDefinition;
    const json = { keySet: { ranges: [{ startClosed: ['a', '1'], endOpen: [] }] } };
    const decoded = decodeRequest(readType, readMethod, json) as ReadRequest;
    expect(decoded.keySet?.ranges[0]).toEqual({
      startKeyType: { $case: 'startClosed', value: ['a', '1'] },
      endKeyType: { $case: 'endOpen', value: [] },
    });
  });

  test('durations are written like "1.5s"', () => {
    const json = { transaction: { singleUse: { readOnly: { maxStaleness: '1.500s' } } } };
    expect(roundTrip(json)).toEqual(json);
    expect(roundTrip({ transaction: { singleUse: { readOnly: { maxStaleness: '1.5s' } } } })).toEqual(json);
  });

  test('negative durations decode with their sign; ill-formed or out-of-range ones name their field', () => {
    const staleness = (maxStaleness: unknown) => {
      const json = { transaction: { singleUse: { readOnly: { maxStaleness } } } };
      const sel = (decodeRequest(executeSqlType, executeSql, json) as ExecuteSqlRequest).transaction?.selector;
      return sel?.$case === 'singleUse' && sel.value.mode?.$case === 'readOnly' && sel.value.mode.value.timestampBound;
    };
    expect(staleness('-5s')).toEqual({ $case: 'maxStaleness', value: { seconds: '-5', nanos: 0 } });
    expect(staleness('-1.5s')).toEqual({ $case: 'maxStaleness', value: { seconds: '-1', nanos: -500000000 } });
    expect(staleness('-0.000000001s')).toEqual({ $case: 'maxStaleness', value: { seconds: '0', nanos: -1 } });
    expect(staleness('-0s')).toEqual({ $case: 'maxStaleness', value: { seconds: '0', nanos: 0 } });
    expect(staleness('315576000000s')).toEqual({ $case: 'maxStaleness', value: { seconds: '315576000000', nanos: 0 } });
    for (const bad of ['5', 's', '1.s', '1.1234567891s', '+1s', '315576000001s', 7, { seconds: 1 }]) {
      expect(() => staleness(bad)).toThrow(
        `Invalid JSON payload received. Invalid value at 'transaction.single_use.read_only.max_staleness' ` +
          `(type.googleapis.com/google.protobuf.Duration), ${JSON.stringify(bad)}`,
      );
    }
  });

  test('enums by name, by number on request, and numbers out with enum-encoding=int', () => {
    expect(roundTrip({ queryMode: 'PROFILE' })).toEqual({ queryMode: 'PROFILE' });
    expect(roundTrip({ queryMode: 2 })).toEqual({ queryMode: 'PROFILE' });
    expect(roundTrip({ queryMode: 'PROFILE' }, true)).toEqual({ queryMode: 2 });
    expect(wantsNumericEnums([['$alt', 'json;enum-encoding=int']])).toBe(true);
    expect(wantsNumericEnums([['$alt', 'json']])).toBe(false);
  });

  test('Struct params and the snake_case spelling of field names', () => {
    const out = roundTrip({ sql: 'SELECT @a', params: { a: '1', b: null }, param_types: { a: { code: 'INT64' } } });
    expect(out).toEqual({ sql: 'SELECT @a', params: { a: '1', b: null }, paramTypes: { a: { code: 'INT64' } } });
  });

  test('Any is written with @type and its fields', () => {
    const error = new SpannerError(Code.ABORTED, 'retry', [{ kind: 'retryInfo', retryDelayMs: 1500 }]);
    const bytes = Status.encode(toRpcStatus(error)).finish();
    const json = encodeMessage(root.lookupType('google.rpc.Status'), bytes, false);
    expect(json).toEqual({
      code: 10,
      message: 'retry',
      details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '1.500s' }],
    });
  });

  test('empty maps are omitted, also inside an Any', () => {
    const instance = Instance.encode(Instance.fromPartial({ name: 'projects/p/instances/i', labels: {} })).finish();
    const operation = Operation.encode(
      Operation.fromPartial({
        name: 'op',
        metadata: {
          typeUrl: 'type.googleapis.com/google.spanner.admin.instance.v1.Instance',
          value: Buffer.from(instance),
        },
      }),
    ).finish();
    const json = encodeMessage(root.lookupType('google.longrunning.Operation'), operation, false);
    expect(json).toEqual({
      name: 'op',
      metadata: {
        '@type': 'type.googleapis.com/google.spanner.admin.instance.v1.Instance',
        name: 'projects/p/instances/i',
      },
    });
  });

  test.each([
    [{ bogus: 1 }, 'Unknown name "bogus": Cannot find field.'],
    [{ transaction: { bogus: 1 } }, `Unknown name "bogus" at 'transaction': Cannot find field.`],
    [
      { transaction: 'x' },
      `Invalid value at 'transaction' (type.googleapis.com/google.spanner.v1.TransactionSelector), "x"`,
    ],
    [{ constructor: 1 }, 'Unknown name "constructor": Cannot find field.'],
    [JSON.parse('{"__proto__": 1}') as Record<string, unknown>, 'Unknown name "__proto__": Cannot find field.'],
    [{ seqno: '9223372036854775808' }, `Invalid value at 'seqno' (TYPE_INT64), "9223372036854775808"`],
    [{ seqno: 1.5 }, `Invalid value at 'seqno' (TYPE_INT64), 1.5`],
    [{ seqno: 'abc' }, `Invalid value at 'seqno' (TYPE_INT64), "abc"`],
    [{ sql: 5 }, `Invalid value at 'sql' (TYPE_STRING), 5`],
    [{ sql: ['a'] }, `Invalid value at 'sql' (TYPE_STRING): Proto field is not repeating, cannot start list.`],
    [{ sql: { a: 1 } }, `Invalid value at 'sql' (TYPE_STRING): Starting an object on a scalar field.`],
    [{ resumeToken: 'not base64!' }, `Invalid value at 'resume_token' (TYPE_BYTES), "not base64!"`],
    [
      { queryMode: 1.5 },
      `Invalid value at 'query_mode' (type.googleapis.com/google.spanner.v1.ExecuteSqlRequest.QueryMode), 1.5`,
    ],
    [{ requestOptions: { priority: true } }, `Invalid value at 'request_options.priority'`],
    [{ dataBoostEnabled: 'yes' }, `Invalid value at 'data_boost_enabled' (TYPE_BOOL), "yes"`],
    [{ partitionToken: null, paramTypes: { a: null } }, `Invalid value at 'param_types[a]'`],
    [{ queryMode: 'NOT_A_MODE' }, 'Invalid JSON payload received.'],
    [
      { transaction: { singleUse: { readOnly: {}, readWrite: {} } } },
      `Invalid value at 'transaction.single_use' (oneof), oneof field 'mode' is already set. Cannot set 'readWrite'`,
    ],
    [
      { transaction: { singleUse: { readOnly: { strong: true, exact_staleness: '1s' } } } },
      `at 'transaction.single_use.read_only' (oneof), oneof field 'timestamp_bound' is already set. Cannot set 'exact_staleness'`,
    ],
    [
      { transaction: { id: 'AA==', begin: { readOnly: {} } } },
      `Invalid value at 'transaction' (oneof), oneof field 'selector' is already set. Cannot set 'begin'`,
    ],
    [
      { params: { a: '1' }, paramTypes: { a: { code: 'INT64' } }, transaction: { singleUse: 'x' } },
      `Invalid value at 'transaction.single_use' (type.googleapis.com/google.spanner.v1.TransactionOptions), "x"`,
    ],
    [
      { params: ['a'] },
      `Invalid value at 'params' (type.googleapis.com/google.protobuf.Struct): Proto field is not repeating`,
    ],
    [
      { transaction: { singleUse: { readOnly: { readTimestamp: 5 } } } },
      `Invalid value at 'transaction.single_use.read_only.read_timestamp' (type.googleapis.com/google.protobuf.Timestamp), 5`,
    ],
  ])('rejects %j with INVALID_ARGUMENT', (json: Record<string, unknown>, message) => {
    expect(() => decodeRequest(executeSqlType, executeSql, json)).toThrow(message);
    try {
      decodeRequest(executeSqlType, executeSql, json);
    } catch (e) {
      expect((e as SpannerError).code).toBe(Code.INVALID_ARGUMENT);
    }
  });

  test('null means the default; integers may be strings or exponent forms; bools may be their strings', () => {
    expect(roundTrip({ sql: 'SELECT 1', seqno: null, transaction: null, queryOptions: null })).toEqual({
      sql: 'SELECT 1',
    });
    expect(roundTrip({ seqno: 1e2 })).toEqual({ seqno: '100' });
    expect(roundTrip({ seqno: '-9223372036854775808' })).toEqual({ seqno: '-9223372036854775808' });
    expect(roundTrip({ dataBoostEnabled: 'true' })).toEqual({ dataBoostEnabled: true });
    expect(roundTrip({ resumeToken: 'AAEC_w' })).toEqual({ resumeToken: 'AAEC/w==' });
  });
});
