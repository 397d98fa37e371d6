/**
 * Factories for errors raised by the SQL front end (lexer, parser). Messages follow Spanner's
 * `Syntax error: <what> [at line:column]` form, which clients and tests match on.
 */

import { Code } from './codes';
import { SpannerError } from './spanner-error';

export interface SourcePosition {
  line: number;
  column: number;
}

export function syntaxError(what: string, at: SourcePosition): SpannerError {
  return new SpannerError(Code.INVALID_ARGUMENT, `Syntax error: ${what} [at ${at.line}:${at.column}]`);
}

/** The `<what>` of a message syntaxError made, for lenient lexing to word it differently. */
export function syntaxErrorDetail(message: string): string {
  const match = /^Syntax error: ([\s\S]*) \[at \d+:\d+\]$/.exec(message);
  return match === null ? message : match[1];
}

/** Nesting deep enough to threaten the stack: refused as Spanner does, never a RangeError. */
export function nestingTooDeep(at: SourcePosition): SpannerError {
  return new SpannerError(
    Code.INVALID_ARGUMENT,
    `Syntax error: Expression or statement nesting is too deep [at ${at.line}:${at.column}]`,
  );
}

/**
 * Spanner's DDL parser words its syntax errors its own way: the position first, in words, then
 * what went wrong, with tokens quoted as written. Queries and DML keep GoogleSQL's form above.
 */
export function ddlSyntaxError(what: string, at: SourcePosition): SpannerError {
  return new SpannerError(Code.INVALID_ARGUMENT, `Syntax error on line ${at.line}, column ${at.column}: ${what}`);
}

/** One specific token was required: `Expecting 'EOF' but found 'PRIMARY'`. */
export function ddlTokenExpected(expected: string, found: string, at: SourcePosition): SpannerError {
  return ddlSyntaxError(`Expecting '${expected}' but found ${found}`, at);
}

/** No alternative of a grammar production fits: `Encountered ')' while parsing: column_type`. */
export function ddlProductionFailed(found: string, production: string, at: SourcePosition): SpannerError {
  return ddlSyntaxError(`Encountered ${found} while parsing: ${production}`, at);
}

/**
 * A DDL statement that reads well token by token but breaks a rule Spanner enforces while parsing
 * (a second PRIMARY KEY, an unknown change stream option...). The message is Spanner's, verbatim.
 */
export function ddlStatementError(message: string): SpannerError {
  return new SpannerError(Code.INVALID_ARGUMENT, message);
}
