/**
 * CREATE TABLE: the element list (columns, constraints, an inline PRIMARY KEY, synonyms, trailing
 * comma allowed), the trailing PRIMARY KEY, then `, INTERLEAVE IN [PARENT]`, `, ROW DELETION
 * POLICY` and `, OPTIONS`. The key may be given once, in any of its three places; the parser
 * enforces that, as Spanner's does. Everything else is left to schema validation.
 */

import { ddlStatementError } from '../../errors/sql-errors';
import type { DdlKeyPart, DdlName } from '../ast/ddl-common';
import type { DdlColumnDefinition, DdlCreateTable, DdlInterleave, DdlTableConstraint } from '../ast/ddl-table';
import type { Token } from '../token';
import { parseColumnDefinition } from './ddl-column-parser';
import { isTableConstraintStart, parseOnDelete, parseRowDeletionPolicy, parseTableConstraint } from './ddl-constraint-parser';
import { parseOptionsClause } from './ddl-options-parser';
import { expectKeywords, isKeywordSequence, parseDdlName, parseIfNotExists, parseKeyPartList } from './ddl-tokens';
import { TokenCursor } from './token-cursor';

interface TableBody {
  columns: DdlColumnDefinition[];
  constraints: DdlTableConstraint[];
  synonyms: DdlName[];
  keys: DdlKeyPart[][];
}

/** After `CREATE TABLE`; `start` is the CREATE token. */
export function parseCreateTable(c: TokenCursor, start: Token): DdlCreateTable {
  const ifNotExists = parseIfNotExists(c);
  const name = parseDdlName(c);
  const body = parseTableBody(c);
  if (isKeywordSequence(c, 'PRIMARY', 'KEY')) body.keys.push(parsePrimaryKey(c));
  const primaryKey = effectivePrimaryKey(body);
  const interleave = parseTailClause(c, 'INTERLEAVE', parseTableInterleave);
  const rowDeletionPolicy = parseTailClause(c, 'ROW', parseRowDeletionPolicy);
  const options = parseTailClause(c, 'OPTIONS', parseOptionsClause);
  const { columns, constraints, synonyms } = body;
  return {
    kind: 'createTable',
    name,
    ifNotExists,
    columns,
    constraints,
    synonyms,
    primaryKey,
    interleave,
    rowDeletionPolicy,
    options,
    loc: c.span(start),
  };
}

/** `, KEYWORD ...` after the key clause, parsed by `parse`; null when absent. */
function parseTailClause<T>(c: TokenCursor, keyword: string, parse: (c: TokenCursor) => T): T | null {
  if (!(c.isSymbol(',') && c.isKeyword(keyword, 1))) return null;
  c.next();
  return parse(c);
}

function parseTableBody(c: TokenCursor): TableBody {
  const body: TableBody = { columns: [], constraints: [], synonyms: [], keys: [] };
  c.expectSymbol('(');
  while (!c.acceptSymbol(')')) {
    parseTableElement(c, body);
    if (!c.acceptSymbol(',')) {
      c.expectSymbol(')');
      break;
    }
  }
  return body;
}

function parseTableElement(c: TokenCursor, body: TableBody): void {
  if (isTableConstraintStart(c)) {
    body.constraints.push(parseTableConstraint(c));
  } else if (isKeywordSequence(c, 'PRIMARY', 'KEY') && c.isSymbol('(', 2)) {
    body.keys.push(parsePrimaryKey(c));
  } else if (c.isKeyword('SYNONYM') && c.isSymbol('(', 1)) {
    c.next();
    c.expectSymbol('(');
    body.synonyms.push(parseDdlName(c));
    c.expectSymbol(')');
  } else {
    const column = parseColumnDefinition(c);
    body.columns.push(column);
    if (column.primaryKey) body.keys.push([{ column: column.name, direction: null }]);
  }
}

function parsePrimaryKey(c: TokenCursor): DdlKeyPart[] {
  expectKeywords(c, 'PRIMARY', 'KEY');
  return parseKeyPartList(c);
}

function effectivePrimaryKey(body: TableBody): DdlKeyPart[] | null {
  if (body.keys.length > 1) throw ddlStatementError('Can only specify PRIMARY KEY once.');
  return body.keys[0] ?? null;
}

/** `INTERLEAVE IN [PARENT] p [ON DELETE ...]`: PARENT is always the keyword here, never a name. */
export function parseTableInterleave(c: TokenCursor): DdlInterleave {
  const start = c.peek();
  expectKeywords(c, 'INTERLEAVE', 'IN');
  const inParent = c.acceptKeyword('PARENT');
  const parent = parseDdlName(c);
  const onDelete = isKeywordSequence(c, 'ON', 'DELETE') ? parseOnDelete(c) : null;
  return { inParent, parent, onDelete, loc: c.span(start) };
}
