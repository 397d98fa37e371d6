/**
 * The STRING and BYTES functions that measure, search, slice and join: LENGTH, BYTE_LENGTH,
 * CHAR_LENGTH, CONCAT and ||, STARTS_WITH, ENDS_WITH, STRPOS, SUBSTR, REPLACE, REPEAT, REVERSE,
 * SPLIT, LOWER and UPPER. Positions count code points for STRING and bytes for BYTES. Padding
 * and trimming are in string-pad-impls.ts.
 */

import {
  concatOutputTooLarge,
  repeatCountNegative,
  repeatOutputTooLarge,
  replaceOutputTooLarge,
  substrLengthNegative,
} from '../../../../../errors/string-evaluation-errors';
import type { SpannerValue } from '../../../../../types/spanner-value';
import { strict, type CallInfo, type ImplementationTable } from '../../function-implementation';
import {
  MAX_OUTPUT_BYTES,
  byteSize,
  bytesEqualAt,
  concatBytes,
  indexOfBytes,
  isBytesArg,
  unitsOf,
  utf8Length,
  valueOfUnits,
} from './string-values';

type Args = readonly SpannerValue[];

function length([value]: Args, info: CallInfo): SpannerValue {
  if (isBytesArg(info)) return BigInt((value as Uint8Array).length);
  let n = 0;
  for (const _ of value as string) n++;
  return BigInt(n);
}

function concat(args: Args, info: CallInfo): SpannerValue {
  if (info.call.type.kind === 'array') return args.flatMap((a) => a as readonly SpannerValue[]);
  let size = 0;
  for (const arg of args) size += byteSize(arg as string | Uint8Array);
  if (size > MAX_OUTPUT_BYTES) throw concatOutputTooLarge();
  if (isBytesArg(info)) return concatBytes(args as readonly Uint8Array[]);
  return (args as readonly string[]).join('');
}

function startsWith([value, prefix]: Args, info: CallInfo): SpannerValue {
  if (!isBytesArg(info)) return (value as string).startsWith(prefix as string);
  return bytesEqualAt(value as Uint8Array, prefix as Uint8Array, 0);
}

function endsWith([value, suffix]: Args, info: CallInfo): SpannerValue {
  if (!isBytesArg(info)) return (value as string).endsWith(suffix as string);
  const bytes = value as Uint8Array;
  return bytesEqualAt(bytes, suffix as Uint8Array, bytes.length - (suffix as Uint8Array).length);
}

/** 1-based position of the first occurrence, 0 when absent. */
function strpos([value, search]: Args, info: CallInfo): SpannerValue {
  if (isBytesArg(info)) return BigInt(indexOfBytes(value as Uint8Array, search as Uint8Array) + 1);
  const at = (value as string).indexOf(search as string);
  return at < 0 ? 0n : BigInt(Array.from((value as string).slice(0, at)).length + 1);
}

/** SUBSTR(value, position [, length]): position 0 is 1, negative counts from the end. */
function substr(args: Args, info: CallInfo): SpannerValue {
  const bytes = isBytesArg(info);
  const units = unitsOf(args[0], bytes);
  const size = BigInt(units.length);
  const position = args[1] as bigint;
  if (args.length > 2 && (args[2] as bigint) < 0n) throw substrLengthNegative();
  let start = position > 0n ? position - 1n : position === 0n ? 0n : size + position;
  if (start < 0n) start = 0n;
  if (start > size) start = size;
  let end = args.length > 2 ? start + (args[2] as bigint) : size;
  if (end > size) end = size;
  return valueOfUnits(units.slice(Number(start), Number(end)), bytes);
}

/** Refuses a REPLACE result over the limit before it is built (a 1 MB input can grow a millionfold). */
function checkReplaceSize(
  value: string | Uint8Array,
  from: string | Uint8Array,
  to: string | Uint8Array,
  matches: number,
): void {
  const size = byteSize(value) + matches * (byteSize(to) - byteSize(from));
  if (size > MAX_OUTPUT_BYTES) throw replaceOutputTooLarge();
}

function replace([value, from, to]: Args, info: CallInfo): SpannerValue {
  if (!isBytesArg(info)) {
    if (from === '') return value;
    const pieces = (value as string).split(from as string);
    checkReplaceSize(value as string, from as string, to as string, pieces.length - 1);
    return pieces.join(to as string);
  }
  const bytes = value as Uint8Array;
  const needle = from as Uint8Array;
  if (needle.length === 0) return bytes;
  const kept: Uint8Array[] = [];
  let at = 0;
  for (let found = indexOfBytes(bytes, needle); found >= 0; found = indexOfBytes(bytes, needle, at)) {
    kept.push(bytes.subarray(at, found));
    at = found + needle.length;
  }
  kept.push(bytes.subarray(at));
  checkReplaceSize(bytes, needle, to as Uint8Array, kept.length - 1);
  const parts: Uint8Array[] = [];
  for (let i = 0; i < kept.length; i++) {
    if (i > 0) parts.push(to as Uint8Array);
    parts.push(kept[i]);
  }
  return concatBytes(parts);
}

function repeat([value, count]: Args, info: CallInfo): SpannerValue {
  const times = count as bigint;
  if (times < 0n) throw repeatCountNegative();
  const piece = value as string | Uint8Array;
  const size = byteSize(piece);
  if (size > 0 && BigInt(size) * times > BigInt(MAX_OUTPUT_BYTES)) throw repeatOutputTooLarge();
  const n = size === 0 ? 0 : Number(times);
  if (!isBytesArg(info)) return size === 0 ? '' : (piece as string).repeat(n);
  return concatBytes(new Array<Uint8Array>(n).fill(piece as Uint8Array));
}

function reverse([value]: Args, info: CallInfo): SpannerValue {
  const bytes = isBytesArg(info);
  return valueOfUnits([...unitsOf(value, bytes)].reverse() as string[] | number[], bytes);
}

/** SPLIT(value [, delimiter]): the delimiter defaults to ','; an empty one splits into units. */
function split(args: Args, info: CallInfo): SpannerValue {
  const bytes = isBytesArg(info);
  if (!bytes) {
    const text = args[0] as string;
    const delimiter = args.length > 1 ? (args[1] as string) : ',';
    if (delimiter === '') return text === '' ? [''] : Array.from(text);
    return text.split(delimiter);
  }
  const value = args[0] as Uint8Array;
  const delimiter = args[1] as Uint8Array;
  if (delimiter.length === 0) {
    return value.length === 0 ? [new Uint8Array(0)] : Array.from(value, (b) => Uint8Array.of(b));
  }
  const parts: SpannerValue[] = [];
  let at = 0;
  for (let found = indexOfBytes(value, delimiter); found >= 0; found = indexOfBytes(value, delimiter, at)) {
    parts.push(value.slice(at, found));
    at = found + delimiter.length;
  }
  parts.push(value.slice(at));
  return parts;
}

/** BYTES change case in ASCII only; STRING uses Unicode's full case mappings. */
function changeCase(upper: boolean) {
  return ([value]: Args, info: CallInfo): SpannerValue => {
    if (!isBytesArg(info)) return upper ? (value as string).toUpperCase() : (value as string).toLowerCase();
    const [from, to] = upper ? [0x61, 0x7a] : [0x41, 0x5a];
    return Uint8Array.from(value as Uint8Array, (b) => (b >= from && b <= to ? b ^ 0x20 : b));
  };
}

export const STRING_BASIC_IMPLS: ImplementationTable = {
  length: strict(length),
  char_length: strict(length),
  byte_length: strict(([value], info) =>
    BigInt(isBytesArg(info) ? (value as Uint8Array).length : utf8Length(value as string)),
  ),
  concat: strict(concat),
  $concat_op: strict(concat),
  starts_with: strict(startsWith),
  ends_with: strict(endsWith),
  strpos: strict(strpos),
  substr: strict(substr),
  replace: strict(replace),
  repeat: strict(repeat),
  reverse: strict(reverse),
  split: strict(split),
  lower: strict(changeCase(false)),
  upper: strict(changeCase(true)),
};
