/**
 * Hints: `@{key=value, ...}` on statements, tables, joins, GROUP BY and function calls. Keys are
 * dotted words (`spanner.optimizer_version`), values expressions (usually names or literals).
 * Which hints exist and what they mean is not checked here.
 */

import type { Hint, HintEntry, Identifier, PathName } from '../ast/node';
import { parseExpression } from './expression-parser';
import { parseWordAfterDot } from './identifier-parser';
import { TokenCursor } from './token-cursor';

/** True when the cursor is on `@{`. */
export function isHintStart(c: TokenCursor): boolean {
  return c.isSymbol('@') && c.isSymbol('{', 1);
}

/** Parses `@{...}` with the cursor on `@`. */
export function parseHint(c: TokenCursor): Hint {
  const start = c.expectSymbol('@');
  c.expectSymbol('{');
  const entries: HintEntry[] = [];
  do entries.push(parseHintEntry(c));
  while (c.acceptSymbol(','));
  c.expectSymbol('}');
  return { kind: 'hint', entries, loc: c.span(start) };
}

/** A hint when the cursor is on `@{`, else null. */
export function parseOptionalHint(c: TokenCursor): Hint | null {
  return isHintStart(c) ? parseHint(c) : null;
}

function parseHintEntry(c: TokenCursor): HintEntry {
  const start = c.peek();
  const parts: Identifier[] = [parseWordAfterDot(c)];
  while (c.acceptSymbol('.')) parts.push(parseWordAfterDot(c));
  const key: PathName = { kind: 'pathName', parts, loc: c.span(start) };
  c.expectSymbol('=');
  const value = parseExpression(c);
  return { kind: 'hintEntry', key, value, loc: c.span(start) };
}
