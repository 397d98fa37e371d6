/**
 * Expressions and queries embedded in DDL (DEFAULT, AS, CHECK, ON UPDATE, view bodies). Each is
 * parsed with the query front end and its source text kept verbatim, because GetDatabaseDdl
 * prints it back as written. Whether the fragment is allowed where it stands (a subquery in a
 * generated column, say) is for the analyzer to decide, so a parenthesised query is accepted
 * here as a subquery expression.
 */

import { SpannerError } from '../../errors/spanner-error';
import type { DdlExpression, DdlQueryAst, EmbeddedSql } from '../ast/ddl-common';
import { parseExpression } from './expression-parser';
import { parseQuery } from './query-parser';
import { TokenCursor } from './token-cursor';

/** `( expr )`: the text kept excludes the outer parentheses and surrounding blanks. */
export function parseParenthesizedExpression(c: TokenCursor): DdlExpression {
  c.expectSymbol('(');
  const first = c.peek();
  const mark = c.mark();
  let ast;
  try {
    ast = parseExpression(c);
    if (!c.isSymbol(')')) throw c.expected('")"');
  } catch (e) {
    if (!(e instanceof SpannerError)) throw e;
    c.reset(mark);
    const query = tryParseQuery(c);
    if (query === null) throw e;
    ast = { kind: 'subquery' as const, query, loc: c.span(first) };
  }
  const embedded = { text: c.sourceText(first.start, c.lastEnd), ast, loc: c.span(first) };
  c.expectSymbol(')');
  return embedded;
}

/** A query filling the rest of a parenthesised fragment, or null if the tokens are not one. */
function tryParseQuery(c: TokenCursor): DdlQueryAst | null {
  try {
    const query = parseQuery(c);
    return c.isSymbol(')') ? query : null;
  } catch (e) {
    if (e instanceof SpannerError) return null;
    throw e;
  }
}

/** A view body: a query running to the end of the statement. */
export function parseEmbeddedQuery(c: TokenCursor): EmbeddedSql<DdlQueryAst> {
  const first = c.peek();
  const ast = parseQuery(c);
  return { text: c.sourceText(first.start, c.lastEnd), ast, loc: c.span(first) };
}
