/**
 * Line and column of a source offset, for errors raised where the lexer's running position is
 * not at hand. Linear in the offset: meant for the error path only, never per token.
 */

import { SourcePosition } from '../errors/sql-errors';

export function positionAt(text: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  const stop = Math.min(offset, text.length);
  for (let i = 0; i < stop; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
