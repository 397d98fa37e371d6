/**
 * Names input the lexer cannot read the way Spanner's DDL parser names it in a syntax error
 * ("an unknown character ('!')."), for lenient lexing. That parser has no token for a stray
 * character or for a quote that is never closed, so it reports the character itself; other
 * malformed literals keep the lexer's own description. Where the bad input starts is the lexer's
 * business.
 */

import type { SpannerError } from '../errors/spanner-error';
import { syntaxErrorDetail } from '../errors/sql-errors';

/** Lexer failures that Spanner's DDL parser sees as a single character it has no token for. */
const CHARACTER_FAILURE = /^(?:Illegal input character|Unclosed (?:string|bytes|identifier) literal)/;

export interface InvalidInput {
  /** Where the unreadable input starts: past a literal's prefix, which still reads as a word. */
  at: number;
  phrase: string;
}

/** The input at `at`, whose reading failed with `error`, as that parser reports it. */
export function invalidInput(text: string, at: number, error: SpannerError): InvalidInput {
  const detail = syntaxErrorDetail(error.message);
  const literal = /^[rRbB]{0,2}(['"`])/.exec(text.slice(at, at + 3));
  const quoteAt = literal === null ? at : at + literal[0].length - 1;
  const tripleQuoted = literal !== null && text.startsWith(literal[1].repeat(3), quoteAt);
  if (!CHARACTER_FAILURE.test(detail) || tripleQuoted) return { at, phrase: detail };
  return { at: quoteAt, phrase: characterPhrase(String.fromCodePoint(text.codePointAt(quoteAt) ?? 0)) };
}

function characterPhrase(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp > 0x7f) {
    return (
      'a non-ASCII UTF-8 character. Did you perhaps copy the Spanner Cloud DDL statements from a ' +
      'word-processed document, including non-breaking spaces or smart quotes?'
    );
  }
  if (cp < 0x20 || cp === 0x7f) return `a non-printable ASCII character ('\\${cp.toString(8).padStart(3, '0')}').`;
  return `an unknown character ('${ch}').`;
}
