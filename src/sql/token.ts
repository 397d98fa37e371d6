/**
 * The token: what the lexer produces and the parser consumes. Every token carries its source
 * span (offsets, 1-based line and column) so that errors and AST nodes can point into the text.
 * Deliberately no behaviour beyond describing a token for error messages.
 */

import { assertNever } from '../errors/assert-never';

export type TokenKind =
  /** A reserved keyword (SELECT, FROM, ...); `keyword` holds it upper-cased. */
  | 'keyword'
  /** An unquoted non-reserved word or a backtick-quoted identifier. */
  | 'identifier'
  | 'string'
  | 'bytes'
  | 'integer'
  | 'float'
  /** `@name`: `value` holds the name without the `@`. */
  | 'parameter'
  /** `@@name`: `value` holds the name without the `@@`. */
  | 'systemVariable'
  /** Punctuation and operators; `value` holds the symbol text. */
  | 'symbol'
  /**
   * Input the lexer could not read, in lenient (DDL) lexing only: it ends the tokens before `eof`,
   * and `value` names it the way Spanner's DDL parser does ("an unknown character ('!')."), because
   * that parser reports such input only when a production reaches it. No production accepts it.
   */
  | 'invalid'
  | 'eof';

export interface Token {
  readonly kind: TokenKind;
  /**
   * The upper-cased word for unquoted words, reserved or not, so contextual keywords (OFFSET,
   * TABLE, VALUES...) are checked the same way as reserved ones. Empty for everything else,
   * including quoted identifiers, which never act as keywords.
   */
  readonly keyword: string;
  /**
   * identifier: the name (quoted ones unescaped); string: the decoded value; integer and float:
   * the source text; parameter and systemVariable: the name; symbol: the symbol; bytes: ''.
   */
  readonly value: string;
  /** The decoded value of a bytes literal; null for other tokens. */
  readonly bytes: Uint8Array | null;
  /** True for backtick-quoted identifiers. */
  readonly quoted: boolean;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
}

/** The phrase used in syntax errors for a token, in ZetaSQL's wording ("keyword FROM", ...). */
export function describeToken(token: Token, source: string): string {
  const raw = source.slice(token.start, token.end);
  switch (token.kind) {
    case 'keyword':
      return `keyword ${token.keyword}`;
    case 'identifier':
      return token.quoted ? `identifier ${raw}` : `identifier "${raw}"`;
    case 'string':
      return `string literal ${raw}`;
    case 'bytes':
      return `bytes literal ${raw}`;
    case 'integer':
      return `integer literal "${raw}"`;
    case 'float':
      return `floating point literal "${raw}"`;
    case 'parameter':
      return `query parameter ${raw}`;
    case 'systemVariable':
      return `system variable ${raw}`;
    case 'symbol':
      return `"${raw}"`;
    case 'invalid':
      return token.value;
    case 'eof':
      return 'end of statement';
    default:
      return assertNever(token.kind, 'token kind');
  }
}
