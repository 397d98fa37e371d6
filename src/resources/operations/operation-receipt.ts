/**
 * A done operation as bytes, for the receipt a schema batch carries into its database file
 * (engine/database/schema-receipt.ts): everything recordOperation() needs to record it again, so
 * an operation lost to a crash between the two files can be recreated exactly as it was answered.
 * JSON with base64 message bytes, versioned; a receipt this version cannot read decodes to null.
 */
import type { DoneOperation } from './operation-recording';
import type { OperationResult, PackedMessage } from './operation-store';

const VERSION = 1;

interface PackedJson {
  readonly typeUrl: string;
  readonly value: string;
}

interface ReceiptJson {
  readonly v: number;
  readonly parent: string;
  readonly id: string;
  readonly metadata: PackedJson;
  readonly result: { kind: 'response'; response: PackedJson } | { kind: 'error'; code: number; message: string };
  readonly createTime: number;
}

const toJson = (m: PackedMessage): PackedJson => ({ typeUrl: m.typeUrl, value: m.value.toString('base64') });
const fromJson = (m: PackedJson): PackedMessage => ({ typeUrl: m.typeUrl, value: Buffer.from(m.value, 'base64') });

export function encodeOperationReceipt(op: DoneOperation): Uint8Array {
  const result: ReceiptJson['result'] =
    op.result.kind === 'response' ? { kind: 'response', response: toJson(op.result.response) } : op.result;
  const json: ReceiptJson = {
    v: VERSION,
    parent: op.parent,
    id: op.id,
    metadata: toJson(op.metadata),
    result,
    createTime: op.createTime,
  };
  return Buffer.from(JSON.stringify(json), 'utf8');
}

export function decodeOperationReceipt(bytes: Uint8Array): DoneOperation | null {
  let json: ReceiptJson;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8')) as ReceiptJson;
  } catch {
    return null;
  }
  if (json.v !== VERSION) return null;
  const result: OperationResult =
    json.result.kind === 'response'
      ? { kind: 'response', response: fromJson(json.result.response) }
      : { kind: 'error', code: json.result.code, message: json.result.message };
  return { parent: json.parent, id: json.id, metadata: fromJson(json.metadata), result, createTime: json.createTime };
}
