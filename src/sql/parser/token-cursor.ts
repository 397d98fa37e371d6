/**
 * TokenCursor: the parser's view of a tokenized statement. Every parse function (query, DML and
 * DDL alike) takes a cursor and advances it.
 *
 * How to use it:
 * - Look: `peek(n)` (0 = current token), `isKeyword('TABLE')` (reserved or contextual word,
 *   case-insensitive; quoted identifiers never match), `isSymbol('(')`, `isIdentifier()`
 *   (a name: unquoted non-reserved word or backtick-quoted), `isWord()` (any word).
 * - Consume: `next()`, `acceptKeyword(k)` / `acceptSymbol(s)` (consume if present, return a
 *   boolean), `expectKeyword(k)` / `expectSymbol(s)` (consume or throw "Expected ... but got ...").
 * - Positions: remember `const start = c.peek()` before a production and finish the node with
 *   `c.span(start)`; `c.lastEnd` is the end offset of the last consumed token; `c.sourceText(a, b)`
 *   returns the original text (for reprinting expressions as written).
 * - Errors: `c.unexpected()` ("Unexpected keyword FROM [at 1:8]"), `c.expected('keyword JOIN')`,
 *   `c.errorAt(token, what)`; throw what they return. `c.expectEnd()` requires the end of input.
 * - Wording: a cursor made with `'ddl'` words errors as Spanner's DDL parser does ("Syntax error
 *   on line 1, column 8: Expecting 'EOF' but found 'FROM'") and lexes leniently (see lexer.ts).
 *   Its parse functions say what they expect: `expectKeyword` / `expectSymbol` / `expectEnd` (or
 *   `c.missing(what, image)`) when one token is required, `c.encountered('column_type')` when no
 *   alternative of a production fits (named as in Spanner's grammar); `unexpected` and `expected`
 *   stand for a production unnamed. In GoogleSQL wording these read as before.
 * - Recursion: call `c.enter()` on entering any production that can nest and `c.leave()` on
 *   leaving it; past MAX_NESTING_DEPTH it throws a "nesting is too deep" syntax error instead of
 *   overflowing the stack. A failed parse abandons the cursor, so no try/finally is needed.
 * - Lookahead with backtracking: `const m = c.mark(); ...; c.reset(m)` (also valid after a
 *   parse that threw: the nesting depth is restored too).
 * Names and paths are parsed by identifier-parser.ts, hints by hint-parser.ts.
 */

import {
  ddlProductionFailed,
  ddlSyntaxError,
  ddlTokenExpected,
  nestingTooDeep,
  syntaxError,
} from '../../errors/sql-errors';
import { SpannerError } from '../../errors/spanner-error';
import type { SourceSpan } from '../ast/node';
import { tokenize } from '../lexer';
import { describeToken, Token } from '../token';
import { ddlTokenImage, ddlTokenPosition } from './ddl-syntax-wording';

/** Whose syntax errors a cursor imitates: GoogleSQL's (queries, DML) or Spanner's DDL parser's. */
export type SyntaxWording = 'googlesql' | 'ddl';

/** The production a DDL choice failure names when its parse function does not say. */
const UNNAMED_DDL_PRODUCTION = 'ddl_statement';

/** Deep enough for any real statement, shallow enough to stay far from the JavaScript stack limit. */
export const MAX_NESTING_DEPTH = 1000;

/** A saved cursor position (see mark / reset). */
export interface CursorMark {
  readonly index: number;
  readonly depth: number;
}

export class TokenCursor {
  readonly text: string;
  private readonly tokens: readonly Token[];
  private index = 0;
  private depth = 0;
  /** End offset of the last consumed token (0 before any). */
  lastEnd = 0;

  constructor(
    text: string,
    readonly wording: SyntaxWording = 'googlesql',
  ) {
    this.text = text;
    this.tokens = tokenize(text, wording === 'ddl' ? 'lenient' : 'strict');
  }

  peek(ahead = 0): Token {
    const i = this.index + ahead;
    return i < this.tokens.length ? this.tokens[i] : this.tokens[this.tokens.length - 1];
  }

  next(): Token {
    const t = this.tokens[this.index];
    if (t.kind !== 'eof') {
      this.index++;
      this.lastEnd = t.end;
    }
    return t;
  }

  atEnd(): boolean {
    return this.tokens[this.index].kind === 'eof';
  }

  mark(): CursorMark {
    return { index: this.index, depth: this.depth };
  }

  /** Returns to a mark; also after a failed parse, whose unbalanced enter() calls it undoes. */
  reset(mark: CursorMark): void {
    this.index = mark.index;
    this.depth = mark.depth;
    this.lastEnd = mark.index > 0 ? this.tokens[mark.index - 1].end : 0;
  }

  isKeyword(keyword: string, ahead = 0): boolean {
    return this.peek(ahead).keyword === keyword;
  }

  acceptKeyword(keyword: string): boolean {
    if (this.tokens[this.index].keyword !== keyword) return false;
    this.next();
    return true;
  }

  expectKeyword(keyword: string): Token {
    if (this.tokens[this.index].keyword !== keyword) throw this.missing(`keyword ${keyword}`, keyword);
    return this.next();
  }

  isSymbol(symbol: string, ahead = 0): boolean {
    const t = this.peek(ahead);
    return t.kind === 'symbol' && t.value === symbol;
  }

  acceptSymbol(symbol: string): boolean {
    if (!this.isSymbol(symbol)) return false;
    this.next();
    return true;
  }

  expectSymbol(symbol: string): Token {
    if (!this.isSymbol(symbol)) throw this.missing(`"${symbol}"`, symbol);
    return this.next();
  }

  /** Requires the end of the input. */
  expectEnd(): void {
    if (!this.atEnd()) throw this.missing('end of input', 'EOF');
  }

  /** A token usable as a name: a non-reserved word or a quoted identifier. */
  isIdentifier(ahead = 0): boolean {
    return this.peek(ahead).kind === 'identifier';
  }

  /** Any word, reserved or not (what may follow a dot). */
  isWord(ahead = 0): boolean {
    const k = this.peek(ahead).kind;
    return k === 'identifier' || k === 'keyword';
  }

  /** Source span from `start` (a token or node start) to the end of the last consumed token. */
  span(start: Token | SourceSpan): SourceSpan {
    return { start: start.start, end: this.lastEnd, line: start.line, column: start.column };
  }

  sourceText(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  describe(token: Token = this.peek()): string {
    return describeToken(token, this.text);
  }

  errorAt(token: Token, what: string): SpannerError {
    if (this.wording === 'ddl') return ddlSyntaxError(what, ddlTokenPosition(token, this.text));
    return syntaxError(what, { line: token.line, column: token.column });
  }

  unexpected(token: Token = this.peek()): SpannerError {
    if (this.wording === 'ddl') return this.encountered(UNNAMED_DDL_PRODUCTION, token);
    return this.errorAt(token, `Unexpected ${this.describe(token)}`);
  }

  /** No alternative of `production` fits `token`; in GoogleSQL wording the same as unexpected. */
  encountered(production: string, token: Token = this.peek()): SpannerError {
    if (this.wording !== 'ddl') return this.unexpected(token);
    return ddlProductionFailed(ddlTokenImage(token, this.text), production, ddlTokenPosition(token, this.text));
  }

  /** Several things would fit here; in DDL wording that is a choice of an unnamed production. */
  expected(what: string, token: Token = this.peek()): SpannerError {
    if (this.wording === 'ddl') return this.unexpected(token);
    return this.errorAt(token, `Expected ${what} but got ${this.describe(token)}`);
  }

  /** One token is required: `what` describes it in GoogleSQL's wording, `image` in the DDL parser's. */
  missing(what: string, image: string, token: Token = this.peek()): SpannerError {
    if (this.wording !== 'ddl') return this.expected(what, token);
    return ddlTokenExpected(image, ddlTokenImage(token, this.text), ddlTokenPosition(token, this.text));
  }

  enter(): void {
    if (++this.depth > MAX_NESTING_DEPTH) {
      const t = this.peek();
      throw nestingTooDeep({ line: t.line, column: t.column });
    }
  }

  leave(): void {
    this.depth--;
  }
}

/** The span of a single token. */
export function tokenSpan(t: Token): SourceSpan {
  return { start: t.start, end: t.end, line: t.line, column: t.column };
}
