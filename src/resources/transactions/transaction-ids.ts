/**
 * Transaction ids as clients see them (opaque bytes): this process's boot id, the kind of the
 * transaction and a counter. The boot id tells an id issued before a restart (its transaction is
 * gone, a read-write one answers ABORTED so the client retries) from a malformed one; the kind
 * lets that answer depend on what the transaction was. Nothing here tracks transactions.
 */
import { randomBytes } from 'crypto';

export type TransactionKind = 'readOnly' | 'readWrite' | 'partitionedDml';

const KIND_BYTE: Record<TransactionKind, number> = { readOnly: 1, readWrite: 2, partitionedDml: 3 };
const ID_LENGTH = 13;

export interface ParsedTransactionId {
  /** False when the id was issued by an earlier run of the emulator. */
  readonly current: boolean;
  readonly kind: TransactionKind;
}

export class TransactionIds {
  private readonly boot = randomBytes(4);
  private counter = 0;

  next(kind: TransactionKind): Buffer {
    const id = Buffer.alloc(ID_LENGTH);
    this.boot.copy(id, 0);
    id[4] = KIND_BYTE[kind];
    id.writeBigUInt64BE(BigInt(++this.counter), 5);
    return id;
  }

  /** null when the bytes are not an id of this emulator. */
  parse(id: Uint8Array): ParsedTransactionId | null {
    if (id.length !== ID_LENGTH) return null;
    const kind = (Object.keys(KIND_BYTE) as TransactionKind[]).find((k) => KIND_BYTE[k] === id[4]);
    if (kind === undefined) return null;
    return { current: Buffer.from(id.subarray(0, 4)).equals(this.boot), kind };
  }
}

/** How ids appear in messages. */
export function transactionIdText(id: Uint8Array): string {
  return Buffer.from(id).toString('hex');
}
