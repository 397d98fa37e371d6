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

/** Nesting deep enough to threaten the stack: refused as Spanner does, never a RangeError. */
export function nestingTooDeep(at: SourcePosition): SpannerError {
  return new SpannerError(
    Code.INVALID_ARGUMENT,
    `Syntax error: Expression or statement nesting is too deep [at ${at.line}:${at.column}]`,
  );
}

/**
 * A DDL statement that reads well token by token but breaks a rule Spanner enforces while parsing
 * (a second PRIMARY KEY, an unknown change stream option...). The message is Spanner's, verbatim.
 */
export function ddlStatementError(message: string): SpannerError {
  return new SpannerError(Code.INVALID_ARGUMENT, message);
}
