/**
 * Text encodings of BYTES: TO_/FROM_BASE64, TO_/FROM_BASE32 (RFC 4648 alphabets with padding)
 * and TO_/FROM_HEX. Decoding follows GoogleSQL: base64 skips white space and accepts missing
 * padding, hex accepts an odd number of digits (as if led by a 0).
 */

import { invalidBase32Text, invalidBase64Text, invalidHexText } from '../../../../../errors/string-evaluation-errors';
import type { SpannerValue } from '../../../../../types/spanner-value';
import { strict, type ImplementationTable } from '../../function-implementation';

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE64_BODY = /^[A-Za-z0-9+/]*$/;

function fromBase64(text: string): Uint8Array {
  const compact = text.replace(/[ \t\n\v\f\r]/g, '');
  const body = compact.replace(/=+$/, '');
  const padding = compact.length - body.length;
  if (!BASE64_BODY.test(body) || body.length % 4 === 1) throw invalidBase64Text();
  if (padding > 0 && (padding > 2 || compact.length % 4 !== 0)) throw invalidBase64Text();
  return Buffer.from(body, 'base64');
}

function toBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += BASE32_ALPHABET[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32_ALPHABET[(buffer << (5 - bits)) & 31];
  return out.padEnd(Math.ceil(out.length / 8) * 8, '=');
}

/** Valid unpadded lengths modulo 8 (1, 3 and 6 characters cannot end a group). */
const BASE32_TAILS = new Set([0, 2, 4, 5, 7]);

function fromBase32(text: string): Uint8Array {
  const body = text.replace(/=+$/, '');
  const padding = text.length - body.length;
  if (!BASE32_TAILS.has(body.length % 8) || (padding > 0 && text.length % 8 !== 0)) throw invalidBase32Text();
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of body) {
    const digit = BASE32_ALPHABET.indexOf(ch);
    if (digit < 0) throw invalidBase32Text();
    buffer = ((buffer << 5) | digit) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      out.push((buffer >> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Uint8Array.from(out);
}

function fromHex(text: string): Uint8Array {
  const bad = text.search(/[^0-9A-Fa-f]/);
  if (bad >= 0) throw invalidHexText(bad, text);
  return Buffer.from(text.length % 2 === 1 ? `0${text}` : text, 'hex');
}

const bytesArg = (impl: (b: Uint8Array) => SpannerValue) => strict(([b]) => impl(b as Uint8Array));
const textArg = (impl: (t: string) => SpannerValue) => strict(([t]) => impl(t as string));

export const STRING_ENCODING_IMPLS: ImplementationTable = {
  to_base64: bytesArg((b) => Buffer.from(b).toString('base64')),
  from_base64: textArg(fromBase64),
  to_base32: bytesArg(toBase32),
  from_base32: textArg(fromBase32),
  to_hex: bytesArg((b) => Buffer.from(b).toString('hex')),
  from_hex: textArg(fromHex),
};
