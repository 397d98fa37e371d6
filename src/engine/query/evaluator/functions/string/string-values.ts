/**
 * What the string and bytes functions share: telling the two forms apart (by the argument's
 * static type), counting in code points for STRING and bytes for BYTES, and the 1MB output limit
 * of REPEAT and the pads. Functions work on "units": code point strings for STRING, byte values
 * for BYTES, so one algorithm serves both forms.
 */

import type { SpannerValue } from '../../../../../types/spanner-value';
import { argType, type CallInfo } from '../../function-implementation';

/** Largest result REPEAT, LPAD and RPAD may produce, in bytes. */
export const MAX_OUTPUT_BYTES = 1 << 20;

const ENCODER = new TextEncoder();

/** Whether argument `i` of the call is BYTES (else STRING). */
export function isBytesArg(info: CallInfo, i = 0): boolean {
  const type = argType(info, i);
  return type.kind === 'scalar' && type.name === 'BYTES';
}

export function utf8Bytes(text: string): Uint8Array {
  return ENCODER.encode(text);
}

export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** A value's units: code points of a STRING, or a BYTES value's bytes. */
export type Units = readonly string[] | Uint8Array;

export function unitsOf(value: SpannerValue, bytes: boolean): Units {
  return bytes ? (value as Uint8Array) : Array.from(value as string);
}

/** The value made of `units` (a slice or concatenation of one form). */
export function valueOfUnits(units: Units | readonly number[], bytes: boolean): SpannerValue {
  return bytes ? Uint8Array.from(units as ArrayLike<number>) : (units as readonly string[]).join('');
}

/** `a` followed by `b`, of one form. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  return Buffer.concat(parts);
}

export function bytesEqualAt(haystack: Uint8Array, needle: Uint8Array, at: number): boolean {
  if (at < 0 || at + needle.length > haystack.length) return false;
  for (let i = 0; i < needle.length; i++) if (haystack[at + i] !== needle[i]) return false;
  return true;
}

/** Index of `needle` in `haystack` from `from`, or -1. */
export function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from = 0): number {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.length).indexOf(needle, from);
}

/** The encoded size of a result in bytes: its length for BYTES, its UTF-8 length for STRING. */
export function byteSize(value: string | Uint8Array): number {
  return typeof value === 'string' ? utf8Length(value) : value.length;
}

/** Latin-1 view of bytes (one char per byte), for running JavaScript algorithms over BYTES. */
export function latin1Of(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
}

export function bytesOfLatin1(text: string): Uint8Array {
  return Buffer.from(text, 'latin1');
}
