/**
 * Expressions and queries embedded in DDL (DEFAULT, AS, CHECK, ON UPDATE, view and function
 * bodies). Each is parsed with the query front end and its source text kept verbatim, because
 * GetDatabaseDdl prints it back as written. Spanner's DDL parser only delimits these fragments
 * (balanced parentheses; a view body runs to the end of the statement) and parses them when it
 * analyses the statement, so a fragment that does not parse is kept as text without an AST, and
 * analysis reports the error in its context. Whether a parsed fragment is allowed where it stands
 * (a subquery in a generated column, say) is for the analyzer too, so a parenthesised query is
 * accepted here as a subquery expression.
 */

import { SpannerError } from '../../errors/spanner-error';
import type { DdlExpression, DdlExpressionAst, DdlQueryAst, EmbeddedSql } from '../ast/ddl-common';
import { parseExpression } from './expression-parser';
import { parseQuery } from './query-parser';
import { TokenCursor, type CursorMark } from './token-cursor';

/** `( expr )`: the text kept excludes the outer parentheses and surrounding blanks. */
export function parseParenthesizedExpression(c: TokenCursor): DdlExpression {
  c.expectSymbol('(');
  const first = c.peek();
  // The DDL grammar's expression is one or more tokens; `()` fails there, not in analysis.
  if (c.isSymbol(')')) throw c.encountered('expression');
  const mark = c.mark();
  const ast =
    attempt(
      c,
      () => parseExpression(c),
      () => c.isSymbol(')'),
    ) ?? parenthesizedQuery(c, mark);
  if (ast === null) {
    c.reset(mark);
    skipBalanced(c);
  }
  const embedded = { text: c.sourceText(first.start, c.lastEnd), ast, loc: c.span(first) };
  c.expectSymbol(')');
  return embedded;
}

/** A query filling the parentheses, as a subquery expression; null if the tokens are not one. */
function parenthesizedQuery(c: TokenCursor, mark: CursorMark): DdlExpressionAst | null {
  c.reset(mark);
  const first = c.peek();
  const query = attempt(
    c,
    () => parseQuery(c),
    () => c.isSymbol(')'),
  );
  return query === null ? null : { kind: 'subquery', query, loc: c.span(first) };
}

/** A view body: a query running to the end of the statement. */
export function parseEmbeddedQuery(c: TokenCursor): EmbeddedSql<DdlQueryAst> {
  const first = c.peek();
  if (atStatementEnd(c)) throw c.encountered('statement_tokens');
  const mark = c.mark();
  const ast = attempt(
    c,
    () => parseQuery(c),
    () => atStatementEnd(c),
  );
  if (ast === null) {
    c.reset(mark);
    while (!atStatementEnd(c)) c.next();
  }
  return { text: c.sourceText(first.start, c.lastEnd), ast, loc: c.span(first) };
}

/** Runs `parse`; null (the cursor wherever it stopped) if it fails or does not end where `done` says. */
function attempt<T>(c: TokenCursor, parse: () => T, done: () => boolean): T | null {
  try {
    const result = parse();
    return done() ? result : null;
  } catch (e) {
    if (e instanceof SpannerError) return null;
    throw e;
  }
}

/**
 * Skips tokens up to the `)` that closes the fragment, as Spanner's DDL parser delimits an
 * expression; stops early at input no fragment may hold (the end, unreadable input, a `;`) and
 * leaves the error to the caller's `)`.
 */
function skipBalanced(c: TokenCursor): void {
  let depth = 0;
  while (!atStatementEnd(c)) {
    if (c.isSymbol(')')) {
      if (depth === 0) return;
      depth--;
    } else if (c.isSymbol('(')) {
      depth++;
    }
    c.next();
  }
}

/** The end of the statement's tokens: its end, a `;`, or input that could not be read. */
function atStatementEnd(c: TokenCursor): boolean {
  const t = c.peek();
  return t.kind === 'eof' || t.kind === 'invalid' || (t.kind === 'symbol' && t.value === ';');
}
