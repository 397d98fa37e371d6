/**
 * The parts of RE2's syntax that denote one character or a class: escapes (`\x{41}`, `\012`,
 * `\.`), Perl classes (\d \W), Unicode groups (\pL, \P{Greek}, \p{^Han}) and bracketed classes
 * with POSIX names ([[:alpha:]]). Each returns a code point set, already case-folded when (?i)
 * is on, because RE2 folds a negated item before negating it. Errors use RE2's words.
 */

import { invalidRegularExpression } from '../../../../../errors/string-evaluation-errors';
import {
  MAX_CODE_POINT,
  PERL_SETS,
  POSIX_SETS,
  foldSet,
  negateSet,
  normalizeSet,
  unicodeGroupSet,
  type CodeSet,
} from './regexp-char-sets';

/** The translator's view of the pattern: its characters and a position to consume from. */
export interface ParseCursor {
  readonly chars: readonly string[];
  pos: number;
  readonly maxRune: number;
  text(from: number, to?: number): string;
}

const SIMPLE_ESCAPES: Readonly<Record<string, number>> = { n: 10, r: 13, t: 9, a: 7, f: 12, v: 11 };
const isOctal = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '7';
const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9A-Fa-f]$/.test(c);

function adjusted(set: CodeSet, fold: boolean, negated: boolean): CodeSet {
  const folded = fold ? foldSet(set) : set;
  return negated ? negateSet(folded, MAX_CODE_POINT) : folded;
}

/** One escaped character at the cursor (a backslash); returns its code point. */
export function parseEscapeChar(c: ParseCursor): number {
  const begin = c.pos;
  if (c.pos + 1 >= c.chars.length) throw invalidRegularExpression('trailing \\');
  c.pos++;
  const ch = c.chars[c.pos++];
  const bad = (): never => {
    throw invalidRegularExpression(`invalid escape sequence: ${c.text(begin)}`);
  };
  if (ch >= '1' && ch <= '7' && !isOctal(c.chars[c.pos])) return bad();
  if (ch >= '0' && ch <= '7') {
    let code = Number(ch);
    for (let k = 0; k < 2 && isOctal(c.chars[c.pos]); k++) code = code * 8 + Number(c.chars[c.pos++]);
    return code > c.maxRune ? bad() : code;
  }
  if (ch === 'x') return hexEscape(c, bad);
  if (SIMPLE_ESCAPES[ch] !== undefined) return SIMPLE_ESCAPES[ch];
  const point = ch.codePointAt(0) as number;
  if (point < 0x80 && !/[A-Za-z0-9]/.test(ch)) return point;
  return bad();
}

function hexEscape(c: ParseCursor, bad: () => never): number {
  if (c.pos >= c.chars.length) bad();
  const first = c.chars[c.pos++];
  if (first !== '{') {
    if (c.pos >= c.chars.length) bad();
    const second = c.chars[c.pos++];
    if (!isHex(first) || !isHex(second)) bad();
    const code = parseInt(first + second, 16);
    return code > c.maxRune ? bad() : code;
  }
  let digits = 0;
  let code = 0;
  for (;;) {
    if (c.pos >= c.chars.length) bad();
    const d = c.chars[c.pos++];
    if (!isHex(d)) {
      if (d !== '}' || digits === 0) bad();
      return code;
    }
    digits++;
    code = code * 16 + parseInt(d, 16);
    if (code > c.maxRune) bad();
  }
}

/** \d \D \s \S \w \W at the cursor (consumed), or null. */
export function perlClassAt(c: ParseCursor, fold: boolean): CodeSet | null {
  const letter = c.chars[c.pos + 1];
  if (c.chars[c.pos] !== '\\' || letter === undefined || !/^[dDsSwW]$/.test(letter)) return null;
  c.pos += 2;
  return adjusted(PERL_SETS[letter.toLowerCase()], fold, letter !== letter.toLowerCase());
}

/** \pL, \p{Name}, \PL, \p{^Name} at the cursor (consumed), or null. */
export function unicodeGroupAt(c: ParseCursor, fold: boolean): CodeSet | null {
  const kind = c.chars[c.pos + 1];
  if (c.chars[c.pos] !== '\\' || (kind !== 'p' && kind !== 'P') || c.pos + 2 >= c.chars.length) return null;
  const start = c.pos;
  c.pos += 2;
  let name = c.chars[c.pos++];
  if (name === '{') {
    const end = c.chars.indexOf('}', c.pos);
    if (end < 0) throw invalidRegularExpression(`invalid character class range: ${c.text(start, c.chars.length)}`);
    name = c.text(c.pos, end);
    c.pos = end + 1;
  }
  let negated = kind === 'P';
  if (name.startsWith('^')) {
    negated = !negated;
    name = name.slice(1);
  }
  const set = unicodeGroupSet(name);
  if (set === null) throw invalidRegularExpression(`invalid character class range: ${c.text(start)}`);
  return adjusted(set, fold, negated);
}

/** [:name:] or [:^name:] inside a class (consumed), or null when the text is not one. */
function posixClassAt(c: ParseCursor, fold: boolean): CodeSet | null {
  if (c.chars[c.pos] !== '[' || c.chars[c.pos + 1] !== ':') return null;
  const rest = c.text(c.pos, c.chars.length);
  const close = rest.indexOf(':]', 2);
  if (close < 0) return null;
  const whole = rest.slice(0, close + 2);
  const negated = whole[2] === '^';
  const set = POSIX_SETS[whole.slice(negated ? 3 : 2, close)];
  if (set === undefined) throw invalidRegularExpression(`invalid character class range: ${whole}`);
  c.pos += Array.from(whole).length;
  return adjusted(set, fold, negated);
}

/** A bracketed class at the cursor (on `[`), consumed. */
export function parseClass(c: ParseCursor, fold: boolean): CodeSet {
  const start = c.pos++;
  const negated = c.chars[c.pos] === '^';
  if (negated) c.pos++;
  const missing = (): never => {
    throw invalidRegularExpression(`missing ]: ${c.text(start, c.chars.length)}`);
  };
  const items: (readonly [number, number])[] = [];
  for (let first = true; c.pos < c.chars.length && (c.chars[c.pos] !== ']' || first); first = false) {
    const named = posixClassAt(c, fold) ?? unicodeGroupAt(c, fold) ?? perlClassAt(c, fold);
    if (named !== null) {
      items.push(...named);
      continue;
    }
    const rangeStart = c.pos;
    const lo = classChar(c, missing);
    let hi = lo;
    if (c.chars[c.pos] === '-' && c.pos + 1 < c.chars.length && c.chars[c.pos + 1] !== ']') {
      c.pos++;
      hi = classChar(c, missing);
      if (hi < lo) throw invalidRegularExpression(`invalid character class range: ${c.text(rangeStart)}`);
    }
    items.push(...(fold ? foldSet([[lo, hi]]) : [[lo, hi] as const]));
  }
  if (c.pos >= c.chars.length) missing();
  c.pos++;
  const set = normalizeSet(items);
  return negated ? negateSet(set, MAX_CODE_POINT) : set;
}

function classChar(c: ParseCursor, missing: () => never): number {
  if (c.chars[c.pos] !== '\\') return c.chars[c.pos++].codePointAt(0) as number;
  if (c.pos + 1 >= c.chars.length) missing();
  return parseEscapeChar(c);
}
