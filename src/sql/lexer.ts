/**
 * The GoogleSQL lexer: turns statement text into tokens, ending with one `eof` token. Skips
 * whitespace and comments (--, #, /* *\/), classifies words as reserved keywords or identifiers,
 * and delegates quoted forms and numbers to lexer-strings and lexer-numbers. `>` is always a
 * single token so that `ARRAY<ARRAY<INT64>>` closes naturally; the parser joins two adjacent `>`
 * into a shift. Lenient lexing (for DDL) turns the first unreadable input into an `invalid` token
 * instead of failing, because Spanner's DDL parser reports it only where a production meets it.
 * Does not know any grammar beyond single tokens.
 */

import { isSpannerError, type SpannerError } from '../errors/spanner-error';
import { syntaxError } from '../errors/sql-errors';
import { invalidInput } from './lexer-invalid-input';
import { scanNumber } from './lexer-numbers';
import { readQuotedIdentifier, readStringLiteral } from './lexer-strings';
import { Token, TokenKind } from './token';
import { isReservedKeyword } from './token-keywords';

/** Two-character symbols, keyed by their first character. */
const TWO_CHAR_SYMBOLS: Readonly<Record<string, readonly string[]>> = {
  '|': ['||'],
  '!': ['!='],
  '<': ['<>', '<=', '<<'],
  '>': ['>='],
  '=': ['=>'],
  '-': ['->'],
};

const ONE_CHAR_SYMBOLS = new Set([
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  '.',
  ';',
  '+',
  '-',
  '*',
  '/',
  '|',
  '&',
  '^',
  '~',
  '=',
  '<',
  '>',
  '@',
  ':',
]);

function isWordStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

function isWordPart(c: number): boolean {
  return isWordStart(c) || (c >= 48 && c <= 57);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** String-literal prefixes: r, b, rb, br in any case. Returns [raw, bytes] or null. */
function literalPrefix(word: string): [boolean, boolean] | null {
  if (word.length > 2) return null;
  const w = word.toLowerCase();
  if (w === 'r') return [true, false];
  if (w === 'b') return [false, true];
  if (w === 'rb' || w === 'br') return [true, true];
  return null;
}

class Lexer {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private readonly tokens: Token[] = [];

  constructor(
    private readonly text: string,
    private readonly mode: LexMode,
  ) {}

  run(): Token[] {
    try {
      this.readAll();
    } catch (e) {
      if (this.mode !== 'lenient' || !isSpannerError(e)) throw e;
      this.pushInvalid(e);
    }
    this.push('eof', '', '', this.text.length, this.text.length);
    return this.tokens;
  }

  /** A failed read leaves `pos` at the start of the unreadable token or comment. */
  private pushInvalid(e: SpannerError): void {
    const input = invalidInput(this.text, this.pos, e);
    if (input.at > this.pos) {
      const prefix = this.text.slice(this.pos, input.at);
      this.push('identifier', prefix.toUpperCase(), prefix, this.pos, input.at);
    }
    this.push('invalid', '', input.phrase, input.at, input.at + 1);
  }

  private readAll(): void {
    for (;;) {
      this.skipTrivia();
      if (this.pos >= this.text.length) return;
      this.readToken();
    }
  }

  private push(
    kind: TokenKind,
    keyword: string,
    value: string,
    start: number,
    end: number,
    bytes: Uint8Array | null = null,
    quoted = false,
  ): void {
    this.tokens.push({
      kind,
      keyword,
      value,
      bytes,
      quoted,
      start,
      end,
      line: this.line,
      column: start - this.lineStart + 1,
    });
  }

  private error(what: string, at: number): never {
    throw syntaxError(what, { line: this.line, column: at - this.lineStart + 1 });
  }

  /** Accounts for newlines inside a token or comment spanning [from, to). */
  private countLines(from: number, to: number): void {
    let i = this.text.indexOf('\n', from);
    while (i >= 0 && i < to) {
      this.line++;
      this.lineStart = i + 1;
      i = this.text.indexOf('\n', i + 1);
    }
  }

  private skipTrivia(): void {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(this.pos);
      if (c === 10) {
        this.pos++;
        this.line++;
        this.lineStart = this.pos;
      } else if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11) {
        this.pos++;
      } else if (c === 35 || (c === 45 && text.charCodeAt(this.pos + 1) === 45)) {
        const nl = text.indexOf('\n', this.pos);
        this.pos = nl < 0 ? text.length : nl;
      } else if (c === 47 && text.charCodeAt(this.pos + 1) === 42) {
        const close = text.indexOf('*/', this.pos + 2);
        if (close < 0) this.error('Unclosed comment', this.pos);
        this.countLines(this.pos, close);
        this.pos = close + 2;
      } else {
        return;
      }
    }
  }

  private readToken(): void {
    const c = this.text.charCodeAt(this.pos);
    if (isWordStart(c)) this.readWord();
    else if (c === 46 && this.isPathDot()) this.readPathStep();
    else if (isDigit(c) || (c === 46 && isDigit(this.text.charCodeAt(this.pos + 1)))) this.readNumber();
    else if (c === 39 || c === 34) this.readString(this.pos, this.pos, false, false);
    else if (c === 96) this.readQuotedIdentifier();
    else if (c === 64) this.readAt();
    else this.readSymbol();
  }

  private readWord(): void {
    const text = this.text;
    const start = this.pos;
    let i = start + 1;
    while (isWordPart(text.charCodeAt(i))) i++;
    const word = text.slice(start, i);
    const q = text.charCodeAt(i);
    if (q === 39 || q === 34) {
      const prefix = literalPrefix(word);
      if (prefix) {
        this.readString(start, i, prefix[0], prefix[1]);
        return;
      }
    }
    this.pos = i;
    const upper = word.toUpperCase();
    this.push(isReservedKeyword(upper) ? 'keyword' : 'identifier', upper, word, start, i);
  }

  private readString(start: number, quoteAt: number, raw: boolean, isBytes: boolean): void {
    const body = readStringLiteral(this.text, start, quoteAt, raw, isBytes);
    this.pos = body.end;
    this.push(isBytes ? 'bytes' : 'string', '', body.value, start, body.end, body.bytes);
    this.countLines(start, body.end);
  }

  private readQuotedIdentifier(): void {
    const start = this.pos;
    const body = readQuotedIdentifier(this.text, start);
    this.pos = body.end;
    this.push('identifier', '', body.value, start, body.end, null, true);
  }

  /**
   * `.` then a digit right after `)`, `]` or a name is a field step, not a float: ZetaSQL reads
   * `(SELECT 1 AS \`1\`).1` and `t.1x` as paths whose names start with digits.
   */
  private isPathDot(): boolean {
    if (!isDigit(this.text.charCodeAt(this.pos + 1))) return false;
    const prev = this.tokens[this.tokens.length - 1];
    if (prev === undefined || prev.end !== this.pos) return false;
    return prev.kind === 'identifier' || (prev.kind === 'symbol' && (prev.value === ')' || prev.value === ']'));
  }

  private readPathStep(): void {
    const dot = this.pos;
    this.push('symbol', '', '.', dot, dot + 1);
    let i = dot + 1;
    while (isWordPart(this.text.charCodeAt(i))) i++;
    this.pos = i;
    const word = this.text.slice(dot + 1, i);
    this.push('identifier', word.toUpperCase(), word, dot + 1, i);
  }

  private readNumber(): void {
    const start = this.pos;
    const scan = scanNumber(this.text, start);
    if (isWordPart(this.text.charCodeAt(scan.end)))
      this.error('Missing whitespace between literal and alias', scan.end);
    this.pos = scan.end;
    this.push(scan.kind, '', this.text.slice(start, scan.end), start, scan.end);
  }

  /** `@name` parameters, `@@name` system variables, otherwise the `@` symbol (hints: `@{`). */
  private readAt(): void {
    const text = this.text;
    const start = this.pos;
    const system = text.charCodeAt(start + 1) === 64;
    const nameAt = system ? start + 2 : start + 1;
    const c = text.charCodeAt(nameAt);
    if (c === 96) {
      const body = readQuotedIdentifier(text, nameAt);
      this.pos = body.end;
      this.push(system ? 'systemVariable' : 'parameter', '', body.value, start, body.end);
    } else if (isWordStart(c)) {
      let i = nameAt + 1;
      while (isWordPart(text.charCodeAt(i))) i++;
      this.pos = i;
      this.push(system ? 'systemVariable' : 'parameter', '', text.slice(nameAt, i), start, i);
    } else {
      this.pos = start + 1;
      this.push('symbol', '', '@', start, start + 1);
    }
  }

  private readSymbol(): void {
    const text = this.text;
    const start = this.pos;
    const ch = text[start];
    const pair = text.slice(start, start + 2);
    const twos = TWO_CHAR_SYMBOLS[ch];
    if (twos && twos.includes(pair)) {
      this.pos = start + 2;
      this.push('symbol', '', pair, start, start + 2);
    } else if (ONE_CHAR_SYMBOLS.has(ch)) {
      this.pos = start + 1;
      this.push('symbol', '', ch, start, start + 1);
    } else {
      const cp = String.fromCodePoint(text.codePointAt(start) ?? 0);
      this.error(`Illegal input character "${cp}"`, start);
    }
  }
}

/** strict: bad input is a syntax error; lenient: it becomes an `invalid` token that ends the input. */
export type LexMode = 'strict' | 'lenient';

/** Splits `text` into tokens; the last token is always `eof`. */
export function tokenize(text: string, mode: LexMode = 'strict'): Token[] {
  return new Lexer(text, mode).run();
}
