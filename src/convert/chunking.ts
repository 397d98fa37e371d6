/**
 * Streaming results as PartialResultSets: row values flattened across messages, a message closed
 * once it reaches a target size (about 1 MiB by default, a parameter for tests), values that do
 * not fit cut where every client can merge them again (chunk-cuts.ts) with `chunkedValue` set.
 * A value that fits an empty message is moved to the next one rather than cut. The first message
 * carries the metadata. A message that ends at a row boundary carries the resume token the caller
 * gave for that row; messages ending inside a row carry none. Messages are closed lazily, so
 * finish() always returns the stream's last message, for the caller to add stats, `last` or a
 * precommit token.
 */
import type { PartialResultSet, ResultSetMetadata } from '../../generated/google/spanner/v1/result_set';
import { ResultSetMetadata as ResultSetMetadataCodec } from '../../generated/google/spanner/v1/result_set';
import type { SpannerValue } from '../types/spanner-value';
import { ChunkValue, Cut, cutValue, elementSize } from './chunk-cuts';
import { ResultColumn, resultSetMetadata, rowToProto } from './result-sets';

export const DEFAULT_CHUNK_BYTES = 1024 * 1024;

export interface ChunkerOptions {
  /** Close a message once its values reach this many bytes (protobuf encoded). */
  readonly maxChunkBytes?: number;
}

export class PartialResultSetChunker {
  private readonly maxBytes: number;
  private metadata: ResultSetMetadata | undefined;
  private values: ChunkValue[] = [];
  private bytes: number;
  private full = false;
  private atRowEnd = true;
  private rowToken: Uint8Array | undefined;

  constructor(metadata: ResultSetMetadata, options: ChunkerOptions = {}) {
    this.maxBytes = options.maxChunkBytes ?? DEFAULT_CHUNK_BYTES;
    this.metadata = metadata;
    this.bytes = ResultSetMetadataCodec.encode(metadata).finish().length + 2;
  }

  /** Adds one row's wire values; returns the messages it completed (often none). */
  addRow(values: readonly ChunkValue[], resumeToken?: Uint8Array): PartialResultSet[] {
    const done: PartialResultSet[] = [];
    if (this.full || this.betterInNextMessage(values)) done.push(this.close(false));
    for (const v of values) this.addValue(v, done);
    this.atRowEnd = true;
    this.rowToken = resumeToken;
    this.full = this.bytes >= this.maxBytes;
    return done;
  }

  /**
   * A row that does not fit in what is left of the message but fits in a fresh one starts the next
   * message, so this one ends at a row boundary and carries a resume token: clients refuse to
   * retry a stream that went too many messages without one.
   */
  private betterInNextMessage(values: readonly ChunkValue[]): boolean {
    if (this.values.length === 0) return false;
    const size = values.reduce<number>((sum, v) => sum + elementSize(v), 0);
    return size > this.maxBytes - this.bytes && size <= this.maxBytes;
  }

  /** The last message: what is buffered (the metadata alone when there were no rows). */
  finish(): PartialResultSet {
    return this.close(false);
  }

  private addValue(v: ChunkValue, done: PartialResultSet[]): void {
    let value = v;
    for (;;) {
      const size = elementSize(value);
      const room = this.maxBytes - this.bytes;
      if (size <= room) return this.push(value, size);
      const empty = this.values.length === 0;
      if (!empty && size <= this.maxBytes) {
        done.push(this.close(false));
        continue;
      }
      const cut = empty ? forcedCut(value, room > 0 ? room : this.maxBytes) : cutValue(value, room);
      if (cut === 'fits') return this.push(value, size);
      if (cut === null) {
        done.push(this.close(false));
        continue;
      }
      this.push(cut.head, elementSize(cut.head));
      done.push(this.close(true));
      value = cut.tail;
    }
  }

  private push(value: ChunkValue, size: number): void {
    this.values.push(value);
    this.bytes += size;
    this.atRowEnd = false;
  }

  private close(chunked: boolean): PartialResultSet {
    const token = this.atRowEnd && !chunked && this.rowToken !== undefined ? Buffer.from(this.rowToken) : undefined;
    const message: PartialResultSet = {
      metadata: this.metadata,
      values: this.values,
      chunkedValue: chunked,
      resumeToken: token ?? Buffer.alloc(0),
      stats: undefined,
      precommitToken: undefined,
      last: false,
      cacheUpdate: undefined,
    };
    this.metadata = undefined;
    this.values = [];
    this.bytes = 0;
    this.full = false;
    return message;
  }
}

/** A value in an empty message: cut it with the smallest budget, from `budget` up, that allows one. */
function forcedCut(value: ChunkValue, budget: number): Cut | 'fits' {
  for (let b = Math.max(budget, 1); ; b *= 2) {
    const cut = cutValue(value, b);
    if (cut !== null) return cut;
  }
}

export interface ResultRow {
  readonly values: readonly SpannerValue[];
  /** Where a resumed stream would continue after this row. */
  readonly resumeToken?: Uint8Array;
}

/** The PartialResultSets of a whole result, the last one included. */
export function* partialResultSets(
  columns: readonly ResultColumn[],
  rows: Iterable<ResultRow>,
  options: ChunkerOptions = {},
): Generator<PartialResultSet> {
  const chunker = new PartialResultSetChunker(resultSetMetadata(columns), options);
  for (const row of rows) yield* chunker.addRow(rowToProto(row.values, columns), row.resumeToken);
  yield chunker.finish();
}
