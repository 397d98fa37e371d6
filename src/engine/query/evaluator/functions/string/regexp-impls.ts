/**
 * REGEXP_CONTAINS, REGEXP_EXTRACT, REGEXP_EXTRACT_ALL and REGEXP_REPLACE over STRING and BYTES,
 * with RE2 patterns translated once per pattern text (regexp-translation.ts). Empty matches
 * follow RE2 and GoogleSQL: EXTRACT_ALL steps one character past an empty match and stops at the
 * end of the text; REPLACE skips an empty match that touches the previous match.
 */

import { invalidRegexpReplacement, tooManyCaptureGroups } from '../../../../../errors/string-evaluation-errors';
import type { SpannerValue } from '../../../../../types/spanner-value';
import { strict, type CallInfo, type ImplementationTable } from '../../function-implementation';
import { translateRe2 } from './regexp-translation';
import { bytesOfLatin1, isBytesArg, latin1Of } from './string-values';
import { BoundedCache } from '../../../../../common/bounded-cache';

interface CompiledRegexp {
  readonly regExp: RegExp;
  readonly groups: number;
}

const cache = new BoundedCache<CompiledRegexp>(500);

function compile(pattern: string, bytes: boolean): CompiledRegexp {
  return cache.get(`${bytes ? 'b' : 's'}${pattern}`, () => {
    const translated = translateRe2(pattern, bytes);
    return { regExp: new RegExp(translated.source, `g${translated.flags}`), groups: translated.groups };
  });
}

/** The call's text and pattern as JavaScript strings (Latin-1 for BYTES), and a way back. */
function operands(args: readonly SpannerValue[], info: CallInfo) {
  const bytes = isBytesArg(info);
  const asText = (v: SpannerValue): string => (bytes ? latin1Of(v as Uint8Array) : (v as string));
  const back = (s: string): SpannerValue => (bytes ? bytesOfLatin1(s) : s);
  return { bytes, text: asText(args[0]), compiled: compile(asText(args[1]), bytes), back, asText };
}

function execAt(regExp: RegExp, text: string, from: number): RegExpExecArray | null {
  regExp.lastIndex = from;
  return regExp.exec(text);
}

/** Index just past the character at `i` (a surrogate pair is one STRING character). */
function nextIndex(text: string, i: number, bytes: boolean): number {
  if (bytes) return i + 1;
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c < 0xdc00 && i + 1 < text.length ? i + 2 : i + 1;
}

function contains(args: readonly SpannerValue[], info: CallInfo): SpannerValue {
  const { text, compiled } = operands(args, info);
  return execAt(compiled.regExp, text, 0) !== null;
}

function extract(args: readonly SpannerValue[], info: CallInfo): SpannerValue {
  const { text, compiled, back } = operands(args, info);
  if (compiled.groups > 1) throw tooManyCaptureGroups();
  const match = execAt(compiled.regExp, text, 0);
  if (match === null) return null;
  const value = compiled.groups === 1 ? match[1] : match[0];
  return value === undefined ? null : back(value);
}

function extractAll(args: readonly SpannerValue[], info: CallInfo): SpannerValue {
  const { text, compiled, back, bytes } = operands(args, info);
  if (compiled.groups > 1) throw tooManyCaptureGroups();
  const out: SpannerValue[] = [];
  let pos = 0;
  do {
    const match = execAt(compiled.regExp, text, pos);
    if (match === null) break;
    out.push(back((compiled.groups === 1 ? match[1] : match[0]) ?? ''));
    const end = match.index + match[0].length;
    pos = match[0].length === 0 ? nextIndex(text, end, bytes) : end;
  } while (pos < text.length);
  return out;
}

type RewritePiece = string | number;

/** REGEXP_REPLACE's replacement: `\0`..`\9` name groups, `\\` is a backslash. */
function parseRewrite(rewrite: string, groups: number): RewritePiece[] {
  const pieces: RewritePiece[] = [];
  let literal = '';
  for (let i = 0; i < rewrite.length; i++) {
    if (rewrite[i] !== '\\') {
      literal += rewrite[i];
      continue;
    }
    const next = rewrite[++i];
    if (next === '\\') literal += '\\';
    else if (next !== undefined && next >= '0' && next <= '9') {
      const group = Number(next);
      if (group > groups) {
        throw invalidRegexpReplacement(
          `Rewrite schema requests ${group} matches, but the regexp only has ${groups} parenthesized subexpressions.`,
        );
      }
      pieces.push(literal, group);
      literal = '';
    } else throw invalidRegexpReplacement("Rewrite schema error: '\\' must be followed by a digit or '\\'.");
  }
  pieces.push(literal);
  return pieces;
}

function replace(args: readonly SpannerValue[], info: CallInfo): SpannerValue {
  const { text, compiled, back, bytes, asText } = operands(args, info);
  const pieces = parseRewrite(asText(args[2]), compiled.groups);
  let out = '';
  let pos = 0;
  let lastEnd = -1;
  while (pos <= text.length) {
    const match = execAt(compiled.regExp, text, pos);
    if (match === null) break;
    out += text.slice(pos, match.index);
    if (match[0].length === 0 && match.index === lastEnd) {
      if (match.index >= text.length) break;
      const next = nextIndex(text, match.index, bytes);
      out += text.slice(match.index, next);
      pos = next;
      continue;
    }
    for (const piece of pieces) out += typeof piece === 'number' ? (match[piece] ?? '') : piece;
    pos = match.index + match[0].length;
    lastEnd = pos;
  }
  if (pos < text.length) out += text.slice(pos);
  return back(out);
}

export const REGEXP_IMPLS: ImplementationTable = {
  regexp_contains: strict(contains),
  regexp_extract: strict(extract),
  regexp_extract_all: strict(extractAll),
  regexp_replace: strict(replace),
};
