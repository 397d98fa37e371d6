/**
 * Functions between text and code points: TO_CODE_POINTS, CODE_POINTS_TO_STRING and _TO_BYTES,
 * SAFE_CONVERT_BYTES_TO_STRING (each byte of an invalid UTF-8 sequence becomes U+FFFD),
 * NORMALIZE, NORMALIZE_AND_CASEFOLD and SOUNDEX.
 */

import { invalidAsciiValue, invalidCodePoint } from '../../../../../errors/string-evaluation-errors';
import type { SpannerValue } from '../../../../../types/spanner-value';
import { strict, type CallInfo, type ImplementationTable } from '../../function-implementation';
import { isBytesArg } from './string-values';

type Args = readonly SpannerValue[];

function codePointsToString([points]: Args): SpannerValue {
  const list = points as readonly SpannerValue[];
  if (list.some((p) => p === null)) return null;
  return (list as readonly bigint[])
    .map((p) => {
      if (p < 0n || p > 0x10ffffn || (p >= 0xd800n && p <= 0xdfffn)) throw invalidCodePoint(p);
      return String.fromCodePoint(Number(p));
    })
    .join('');
}

function codePointsToBytes([points]: Args): SpannerValue {
  const list = points as readonly SpannerValue[];
  if (list.some((p) => p === null)) return null;
  return Uint8Array.from(list as readonly bigint[], (p) => {
    if (p < 0n || p > 255n) throw invalidAsciiValue(p);
    return Number(p);
  });
}

function toCodePoints([value]: Args, info: CallInfo): SpannerValue {
  if (isBytesArg(info)) return Array.from(value as Uint8Array, (b) => BigInt(b));
  return Array.from(value as string, (c) => BigInt(c.codePointAt(0) as number));
}

/** The code point of a valid UTF-8 sequence at `i` and its length, or null. */
function utf8SequenceAt(bytes: Uint8Array, i: number): [number, number] | null {
  const lead = bytes[i];
  if (lead < 0x80) return [lead, 1];
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;
  if (length === 0 || lead > 0xf4 || i + length > bytes.length) return null;
  let point = lead & (0x7f >> length);
  for (let k = 1; k < length; k++) {
    const next = bytes[i + k];
    if ((next & 0xc0) !== 0x80) return null;
    point = (point << 6) | (next & 0x3f);
  }
  const minimum = [0, 0, 0x80, 0x800, 0x10000][length];
  if (point < minimum || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return null;
  return [point, length];
}

function safeConvertBytesToString([value]: Args): SpannerValue {
  const bytes = value as Uint8Array;
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const sequence = utf8SequenceAt(bytes, i);
    if (sequence === null) {
      out += '\ufffd';
      i++;
    } else {
      out += String.fromCodePoint(sequence[0]);
      i += sequence[1];
    }
  }
  return out;
}

const NORMAL_FORMS = new Set(['NFC', 'NFD', 'NFKC', 'NFKD']);

/** The normal form named by the optional second argument (a keyword), NFC by default. */
function normalForm(info: CallInfo): 'NFC' | 'NFD' | 'NFKC' | 'NFKD' {
  const arg = info.call.args[1];
  if (arg === undefined) return 'NFC';
  const name = arg.kind === 'datePart' ? arg.part : arg.kind === 'literal' ? String(arg.value) : 'NFC';
  const upper = name.toUpperCase();
  return (NORMAL_FORMS.has(upper) ? upper : 'NFC') as 'NFC' | 'NFD' | 'NFKC' | 'NFKD';
}

/** Full case folding, one code point at a time so that no context rule (final sigma) applies. */
function caseFold(text: string): string {
  let out = '';
  for (const ch of text) out += ch.toUpperCase().toLowerCase();
  return out;
}

const SOUNDEX_CODES: Readonly<Record<string, number>> = Object.fromEntries(
  ['bfpv', 'cgjkqsxz', 'dt', 'l', 'mn', 'r'].flatMap((letters, i) => [...letters].map((l) => [l, i + 1])),
);

/** The first ASCII letter, then up to three digits of the codes of later letters; vowels, h, w, y and
 * non-letters are skipped, and a code equal to the last one written is not repeated. */
function soundex([value]: Args): SpannerValue {
  const letters = (value as string).match(/[A-Za-z]/g);
  if (letters === null) return '';
  let out = letters[0];
  let last = SOUNDEX_CODES[letters[0].toLowerCase()] ?? 0;
  for (let i = 1; i < letters.length && out.length < 4; i++) {
    const code = SOUNDEX_CODES[letters[i].toLowerCase()] ?? 0;
    if (code === 0 || code === last) continue;
    out += String(code);
    last = code;
  }
  return out.padEnd(4, '0');
}

export const STRING_UNICODE_IMPLS: ImplementationTable = {
  to_code_points: strict(toCodePoints),
  code_points_to_string: strict(codePointsToString),
  code_points_to_bytes: strict(codePointsToBytes),
  safe_convert_bytes_to_string: strict(safeConvertBytesToString),
  normalize: strict(([value], info) => (value as string).normalize(normalForm(info))),
  normalize_and_casefold: strict(([value], info) => caseFold(value as string).normalize(normalForm(info))),
  soundex: strict(soundex),
};
