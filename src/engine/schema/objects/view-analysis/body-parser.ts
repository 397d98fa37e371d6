/**
 * Parses the body of a view or function as GoogleSQL sees it: inside the statement analysis builds
 * around it (`CREATE VIEW `v` SQL SECURITY INVOKER AS <body>`). The body is parsed after blanks
 * standing in for that prefix, so every position in the AST, and in a syntax error, is a position
 * in that statement. Only the parse happens here.
 */

import { bodySyntaxError } from '../../../../errors/view-errors';
import { isSpannerError } from '../../../../errors/spanner-error';
import { TokenCursor } from '../../../../sql/index';

export function parseBodyAfter<T>(prefix: string, body: string, suffix: string, parse: (c: TokenCursor) => T): T {
  try {
    const c = new TokenCursor(' '.repeat(prefix.length) + body);
    const ast = parse(c);
    if (!c.atEnd()) throw c.expected('end of input');
    return ast;
  } catch (e) {
    if (!isSpannerError(e)) throw e;
    throw bodySyntaxError(e.message, prefix + body + suffix);
  }
}
