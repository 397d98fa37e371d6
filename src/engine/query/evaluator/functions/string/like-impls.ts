/**
 * LIKE over STRING (`_` is one code point) and BYTES (`_` is one byte): `%` any run, `_` one
 * unit, a backslash makes the next character literal; case-sensitive. NOT LIKE is NOT over this.
 * Patterns become anchored JavaScript regular expressions, cached by text.
 */

import { likePatternEndsWithBackslash } from '../../../../../errors/string-evaluation-errors';
import type { SpannerValue } from '../../../../../types/spanner-value';
import { strict, type CallInfo, type ImplementationTable } from '../../function-implementation';
import { isBytesArg, latin1Of } from './string-values';

const CACHE_LIMIT = 500;
const cache = new Map<string, RegExp>();

function escapeLiteral(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

function likeRegExp(pattern: string, bytes: boolean): RegExp {
  const key = `${bytes ? 'b' : 's'}${pattern}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  let source = '';
  const chars = bytes ? [...pattern] : Array.from(pattern);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '%') source += '.*';
    else if (ch === '_') source += '.';
    else if (ch === '\\') {
      if (i + 1 >= chars.length) throw likePatternEndsWithBackslash();
      source += escapeLiteral(chars[++i]);
    } else source += escapeLiteral(ch);
  }
  const regExp = new RegExp(`^(?:${source})$`, bytes ? 's' : 'su');
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, regExp);
  return regExp;
}

function like([value, pattern]: readonly SpannerValue[], info: CallInfo): SpannerValue {
  const bytes = isBytesArg(info);
  const text = bytes ? latin1Of(value as Uint8Array) : (value as string);
  const patternText = bytes ? latin1Of(pattern as Uint8Array) : (pattern as string);
  return likeRegExp(patternText, bytes).test(text);
}

export const LIKE_IMPLS: ImplementationTable = {
  $like: strict(like),
};
