/**
 * Table constraints shared by CREATE TABLE and ALTER TABLE ADD: `[CONSTRAINT name] FOREIGN KEY
 * (...) REFERENCES t (...) [ON DELETE ...] [[NOT] ENFORCED]` and `[CONSTRAINT name] CHECK (expr)`,
 * plus ON DELETE actions and row deletion policies. Column existence is not checked here.
 */

import { syntaxError } from '../../errors/sql-errors';
import type { DdlIdent, OnDeleteAction } from '../ast/ddl-common';
import type { DdlForeignKey, DdlRowDeletionPolicy, DdlTableConstraint } from '../ast/ddl-table';
import { parseParenthesizedExpression } from './ddl-embedded-sql';
import { expectKeywords, isKeywordSequence, parseDdlIdent, parseDdlInteger, parseDdlName, parseParenthesizedIdents } from './ddl-tokens';
import type { Token } from '../token';
import { TokenCursor } from './token-cursor';

/** True when the cursor starts a FOREIGN KEY or CHECK constraint (named or not). */
export function isTableConstraintStart(c: TokenCursor): boolean {
  if (c.isKeyword('CONSTRAINT')) return c.isIdentifier(1);
  return isKeywordSequence(c, 'FOREIGN', 'KEY') || (c.isKeyword('CHECK') && c.isSymbol('(', 1));
}

export function parseTableConstraint(c: TokenCursor): DdlTableConstraint {
  const start = c.peek();
  let name: DdlIdent | null = null;
  if (c.acceptKeyword('CONSTRAINT')) name = parseDdlIdent(c);
  if (c.acceptKeyword('CHECK')) {
    return { kind: 'check', name, expression: parseParenthesizedExpression(c), loc: c.span(start) };
  }
  return parseForeignKeyBody(c, name, start);
}

function parseForeignKeyBody(c: TokenCursor, name: DdlIdent | null, start: Token): DdlForeignKey {
  expectKeywords(c, 'FOREIGN', 'KEY');
  const columns = parseParenthesizedIdents(c);
  c.expectKeyword('REFERENCES');
  const referencedTable = parseDdlName(c);
  const referencedColumns = parseParenthesizedIdents(c);
  const onDelete = isKeywordSequence(c, 'ON', 'DELETE') ? parseOnDelete(c) : null;
  let enforced: boolean | null = null;
  if (c.acceptKeyword('ENFORCED')) enforced = true;
  else if (isKeywordSequence(c, 'NOT', 'ENFORCED')) {
    expectKeywords(c, 'NOT', 'ENFORCED');
    enforced = false;
  }
  return { kind: 'foreignKey', name, columns, referencedTable, referencedColumns, onDelete, enforced, loc: c.span(start) };
}

/** `ON DELETE CASCADE | ON DELETE NO ACTION`. */
export function parseOnDelete(c: TokenCursor): OnDeleteAction {
  expectKeywords(c, 'ON', 'DELETE');
  if (c.acceptKeyword('CASCADE')) return 'CASCADE';
  if (!c.isKeyword('NO')) throw c.expected('keyword CASCADE or NO ACTION');
  expectKeywords(c, 'NO', 'ACTION');
  return 'NO ACTION';
}

/** `ROW DELETION POLICY (OLDER_THAN(col, INTERVAL n DAY))`. */
export function parseRowDeletionPolicy(c: TokenCursor): DdlRowDeletionPolicy {
  const start = c.peek();
  expectKeywords(c, 'ROW', 'DELETION', 'POLICY');
  c.expectSymbol('(');
  const fn = c.peek();
  if (!c.isKeyword('OLDER_THAN')) {
    throw syntaxError(`Only OLDER_THAN is supported in ROW DELETION POLICY, got ${c.describe(fn)}`, fn);
  }
  c.next();
  c.expectSymbol('(');
  const column = parseDdlIdent(c);
  c.expectSymbol(',');
  c.expectKeyword('INTERVAL');
  const days = parseDdlInteger(c);
  c.expectKeyword('DAY');
  c.expectSymbol(')');
  c.expectSymbol(')');
  return { column, days, loc: c.span(start) };
}
