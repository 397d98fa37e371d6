/**
 * ALTER TABLE and its actions: columns (ADD / DROP / ALTER), constraints, row deletion policies,
 * ON DELETE, interleaving, options, renames and synonyms. One action per statement, except that
 * RENAME TO may add a synonym for the old name. Whether an action fits the table is not checked.
 */

import { ddlStatementError } from '../../errors/sql-errors';
import type { DdlIdent } from '../ast/ddl-common';
import type { DdlAlterTable, DdlAlterTableAction, DdlColumnAlteration, DdlIdentityAlteration } from '../ast/ddl-table';
import type { Token } from '../token';
import { parseColumnDefinition, parseColumnTypeAndValue, parseSkipRange } from './ddl-column-parser';
import {
  isTableConstraintStart,
  parseOnDelete,
  parseRowDeletionPolicy,
  parseTableConstraint,
} from './ddl-constraint-parser';
import { parseTableInterleave } from './ddl-create-table-parser';
import { parseParenthesizedExpression } from './ddl-embedded-sql';
import { parseOptionsClause } from './ddl-options-parser';
import {
  expectKeywords,
  isKeywordSequence,
  parseDdlIdent,
  parseDdlInteger,
  parseDdlName,
  parseIfExists,
  parseIfNotExists,
} from './ddl-tokens';
import { TokenCursor } from './token-cursor';

/** After `ALTER TABLE`; `start` is the ALTER token. */
export function parseAlterTable(c: TokenCursor, start: Token): DdlAlterTable {
  const ifExists = parseIfExists(c);
  const name = parseDdlName(c);
  const action = parseAlterTableAction(c);
  return { kind: 'alterTable', name, ifExists, action, loc: c.span(start) };
}

function parseAlterTableAction(c: TokenCursor): DdlAlterTableAction {
  const t = c.peek();
  switch (t.keyword) {
    case 'ADD':
      c.next();
      return parseAddAction(c);
    case 'DROP':
      c.next();
      return parseDropAction(c);
    case 'ALTER': {
      c.next();
      const column = parseColumnReference(c);
      return { kind: 'alterColumn', column, alteration: parseColumnAlteration(c, column) };
    }
    case 'SET':
      return parseSetAction(c);
    case 'RENAME':
      return parseRenameTo(c);
    case 'REPLACE':
      c.next();
      return { kind: 'replaceRowDeletionPolicy', policy: parseRowDeletionPolicy(c) };
    default:
      throw c.encountered('alter_table_statement');
  }
}

/** `[COLUMN] name`: COLUMN is a keyword only when a name follows it. */
function parseColumnReference(c: TokenCursor): DdlIdent {
  if (c.isKeyword('COLUMN') && c.isIdentifier(1)) c.next();
  return parseDdlIdent(c);
}

/**
 * `ADD SYNONYM s` / `DROP SYNONYM s`: the name (maybe qualified) ends the statement, whereas a
 * column called synonym would be followed by its type.
 */
function isSynonymClause(c: TokenCursor): boolean {
  if (!(c.isKeyword('SYNONYM') && c.isIdentifier(1))) return false;
  const after = c.peek(2);
  return after.kind === 'eof' || (after.kind === 'symbol' && (after.value === ';' || after.value === '.'));
}

function parseAddAction(c: TokenCursor): DdlAlterTableAction {
  if (isTableConstraintStart(c)) return { kind: 'addConstraint', constraint: parseTableConstraint(c) };
  if (isKeywordSequence(c, 'ROW', 'DELETION'))
    return { kind: 'addRowDeletionPolicy', policy: parseRowDeletionPolicy(c) };
  if (isSynonymClause(c)) {
    c.next();
    return { kind: 'addSynonym', name: parseDdlName(c) };
  }
  let ifNotExists = false;
  if (c.isKeyword('COLUMN') && (c.isIdentifier(1) || c.isKeyword('IF', 1))) {
    c.next();
    ifNotExists = parseIfNotExists(c);
  }
  const column = parseColumnDefinition(c);
  if (column.primaryKey) throw ddlStatementError('Unexpected PRIMARY KEY clause');
  return { kind: 'addColumn', ifNotExists, column };
}

function parseDropAction(c: TokenCursor): DdlAlterTableAction {
  if (c.acceptKeyword('CONSTRAINT')) return { kind: 'dropConstraint', name: parseDdlIdent(c) };
  if (isKeywordSequence(c, 'ROW', 'DELETION')) {
    expectKeywords(c, 'ROW', 'DELETION', 'POLICY');
    return { kind: 'dropRowDeletionPolicy' };
  }
  if (isSynonymClause(c)) {
    c.next();
    return { kind: 'dropSynonym', name: parseDdlName(c) };
  }
  return { kind: 'dropColumn', column: parseColumnReference(c) };
}

/** `SET ON DELETE ...`, `SET OPTIONS (...)` or `SET INTERLEAVE IN ...`, chosen by the word after SET. */
function parseSetAction(c: TokenCursor): DdlAlterTableAction {
  // Spanner's grammar looks past SET to choose, so it reports a wrong next word at SET itself.
  const set = c.expectKeyword('SET');
  if (c.isKeyword('ON')) return { kind: 'setOnDelete', action: parseOnDelete(c, 'on_delete_clause') };
  if (c.isKeyword('OPTIONS')) return { kind: 'setOptions', options: parseOptionsClause(c) };
  if (c.isKeyword('INTERLEAVE')) return { kind: 'setInterleave', interleave: parseTableInterleave(c) };
  throw c.encountered('alter_table_statement', set);
}

function parseRenameTo(c: TokenCursor): DdlAlterTableAction {
  expectKeywords(c, 'RENAME', 'TO');
  const newName = parseDdlName(c);
  let addSynonym = null;
  if (c.acceptSymbol(',')) {
    expectKeywords(c, 'ADD', 'SYNONYM');
    addSynonym = parseDdlName(c);
  }
  return { kind: 'renameTo', newName, addSynonym };
}

/** What follows `ALTER [COLUMN] name`. */
export function parseColumnAlteration(c: TokenCursor, column: DdlIdent): DdlColumnAlteration {
  if (c.isKeyword('SET') && !c.isSymbol('(', 1)) return parseColumnSet(c);
  if (c.isKeyword('DROP')) return parseColumnDrop(c);
  if (isKeywordSequence(c, 'ALTER', 'IDENTITY')) {
    expectKeywords(c, 'ALTER', 'IDENTITY');
    return { kind: 'alterIdentity', alteration: parseIdentityAlteration(c) };
  }
  return { kind: 'redefine', definition: parseColumnTypeAndValue(c, column) };
}

function parseColumnSet(c: TokenCursor): DdlColumnAlteration {
  c.expectKeyword('SET');
  if (c.isKeyword('OPTIONS')) return { kind: 'setOptions', options: parseOptionsClause(c) };
  if (c.acceptKeyword('DEFAULT')) return { kind: 'setDefault', expression: parseParenthesizedExpression(c) };
  const pair = acceptPair(c, [
    ['ON', 'UPDATE'],
    ['NOT', 'NULL'],
    ['PLACEMENT', 'KEY'],
  ]);
  if (pair === 'ON') return { kind: 'setOnUpdate', expression: parseParenthesizedExpression(c) };
  if (pair === 'NOT') return { kind: 'setNotNull' };
  if (pair === 'PLACEMENT') return { kind: 'setPlacementKey' };
  throw c.encountered('column_def_alter');
}

function parseColumnDrop(c: TokenCursor): DdlColumnAlteration {
  c.expectKeyword('DROP');
  if (c.acceptKeyword('DEFAULT')) return { kind: 'dropDefault' };
  const pair = acceptPair(c, [
    ['ON', 'UPDATE'],
    ['NOT', 'NULL'],
    ['PLACEMENT', 'KEY'],
  ]);
  if (pair === 'ON') return { kind: 'dropOnUpdate' };
  if (pair === 'NOT') return { kind: 'dropNotNull' };
  if (pair === 'PLACEMENT') return { kind: 'dropPlacementKey' };
  throw c.encountered('column_def_alter');
}

/** The two-word phrase whose first word comes next, consumed; its first word, or null if none. */
function acceptPair(c: TokenCursor, pairs: [string, string][]): string | null {
  const match = pairs.find(([a]) => c.isKeyword(a));
  if (match === undefined) return null;
  expectKeywords(c, ...match);
  return match[0];
}

function parseIdentityAlteration(c: TokenCursor): DdlIdentityAlteration {
  if (c.acceptKeyword('RESTART')) {
    expectKeywords(c, 'COUNTER', 'WITH');
    return { kind: 'restartCounter', value: parseDdlInteger(c) };
  }
  if (!c.acceptKeyword('SET')) throw c.encountered('column_def_alter');
  if (!c.isKeyword('NO') && !c.isKeyword('SKIP')) throw c.encountered('column_def_alter');
  if (c.acceptKeyword('NO')) {
    expectKeywords(c, 'SKIP', 'RANGE');
    return { kind: 'setNoSkipRange' };
  }
  const range = parseSkipRange(c);
  return { kind: 'setSkipRange', min: range.min, max: range.max };
}
