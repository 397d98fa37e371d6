/**
 * Conversions the admin handlers share: messages packed for google.protobuf.Any (type URL + binary
 * encoding, as operations store them), and stored operations to google.longrunning.Operation.
 */
import { Operation } from '../../generated/google/longrunning/operations';
import type { Any } from '../../generated/google/protobuf/any';
import type { OperationRecord, PackedMessage } from '../resources/operations/operation-store';

const TYPE_URL_PREFIX = 'type.googleapis.com/';

interface Encoder<T> {
  encode(message: T): { finish(): Uint8Array };
}

/** `fullName` is the proto message's full name, e.g. `google.protobuf.Empty`. */
export function pack<T>(fullName: string, codec: Encoder<T>, message: T): PackedMessage {
  return { typeUrl: TYPE_URL_PREFIX + fullName, value: Buffer.from(codec.encode(message).finish()) };
}

function toAny(packed: PackedMessage): Any {
  return { typeUrl: packed.typeUrl, value: packed.value };
}

export function operationToProto(record: OperationRecord): Operation {
  const result = record.result;
  return {
    name: record.name,
    metadata: record.metadata ? toAny(record.metadata) : undefined,
    done: record.done,
    result:
      result === null
        ? undefined
        : result.kind === 'response'
          ? { $case: 'response', value: toAny(result.response) }
          : { $case: 'error', value: { code: result.code, message: result.message, details: [] } },
  };
}
