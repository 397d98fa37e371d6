/**
 * Translates an RE2 pattern (the regular expression syntax of Spanner) into an equivalent
 * JavaScript one, reporting RE2's parse errors with RE2's words (`missing ): (a`). Every atom is
 * written self-contained (escaped code points, explicit classes), so RE2's meanings survive: `.`
 * excludes only \n, \s \d \w and the POSIX classes are ASCII, (?i) (?m) (?s) (?U) apply to a
 * group's remainder, case folding is done here rather than by a JavaScript flag. STRING patterns
 * work on code points (`u` flag); BYTES patterns on Latin-1 text, one character per byte.
 */

import { invalidRegularExpression } from '../../../../../errors/string-evaluation-errors';
import { parseClass, parseEscapeChar, perlClassAt, unicodeGroupAt, type ParseCursor } from './regexp-class-parser';
import { MAX_CODE_POINT, foldSet, setToClass, type CodeSet } from './regexp-char-sets';

export interface TranslatedRegexp {
  readonly source: string;
  readonly flags: string;
  readonly groups: number;
}

interface Flags {
  readonly i: boolean;
  readonly m: boolean;
  readonly s: boolean;
  readonly U: boolean;
}

interface Frame {
  out: string;
  hasOperand: boolean;
  lastProduct: number;
  maxProduct: number;
  readonly outerFlags: Flags;
  readonly opened: boolean;
}

const MAX_REPEAT = 1000;

export function translateRe2(pattern: string, bytes: boolean): TranslatedRegexp {
  return new Re2Translator(pattern, bytes).run();
}

class Re2Translator implements ParseCursor {
  readonly chars: readonly string[];
  pos = 0;
  private flags: Flags = { i: false, m: false, s: false, U: false };
  private frames: Frame[] = [];
  private groups = 0;
  private lastRepeat: number | null = null;

  constructor(
    readonly pattern: string,
    readonly bytes: boolean,
  ) {
    this.chars = bytes ? [...pattern] : Array.from(pattern);
    this.frames.push(this.newFrame(false));
  }

  get maxRune(): number {
    return this.bytes ? 0xff : MAX_CODE_POINT;
  }

  text(from: number, to = this.pos): string {
    return this.chars.slice(from, to).join('');
  }

  run(): TranslatedRegexp {
    while (this.pos < this.chars.length) {
      const repeatBefore = this.lastRepeat;
      this.lastRepeat = null;
      this.step(repeatBefore);
    }
    if (this.frames.length > 1) throw invalidRegularExpression(`missing ): ${this.pattern}`);
    return { source: this.frames[0].out, flags: this.bytes ? '' : 'u', groups: this.groups };
  }

  private newFrame(opened: boolean): Frame {
    return { out: '', hasOperand: false, lastProduct: 1, maxProduct: 1, outerFlags: this.flags, opened };
  }

  private get frame(): Frame {
    return this.frames[this.frames.length - 1];
  }

  private step(repeatBefore: number | null): void {
    const ch = this.chars[this.pos];
    switch (ch) {
      case '(':
        return this.openGroup();
      case ')':
        return this.closeGroup();
      case '|':
        this.pos++;
        this.frame.out += '|';
        this.frame.hasOperand = false;
        return;
      case '*':
      case '+':
      case '?':
        return this.repeatOp(repeatBefore);
      case '{':
        return this.braceRepeat(repeatBefore);
      case '^':
        this.pos++;
        return this.atom(this.flags.m ? '(?:(?<![^\\n]))' : '(?:^)', 1);
      case '$':
        this.pos++;
        return this.atom(this.flags.m ? '(?:(?![^\\n]))' : '(?:$)', 1);
      case '.':
        this.pos++;
        return this.atom(
          setToClass(
            this.flags.s
              ? [[0, MAX_CODE_POINT]]
              : [
                  [0, 9],
                  [11, MAX_CODE_POINT],
                ],
            this.bytes,
          ),
          1,
        );
      case '[':
        return this.atom(setToClass(parseClass(this, this.flags.i), this.bytes), 1);
      case '\\':
        return this.escape();
      default:
        this.pos++;
        return this.literal(ch.codePointAt(0) as number);
    }
  }

  private atom(source: string, product: number): void {
    const frame = this.frame;
    frame.out += source;
    frame.hasOperand = true;
    frame.lastProduct = product;
    frame.maxProduct = Math.max(frame.maxProduct, product);
  }

  private literal(point: number): void {
    this.atom(this.classSource([[point, point]]), 1);
  }

  private classSource(set: CodeSet): string {
    return setToClass(this.flags.i ? foldSet(set) : set, this.bytes);
  }

  /** Escapes outside classes: assertions, \Q...\E, \C, classes, then single characters. */
  private escape(): void {
    const next = this.chars[this.pos + 1];
    const simple: Record<string, string> = { b: '(?:\\b)', B: '(?:\\B)', A: '(?:^)', z: '(?:$)' };
    if (next !== undefined && simple[next] !== undefined) {
      this.pos += 2;
      return this.atom(simple[next], 1);
    }
    if (next === 'C') {
      this.pos += 2;
      return this.atom(setToClass([[0, MAX_CODE_POINT]], this.bytes), 1);
    }
    if (next === 'Q') return this.quoted();
    const group = unicodeGroupAt(this, this.flags.i) ?? perlClassAt(this, this.flags.i);
    if (group !== null) return this.atom(setToClass(group, this.bytes), 1);
    this.literal(parseEscapeChar(this));
  }

  private quoted(): void {
    this.pos += 2;
    while (this.pos < this.chars.length) {
      if (this.chars[this.pos] === '\\' && this.chars[this.pos + 1] === 'E') {
        this.pos += 2;
        return;
      }
      this.literal(this.chars[this.pos++].codePointAt(0) as number);
    }
  }

  private openGroup(): void {
    if (this.chars[this.pos + 1] !== '?') {
      this.pos++;
      this.groups++;
      this.frames.push(this.newFrame(true));
      this.frame.out = '(';
      return;
    }
    const start = this.pos;
    if (this.chars[this.pos + 2] === 'P' && this.chars[this.pos + 3] === '<') return this.namedGroup(start);
    this.pos += 2;
    this.perlFlags(start);
  }

  private namedGroup(start: number): void {
    const end = this.chars.indexOf('>', start + 4);
    if (end < 0) throw invalidRegularExpression(`invalid named capture group: ${this.text(start, this.chars.length)}`);
    const name = this.text(start + 4, end);
    if (!/^[\p{L}\p{N}\p{M}_]+$/u.test(name)) {
      throw invalidRegularExpression(`invalid named capture group: ${this.text(start, end + 1)}`);
    }
    this.pos = end + 1;
    this.groups++;
    this.frames.push(this.newFrame(true));
    this.frame.out = '(';
  }

  /** `(?flags)` sets flags to the end of the group; `(?flags:re)` opens a group with them. */
  private perlFlags(start: number): void {
    const flags = { ...this.flags };
    let negated = false;
    let sawFlag = false;
    for (;;) {
      const c = this.chars[this.pos++];
      const bad = (): never => {
        throw invalidRegularExpression(
          `invalid perl operator: ${this.text(start, Math.min(this.pos, this.chars.length))}`,
        );
      };
      if (c === undefined) return bad();
      if (c === 'i' || c === 'm' || c === 's' || c === 'U') {
        flags[c] = !negated;
        sawFlag = true;
      } else if (c === '-') {
        if (negated) bad();
        negated = true;
        sawFlag = false;
      } else if (c === ':' || c === ')') {
        if (negated && !sawFlag) bad();
        if (c === ':') {
          this.frames.push(this.newFrame(false));
          this.frame.out = '(?:';
        }
        this.flags = flags;
        return;
      } else bad();
    }
  }

  private closeGroup(): void {
    if (this.frames.length === 1) throw invalidRegularExpression(`unexpected ): ${this.pattern}`);
    this.pos++;
    const done = this.frames.pop() as Frame;
    this.flags = done.outerFlags;
    this.atom(`${done.out})`, done.maxProduct);
  }

  private repeatOp(repeatBefore: number | null): void {
    const start = this.pos;
    this.pos++;
    const lazy = this.chars[this.pos] === '?';
    if (lazy) this.pos++;
    if (repeatBefore !== null) throw invalidRegularExpression(`bad repetition operator: ${this.text(repeatBefore)}`);
    if (!this.frame.hasOperand)
      throw invalidRegularExpression(`no argument for repetition operator: ${this.text(start)}`);
    this.frame.out += this.chars[start] + (lazy !== this.flags.U ? '?' : '');
    this.lastRepeat = start;
  }

  private braceRepeat(repeatBefore: number | null): void {
    const start = this.pos;
    const bounds = this.repeatBounds();
    if (bounds === null) {
      this.pos++;
      return this.literal(0x7b);
    }
    const [min, max] = bounds;
    const lazy = this.chars[this.pos] === '?';
    if (lazy) this.pos++;
    if (repeatBefore !== null) throw invalidRegularExpression(`bad repetition operator: ${this.text(repeatBefore)}`);
    const opText = this.text(start);
    if ((max !== -1 && max < min) || min > MAX_REPEAT || max > MAX_REPEAT) {
      throw invalidRegularExpression(`invalid repetition size: ${opText}`);
    }
    if (!this.frame.hasOperand) throw invalidRegularExpression(`no argument for repetition operator: ${opText}`);
    const product = this.frame.lastProduct * Math.max(1, max === -1 ? min : max);
    if (product > MAX_REPEAT) throw invalidRegularExpression(`invalid repetition size: ${opText}`);
    this.frame.lastProduct = product;
    this.frame.maxProduct = Math.max(this.frame.maxProduct, product);
    this.frame.out += `{${min}${max === min ? '' : `,${max === -1 ? '' : max}`}}${lazy !== this.flags.U ? '?' : ''}`;
    this.lastRepeat = start;
  }

  /** `{n}`, `{n,}` or `{n,m}` at the cursor (consumed), or null when `{` is a literal. */
  private repeatBounds(): [number, number] | null {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(this.text(this.pos, Math.min(this.chars.length, this.pos + 24)));
    if (match === null) return null;
    const validInt = (s: string): boolean => !(s.length > 1 && s[0] === '0') && s.length < 9;
    if (!validInt(match[1]) || (match[3] !== undefined && match[3] !== '' && !validInt(match[3]))) return null;
    this.pos += match[0].length;
    const min = Number(match[1]);
    const max = match[2] === undefined ? min : match[3] === '' ? -1 : Number(match[3]);
    return [min, max];
  }
}
