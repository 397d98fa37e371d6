/**
 * LPAD, RPAD, LTRIM, RTRIM and TRIM over STRING (code points) and BYTES (bytes). Without a set of
 * characters the trims remove Unicode white space from STRING values and spaces from BYTES.
 */

import {
  padOutputSizeNegative,
  padOutputTooLarge,
  padPatternEmpty,
} from '../../../../../errors/string-evaluation-errors';
import type { SpannerValue } from '../../../../../types/spanner-value';
import { strict, type CallInfo, type FunctionImpl, type ImplementationTable } from '../../function-implementation';
import { MAX_OUTPUT_BYTES, byteSize, isBytesArg, unitsOf, valueOfUnits, type Units } from './string-values';

type Args = readonly SpannerValue[];

const WHITE_SPACE = /^\p{White_Space}$/u;

function pad(left: boolean): FunctionImpl {
  return (args: Args, info: CallInfo) => {
    const bytes = isBytesArg(info);
    const size = args[1] as bigint;
    if (size < 0n) throw padOutputSizeNegative();
    const pattern = args.length > 2 ? unitsOf(args[2], bytes) : bytes ? Uint8Array.of(0x20) : [' '];
    if (pattern.length === 0) throw padPatternEmpty();
    if (size > BigInt(MAX_OUTPUT_BYTES)) throw padOutputTooLarge();
    const units = unitsOf(args[0], bytes);
    const wanted = Number(size);
    if (wanted <= units.length) return valueOfUnits(units.slice(0, wanted), bytes);
    const filler: (string | number)[] = [];
    for (let i = 0; filler.length < wanted - units.length; i = (i + 1) % pattern.length) filler.push(pattern[i]);
    const all = left ? [...filler, ...units] : [...units, ...filler];
    const result = valueOfUnits(all as string[] | number[], bytes) as string | Uint8Array;
    if (byteSize(result) > MAX_OUTPUT_BYTES) throw padOutputTooLarge();
    return result;
  };
}

function trim(fromStart: boolean, fromEnd: boolean): FunctionImpl {
  return (args: Args, info: CallInfo) => {
    const bytes = isBytesArg(info);
    const units = unitsOf(args[0], bytes);
    const removable = removableTest(args, bytes);
    let start = 0;
    let end = units.length;
    if (fromStart) while (start < end && removable(units[start])) start++;
    if (fromEnd) while (end > start && removable(units[end - 1])) end--;
    return valueOfUnits(units.slice(start, end), bytes);
  };
}

function removableTest(args: Args, bytes: boolean): (unit: string | number) => boolean {
  if (args.length < 2) return bytes ? (u) => u === 0x20 : (u) => WHITE_SPACE.test(u as string);
  const set = new Set<string | number>(unitsOf(args[1], bytes) as Units & Iterable<string | number>);
  return (u) => set.has(u);
}

export const STRING_PAD_IMPLS: ImplementationTable = {
  lpad: strict(pad(true)),
  rpad: strict(pad(false)),
  ltrim: strict(trim(true, false)),
  rtrim: strict(trim(false, true)),
  trim: strict(trim(true, true)),
};
