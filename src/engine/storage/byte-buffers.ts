/**
 * Growable byte writer and cursor reader for the key and value codecs: fixed-width big-endian
 * unsigned integers, raw bytes, and the escaped-terminated form that keeps strings prefix-free
 * and ordered (0x00 -> 0x00 0xFF, end -> 0x00 0x01). The reader can read an inverted (DESC)
 * region transparently. No knowledge of Spanner types.
 */

export class ByteWriter {
  private buf = Buffer.alloc(64);
  length = 0;

  private reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = Buffer.alloc(Math.max(this.buf.length * 2, this.length + n));
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

  /** `value` (non-negative, below 2^(8*width)) as `width` big-endian bytes. */
  uint(value: bigint, width: number): void {
    this.reserve(width);
    for (let i = width - 1; i >= 0; i--) {
      this.buf[this.length + i] = Number(value & 0xffn);
      value >>= 8n;
    }
    this.length += width;
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
  private pos = 0;
  /** When set, bytes are read inverted (a DESC key part). */
  inverted = false;

  constructor(private readonly src: Uint8Array) {}

  get done(): boolean {
    return this.pos >= this.src.length;
  }

  byte(): number {
    if (this.pos >= this.src.length) throw new Error('Truncated encoding');
    const b = this.src[this.pos++];
    return this.inverted ? ~b & 0xff : b;
  }

  bytes(n: number): Buffer {
    const out = Buffer.alloc(n);
    for (let i = 0; i < n; i++) out[i] = this.byte();
    return out;
  }

  uint(width: number): bigint {
    let v = 0n;
    for (let i = 0; i < width; i++) v = (v << 8n) | BigInt(this.byte());
    return v;
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

  escaped(): Buffer {
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
