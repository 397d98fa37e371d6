/**
 * A fast 64-bit digest (two 32-bit FNV-1a lanes with different offset bases) for telling inputs
 * apart, such as the request a resume token belongs to. Not a cryptographic hash: nothing that
 * uses it may depend on a digest being hard to forge.
 */

const PRIME = 0x01000193;

export class FnvDigest {
  private a = 0x811c9dc5;
  private b = 0x2b5a5a5b;

  /** Feeds a string's UTF-16 code units, after its length (so "ab","c" differs from "a","bc"). */
  text(value: string): this {
    this.unit(value.length);
    for (let i = 0; i < value.length; i++) this.unit(value.charCodeAt(i));
    return this;
  }

  bytes(value: Uint8Array): this {
    this.unit(value.length);
    for (const byte of value) this.unit(byte);
    return this;
  }

  digest(): Buffer {
    const out = Buffer.alloc(8);
    out.writeUInt32BE(this.a >>> 0, 0);
    out.writeUInt32BE(this.b >>> 0, 4);
    return out;
  }

  private unit(value: number): void {
    this.a = Math.imul(this.a ^ value, PRIME);
    this.b = Math.imul(this.b ^ (value + 0x9e37), PRIME);
  }
}
