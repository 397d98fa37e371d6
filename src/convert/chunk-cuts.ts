/**
 * Where a result value too large for the rest of a PartialResultSet may be cut, so that every
 * client's merge puts it back together. Clients merge the last value of a chunked message with the
 * first of the next: strings concatenate; lists concatenate, their boundary elements merged the
 * same way. The Node client merges by the column type and the Go client insists on equal kinds,
 * so a cut is legal only where both rebuild the value:
 *  - inside a string (at a code point boundary): the pieces concatenate;
 *  - inside a list, inside one of its elements, recursively;
 *  - inside a list, after a complete number, bool or null that is not the list's last element;
 *  - inside a list, after a complete string that is not its last element, the continuation then
 *    starting with `""` so the merge concatenates that string with nothing.
 * Never after a complete list (clients would merge it with the next element) nor inside an empty
 * one. The official emulator also cuts at those places, marking them with an empty list, which the
 * Node client cannot merge. Sizes are protobuf encoded sizes.
 */

import type { ResultWireValue } from './wire-value';

export type ChunkValue = ResultWireValue;

/** `head` ends the current message (chunked); `tail` continues it in the next. */
export interface Cut {
  readonly head: ChunkValue;
  readonly tail: ChunkValue;
}

export function varintLength(n: number): number {
  let length = 1;
  for (let rest = n; rest >= 128; rest = Math.floor(rest / 128)) length++;
  return length;
}

/** Bytes of a google.protobuf.Value message. */
export function valueSize(v: ChunkValue): number {
  if (v === null || typeof v === 'boolean') return 2;
  if (typeof v === 'number') return 9;
  if (typeof v === 'string') return lengthDelimited(Buffer.byteLength(v, 'utf8'));
  let body = 0;
  for (const e of v) body += elementSize(e);
  return lengthDelimited(body);
}

/** Bytes a value takes as an element of a repeated Value field (tag, length, message). */
export function elementSize(v: ChunkValue): number {
  return lengthDelimited(valueSize(v));
}

function lengthDelimited(bytes: number): number {
  return 1 + varintLength(bytes) + bytes;
}

/** The room a length-delimited field leaves for its content within `budget` bytes. */
function contentRoom(budget: number): number {
  return budget - 1 - varintLength(Math.max(budget, 0));
}

/**
 * The largest legal cut of `v` whose head costs at most `budget` bytes as an element, `fits` when
 * the whole value does, or null when no legal head is that small. A cut always leaves a tail
 * smaller than `v`, so cutting repeatedly ends.
 */
export function cutValue(v: ChunkValue, budget: number): Cut | 'fits' | null {
  if (elementSize(v) <= budget) return 'fits';
  if (typeof v === 'string') return cutString(v, contentRoom(contentRoom(budget)));
  if (Array.isArray(v)) return cutList(v as readonly ChunkValue[], contentRoom(contentRoom(budget)));
  return null;
}

/** At most `room` UTF-8 bytes of `s`, ending on a code point boundary, at least one character. */
function cutString(s: string, room: number): Cut | null {
  if (room < 1) return null;
  let prefix = s.slice(0, room);
  if (/[\ud800-\udbff]$/.test(prefix)) prefix = prefix.slice(0, -1);
  const bytes = Buffer.from(prefix, 'utf8');
  let end = Math.min(room, bytes.length);
  while (end > 0 && end < bytes.length && (bytes[end] & 0xc0) === 0x80) end--;
  const units = bytes.subarray(0, end).toString('utf8').length;
  if (units === 0 || units >= s.length) return null;
  return { head: s.slice(0, units), tail: s.slice(units) };
}

/** `room` is what the list's elements may take. */
function cutList(list: readonly ChunkValue[], room: number): Cut | null {
  let used = 0;
  let k = 0;
  for (; k < list.length; k++) {
    const size = elementSize(list[k]);
    if (used + size > room) break;
    used += size;
  }
  if (k === list.length) return null; // cannot happen: the list did not fit
  const inside = cutValue(list[k], room - used);
  if (inside !== null && inside !== 'fits') return spliceCut(list, k, inside);
  for (let j = k - 1; j >= 0; j--) {
    const e = list[j];
    if (!Array.isArray(e)) {
      if (j === 0 && e === '') continue; // moving only an empty string along would make no progress
      return afterScalar(list, j);
    }
    const earlier = cutValue(e, elementSize(e) - 1);
    if (earlier !== null && earlier !== 'fits') return spliceCut(list, j, earlier);
  }
  return null;
}

function spliceCut(list: readonly ChunkValue[], at: number, cut: Cut): Cut {
  return { head: [...list.slice(0, at), cut.head], tail: [cut.tail, ...list.slice(at + 1)] };
}

/** Cut after element `j`, a complete scalar with more elements after it. */
function afterScalar(list: readonly ChunkValue[], j: number): Cut {
  const rest = list.slice(j + 1);
  return { head: list.slice(0, j + 1), tail: typeof list[j] === 'string' ? ['', ...rest] : rest };
}
