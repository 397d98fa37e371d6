/**
 * Precommit tokens of read-write transactions on multiplexed sessions: every response that can
 * carry one (BeginTransaction, ResultSet, the last PartialResultSet, ExecuteBatchDmlResponse)
 * gets a token with a higher sequence number, and Commit sends the highest one it received.
 * A commit without a token of its transaction is refused, as the API says. A lower sequence number
 * than the last issued is accepted: a client that stopped reading a stream early never received
 * that stream's token, and on one server nothing depends on it. Nothing is persisted.
 */
import { missingPrecommitToken, unknownPrecommitToken } from '../../errors/transaction-errors';

export interface PrecommitToken {
  readonly precommitToken: Buffer;
  readonly seqNum: number;
}

export class PrecommitTokens {
  private highest = 0;

  constructor(private readonly transactionId: Buffer) {}

  next(): PrecommitToken {
    this.highest++;
    const bytes = Buffer.alloc(this.transactionId.length + 4);
    this.transactionId.copy(bytes);
    bytes.writeUInt32BE(this.highest, this.transactionId.length);
    return { precommitToken: bytes, seqNum: this.highest };
  }

  /** Refuses a commit whose token is missing, of another transaction, or never issued. */
  check(sent: PrecommitToken | undefined): void {
    const length = this.transactionId.length;
    const bytes = sent?.precommitToken;
    if (bytes === undefined || bytes.length !== length + 4 || !bytes.subarray(0, length).equals(this.transactionId)) {
      throw missingPrecommitToken();
    }
    const seq = bytes.readUInt32BE(length);
    if (seq > this.highest || sent!.seqNum !== seq) throw unknownPrecommitToken(sent!.seqNum, this.highest);
  }
}
