/**
 * How Spanner's DDL parser shows a token in a syntax error and where it places it: the token as
 * written, in quotes; 'EOF' for the end, placed on the statement's last character as that parser
 * places it; unreadable input by its phrase; and `;` as the stray character it is there (that
 * parser never sees statement separators). The messages themselves are made in errors/.
 */

import type { SourcePosition } from '../../errors/sql-errors';
import { positionAt } from '../lexer-position';
import type { Token } from '../token';

export function ddlTokenImage(token: Token, text: string): string {
  if (token.kind === 'eof') return "'EOF'";
  if (token.kind === 'invalid') return token.value;
  if (token.kind === 'symbol' && token.value === ';') return "an unknown character (';').";
  return `'${text.slice(token.start, token.end)}'`;
}

export function ddlTokenPosition(token: Token, text: string): SourcePosition {
  if (token.kind !== 'eof' || text.length === 0) return { line: token.line, column: token.column };
  return positionAt(text, text.length - 1);
}
