/**
 * Resume tokens of Read and StreamingRead: opaque bytes a PartialResultSet carries at a row
 * boundary, which a client sends back (with the same request) to continue after that row when a
 * stream broke. One holds the key of the last row given (the position the read continues after),
 * how many rows were given (the limit counts them), the read timestamp of a single-use read (its
 * retry is a new single-use transaction, which must read the same snapshot), and a digest of the
 * request, so a token sent with another read is refused rather than misread.
 */
import { keySetBytes } from './partition-tokens';
import type { ReadRequest } from '../../generated/google/spanner/v1/spanner';
import type { Micros } from '../common/clock';
import { FnvDigest } from '../common/fnv-digest';
import { invalidResumeToken } from '../errors/read-errors';

export interface ResumePoint {
  /** The key (in the scanned key space) of the last row given. */
  readonly position: Buffer;
  /** Rows given so far, over every attempt. */
  readonly rowsGiven: number;
  /** Single-use reads: the timestamp the first attempt read at. */
  readonly readTimestamp: Micros | null;
}

const VERSION = 1;
const DIGEST_BYTES = 8;
const HEADER_BYTES = 1 + DIGEST_BYTES + 8 + 8;

/**
 * What a resume token must be sent with: the request's table, index, columns, key set and
 * partition. A fast digest suffices: it catches a token sent with another read by mistake, and a
 * forged token could only resume the sender's own read elsewhere.
 */
export function readDigest(request: ReadRequest): Buffer {
  const digest = new FnvDigest().text(request.table).text(request.index);
  for (const column of request.columns) digest.text(column);
  return digest.bytes(keySetBytes(request.keySet)).bytes(request.partitionToken).digest();
}

export function resumeToken(digest: Buffer, point: ResumePoint): Buffer {
  const token = Buffer.alloc(HEADER_BYTES + point.position.length);
  token[0] = VERSION;
  digest.copy(token, 1);
  token.writeBigInt64BE(BigInt(point.readTimestamp ?? -1), 1 + DIGEST_BYTES);
  token.writeBigUInt64BE(BigInt(point.rowsGiven), 1 + DIGEST_BYTES + 8);
  point.position.copy(token, HEADER_BYTES);
  return token;
}

/** The point a token resumes at; INVALID_ARGUMENT when it is not a token of this read. */
export function parseResumeToken(bytes: Uint8Array, digest: Buffer): ResumePoint {
  const token = Buffer.from(bytes);
  if (token.length < HEADER_BYTES || token[0] !== VERSION || !token.subarray(1, 1 + DIGEST_BYTES).equals(digest)) {
    throw invalidResumeToken();
  }
  const timestamp = token.readBigInt64BE(1 + DIGEST_BYTES);
  return {
    position: token.subarray(HEADER_BYTES),
    rowsGiven: Number(token.readBigUInt64BE(1 + DIGEST_BYTES + 8)),
    readTimestamp: timestamp < 0n ? null : Number(timestamp),
  };
}
