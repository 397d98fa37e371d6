/**
 * BYTES on the wire: base64 with the standard alphabet (RFC 4648 section 4), decoded as Spanner's
 * front end (absl's Base64Unescape) decodes it: ASCII white space anywhere is skipped, padding is
 * optional but, when present, must be complete (`=`, or `.`), and nothing but padding and white
 * space may follow it; the URL-safe alphabet is refused. Encoding always pads. Node's own base64
 * decoder accepts far more (it skips invalid characters), hence this file.
 */

const CANONICAL = /^[A-Za-z0-9+/]*={0,2}$/;

export function base64Encode(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** The decoded bytes, or null when `text` is not base64 as Spanner reads it. */
export function base64Decode(text: string): Uint8Array | null {
  if (CANONICAL.test(text) && paddingFits(text)) return Buffer.from(text, 'base64');
  return decodeLenient(text);
}

/** Whether unspaced text has a length and padding absl accepts (Node then decodes it the same). */
function paddingFits(text: string): boolean {
  const pads = text.length - text.replace(/=+$/, '').length;
  const rest = (text.length - pads) % 4;
  if (rest === 1) return false;
  return pads === 0 || pads === expectedPads(rest);
}

function expectedPads(rest: number): number {
  return rest === 0 ? 0 : 4 - rest;
}

const SPACE = new Set([' ', '\t', '\n', '\v', '\f', '\r']);

function sextet(c: number): number {
  if (c >= 65 && c <= 90) return c - 65; // A-Z
  if (c >= 97 && c <= 122) return c - 71; // a-z
  if (c >= 48 && c <= 57) return c + 4; // 0-9
  if (c === 43) return 62; // +
  if (c === 47) return 63; // /
  return -1;
}

/** The general path: white space, `.` padding, and every refusal. */
function decodeLenient(text: string): Uint8Array | null {
  const out: number[] = [];
  let quantum = 0;
  let count = 0;
  let pads = 0;
  for (const c of text) {
    if (SPACE.has(c)) continue;
    if (c === '=' || c === '.') {
      pads++;
      continue;
    }
    const bits = sextet(c.charCodeAt(0));
    if (bits < 0 || pads > 0) return null;
    quantum = (quantum << 6) | bits;
    if (++count === 4) {
      out.push((quantum >> 16) & 0xff, (quantum >> 8) & 0xff, quantum & 0xff);
      quantum = 0;
      count = 0;
    }
  }
  if (count === 1) return null;
  if (count === 2) out.push((quantum >> 4) & 0xff);
  if (count === 3) out.push((quantum >> 10) & 0xff, (quantum >> 2) & 0xff);
  if (pads !== 0 && pads !== expectedPads(count)) return null;
  return Uint8Array.from(out);
}
