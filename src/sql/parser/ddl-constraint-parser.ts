/**
 * Table constraints shared by CREATE TABLE and ALTER TABLE ADD: `[CONSTRAINT name] FOREIGN KEY
 * (...) REFERENCES t (...) [ON DELETE ...] [[NOT] ENFORCED]` and `[CONSTRAINT name] CHECK (expr)`,
 * plus ON DELETE actions and row deletion policies. Column existence is not checked here.
 */

import { ddlStatementError } from '../../errors/sql-errors';
import type { DdlIdent, OnDeleteAction } from '../ast/ddl-common';
import type { DdlForeignKey, DdlRowDeletionPolicy, DdlTableConstraint } from '../ast/ddl-table';
import { parseParenthesizedExpression } from './ddl-embedded-sql';
import {
  expectKeywords,
  isKeywordSequence,
  parseDdlIdent,
  parseDdlInteger,
  parseDdlName,
  parseParenthesizedIdents,
} from './ddl-tokens';
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
  const onDelete = c.isKeyword('ON') ? parseOnDelete(c, 'referential_action') : null;
  let enforced: boolean | null = null;
  if (c.acceptKeyword('ENFORCED')) enforced = true;
  else if (c.acceptKeyword('NOT')) {
    c.expectKeyword('ENFORCED');
    enforced = false;
  }
  return {
    kind: 'foreignKey',
    name,
    columns,
    referencedTable,
    referencedColumns,
    onDelete,
    enforced,
    loc: c.span(start),
  };
}

/**
 * `ON DELETE CASCADE | ON DELETE NO ACTION`; `production` names the choice of action in syntax
 * errors (Spanner's grammar has one for foreign keys and another for interleaving).
 */
export function parseOnDelete(c: TokenCursor, production: 'referential_action' | 'on_delete_clause'): OnDeleteAction {
  expectKeywords(c, 'ON', 'DELETE');
  if (c.acceptKeyword('CASCADE')) return 'CASCADE';
  if (!c.isKeyword('NO')) throw c.encountered(production);
  expectKeywords(c, 'NO', 'ACTION');
  return 'NO ACTION';
}

/**
 * `ROW DELETION POLICY (OLDER_THAN(col, INTERVAL n DAY))`. The grammar takes any function name;
 * that it is OLDER_THAN is a rule checked once the clause has parsed, as Spanner does.
 */
export function parseRowDeletionPolicy(c: TokenCursor): DdlRowDeletionPolicy {
  const start = c.peek();
  expectKeywords(c, 'ROW', 'DELETION', 'POLICY');
  c.expectSymbol('(');
  const fn = parseDdlIdent(c);
  c.expectSymbol('(');
  const column = parseDdlIdent(c);
  c.expectSymbol(',');
  c.expectKeyword('INTERVAL');
  const days = parseDdlInteger(c);
  c.expectKeyword('DAY');
  c.expectSymbol(')');
  c.expectSymbol(')');
  if (fn.name.toUpperCase() !== 'OLDER_THAN') throw ddlStatementError('Only OLDER_THAN is supported.');
  return { column, days, loc: c.span(start) };
}
