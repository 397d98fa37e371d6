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
import {
  isTableConstraintStart,
  parseOnDelete,
  parseRowDeletionPolicy,
  parseTableConstraint,
} from './ddl-constraint-parser';
import { parseOptionsClause } from './ddl-options-parser';
import { expectKeywords, isKeywordSequence, parseDdlName, parseIfNotExists, parseKeyPartList } from './ddl-tokens';
import { TokenCursor } from './token-cursor';

/** A PRIMARY KEY as given: by a column's own clause or by a key list. */
interface GivenKey {
  parts: DdlKeyPart[];
  byColumn: boolean;
}

interface TableBody {
  columns: DdlColumnDefinition[];
  constraints: DdlTableConstraint[];
  synonyms: DdlName[];
  /** In the order given; at most one is allowed. */
  keys: GivenKey[];
}

/** After `CREATE TABLE`; `start` is the CREATE token. */
export function parseCreateTable(c: TokenCursor, start: Token): DdlCreateTable {
  const ifNotExists = parseIfNotExists(c);
  const name = parseDdlName(c);
  const body = parseTableBody(c);
  if (c.isKeyword('PRIMARY')) body.keys.push({ parts: parsePrimaryKey(c), byColumn: false });
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

/**
 * `( element, ... [,] )`. Every element starts with a name or a contextual word, so, as in
 * Spanner's parser, anything else where an element could start is where `)` is wanted.
 */
function parseTableBody(c: TokenCursor): TableBody {
  const body: TableBody = { columns: [], constraints: [], synonyms: [], keys: [] };
  c.expectSymbol('(');
  if (c.isIdentifier()) {
    parseTableElement(c, body);
    while (c.isSymbol(',') && c.isIdentifier(1)) {
      c.next();
      parseTableElement(c, body);
    }
    c.acceptSymbol(',');
  }
  c.expectSymbol(')');
  return body;
}

function parseTableElement(c: TokenCursor, body: TableBody): void {
  if (isTableConstraintStart(c)) {
    body.constraints.push(parseTableConstraint(c));
  } else if (isKeywordSequence(c, 'PRIMARY', 'KEY') && c.isSymbol('(', 2)) {
    body.keys.push({ parts: parsePrimaryKey(c), byColumn: false });
  } else if (c.isKeyword('SYNONYM') && c.isSymbol('(', 1)) {
    c.next();
    c.expectSymbol('(');
    body.synonyms.push(parseDdlName(c));
    c.expectSymbol(')');
  } else {
    const column = parseColumnDefinition(c);
    body.columns.push(column);
    if (column.primaryKey) body.keys.push({ parts: [{ column: column.name, direction: null }], byColumn: true });
  }
}

function parsePrimaryKey(c: TokenCursor): DdlKeyPart[] {
  expectKeywords(c, 'PRIMARY', 'KEY');
  return parseKeyPartList(c);
}

/** The one key given; a second is refused in the words Spanner uses for its kind. */
function effectivePrimaryKey(body: TableBody): DdlKeyPart[] | null {
  const [first, second] = body.keys;
  if (second !== undefined) {
    throw ddlStatementError(
      second.byColumn ? 'Multiple columns declared as PRIMARY KEY' : 'Can only specify PRIMARY KEY once.',
    );
  }
  return first?.parts ?? null;
}

/** `INTERLEAVE IN [PARENT] p [ON DELETE ...]`: PARENT is always the keyword here, never a name. */
export function parseTableInterleave(c: TokenCursor): DdlInterleave {
  const start = c.peek();
  expectKeywords(c, 'INTERLEAVE', 'IN');
  const inParent = c.acceptKeyword('PARENT');
  const parent = parseDdlName(c);
  const onDelete = c.isKeyword('ON') ? parseOnDelete(c, 'on_delete_clause') : null;
  return { inParent, parent, onDelete, loc: c.span(start) };
}
