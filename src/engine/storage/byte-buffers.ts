/**
 * Growable byte writer and cursor reader for the key and value codecs: fixed-width big-endian
 * unsigned integers, raw bytes, and the escaped-terminated form that keeps strings prefix-free
 * and ordered (0x00 -> 0x00 0xFF, end -> 0x00 0x01). Reads go straight to Buffer's native
 * accessors at an offset (decoding is on every row a read returns); the reader's source can be
 * swapped for an inverted copy of the same bytes, which is how DESC key parts are read. No
 * knowledge of Spanner types.
 */

export class ByteWriter {
  private buf = Buffer.allocUnsafe(64);
  length = 0;

  private reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.length + n));
    this.buf.copy(next, 0, 0, this.length);
    this.buf = next;
  }

  byte(b: number): void {
    this.reserve(1);
    this.buf[this.length++] = b;
  }

  bytes(src: Uint8Array): void {
    this.reserve(src.length);
    this.buf.set(src, this.length);
    this.length += src.length;
  }

  /** UTF-8 of `text`, unprefixed. */
  utf8(text: string): void {
    this.reserve(text.length * 3);
    this.length += this.buf.write(text, this.length, 'utf8');
  }

  /** `value` (non-negative, below 2^64) as 8 big-endian bytes. */
  uint64(value: bigint): void {
    this.reserve(8);
    this.buf.writeBigUInt64BE(value, this.length);
    this.length += 8;
  }

  /** `value` (non-negative, below 2^128) as 16 big-endian bytes. */
  uint128(value: bigint): void {
    this.uint64(value >> 64n);
    this.uint64(value & 0xffff_ffff_ffff_ffffn);
  }

  /** `value` (an integer in [0, 2^32)) as 4 big-endian bytes. */
  uint32(value: number): void {
    this.reserve(4);
    this.buf.writeUInt32BE(value, this.length);
    this.length += 4;
  }

  float64(value: number): void {
    this.reserve(8);
    this.buf.writeDoubleBE(value, this.length);
    this.length += 8;
  }

  /** LEB128 unsigned length prefix (value codec only: not order-preserving). */
  varint(n: number): void {
    while (n >= 0x80) {
      this.byte((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    this.byte(n);
  }

  escaped(src: Uint8Array): void {
    this.reserve(src.length + 2);
    for (const b of src) {
      this.byte(b);
      if (b === 0) this.byte(0xff);
    }
    this.byte(0);
    this.byte(1);
  }

  invertFrom(start: number): void {
    for (let i = start; i < this.length; i++) this.buf[i] = ~this.buf[i] & 0xff;
  }

  finish(): Buffer {
    return Buffer.from(this.buf.subarray(0, this.length));
  }
}

export class ByteReader {
  pos = 0;

  /** `src` may be replaced by a same-length view of the bytes (an inverted copy); `pos` carries over. */
  constructor(public src: Buffer) {}

  get done(): boolean {
    return this.pos >= this.src.length;
  }

  private need(n: number): number {
    const at = this.pos;
    if (at + n > this.src.length) throw new Error('Truncated encoding');
    this.pos = at + n;
    return at;
  }

  byte(): number {
    return this.src[this.need(1)];
  }

  /** A copy of the next `n` bytes. */
  bytes(n: number): Buffer {
    const at = this.need(n);
    return Buffer.from(this.src.subarray(at, at + n));
  }

  /** A copy of the next `n` bytes as a plain Uint8Array (a BYTES value). */
  uint8Array(n: number): Uint8Array {
    const at = this.need(n);
    return new Uint8Array(this.src.subarray(at, at + n));
  }

  utf8(n: number): string {
    const at = this.need(n);
    return this.src.toString('utf8', at, at + n);
  }

  /** Skips the next `n` bytes and returns where they start. */
  skip(n: number): number {
    return this.need(n);
  }

  uint64(): bigint {
    return this.src.readBigUInt64BE(this.need(8));
  }

  /**
   * A signed 64-bit integer. Values within 2^53 (nearly all) are built from one double, which
   * is several times cheaper than a 64-bit BigInt read.
   */
  int64(): bigint {
    const at = this.need(8);
    const high = this.src.readInt32BE(at);
    if (high >= -0x20_0000 && high < 0x20_0000) return BigInt(high * 0x1_0000_0000 + this.src.readUInt32BE(at + 4));
    return this.src.readBigInt64BE(at);
  }

  /** A signed 64-bit integer stored with its sign bit flipped (so that it orders as unsigned). */
  int64SignFlipped(): bigint {
    const at = this.need(8);
    const high = this.src.readUInt32BE(at) ^ 0x8000_0000; // `^` yields the signed 32 bits
    if (high >= -0x20_0000 && high < 0x20_0000) return BigInt(high * 0x1_0000_0000 + this.src.readUInt32BE(at + 4));
    return BigInt.asIntN(64, this.src.readBigUInt64BE(at) ^ (1n << 63n));
  }

  uint128(): bigint {
    return (this.uint64() << 64n) | this.uint64();
  }

  uint32(): number {
    return this.src.readUInt32BE(this.need(4));
  }

  float64(): number {
    return this.src.readDoubleBE(this.need(8));
  }

  varint(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 128;
    }
  }

  /** An escaped-terminated field, unescaped (a view when it holds no escape, else a copy). */
  escaped(): Buffer {
    const start = this.pos;
    const zero = this.src.indexOf(0, start);
    if (zero < 0 || zero + 1 >= this.src.length) throw new Error('Truncated encoding');
    if (this.src[zero + 1] === 1) {
      this.pos = zero + 2;
      return this.src.subarray(start, zero);
    }
    return this.escapedSlow();
  }

  private escapedSlow(): Buffer {
    const out: number[] = [];
    for (;;) {
      const b = this.byte();
      if (b !== 0) {
        out.push(b);
        continue;
      }
      const next = this.byte();
      if (next === 1) return Buffer.from(out);
      if (next !== 0xff) throw new Error('Bad escape in key');
      out.push(0);
    }
  }
}
