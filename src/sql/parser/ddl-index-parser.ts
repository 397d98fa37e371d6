/**
 * CREATE / ALTER INDEX for secondary, search and vector indexes. The only WHERE Spanner accepts
 * on an index is a conjunction of `col IS NOT NULL`, so that is all this parses; anything more
 * general is a syntax error, as it is in Spanner.
 */

import type { DdlIdent, DdlKeyPart, DdlName, DdlOption } from '../ast/ddl-common';
import type {
  DdlAlterIndex,
  DdlAlterIndexAction,
  DdlCreateIndex,
  DdlCreateSearchIndex,
  DdlCreateVectorIndex,
  DdlIndexKind,
} from '../ast/ddl-index';
import type { Token } from '../token';
import { parseOptionalOptions, parseOptionsClause } from './ddl-options-parser';
import {
  expectKeywords,
  parseDdlIdent,
  parseDdlName,
  parseIfNotExists,
  parseKeyPart,
  parseKeyPartList,
  parseParenthesizedIdents,
} from './ddl-tokens';
import { TokenCursor } from './token-cursor';

/** After `CREATE [UNIQUE] [NULL_FILTERED] INDEX`. */
export function parseCreateIndex(c: TokenCursor, start: Token, unique: boolean, nullFiltered: boolean): DdlCreateIndex {
  const ifNotExists = parseIfNotExists(c);
  const name = parseDdlName(c);
  c.expectKeyword('ON');
  const table = parseDdlName(c);
  const keys = parseKeyPartList(c);
  const storing = parseOptionalStoring(c);
  const whereNotNull = parseOptionalWhereNotNull(c);
  const interleaveIn = parseOptionalIndexInterleave(c);
  const options = parseOptionalOptions(c);
  return {
    kind: 'createIndex',
    name,
    table,
    unique,
    nullFiltered,
    ifNotExists,
    keys,
    storing,
    whereNotNull,
    interleaveIn,
    options,
    loc: c.span(start),
  };
}

/** After `CREATE SEARCH INDEX`. */
export function parseCreateSearchIndex(c: TokenCursor, start: Token): DdlCreateSearchIndex {
  const ifNotExists = parseIfNotExists(c);
  const name = parseDdlName(c);
  c.expectKeyword('ON');
  const table = parseDdlName(c);
  const keys = parseKeyPartList(c);
  const storing = parseOptionalStoring(c);
  const partitionBy = parseOptionalKeySequence(c, 'PARTITION');
  const orderBy = parseOptionalKeySequence(c, 'ORDER');
  const whereNotNull = parseOptionalWhereNotNull(c);
  const interleaveIn = parseOptionalIndexInterleave(c);
  const options = parseOptionalOptions(c);
  return {
    kind: 'createSearchIndex',
    name,
    table,
    ifNotExists,
    keys,
    storing,
    partitionBy,
    orderBy,
    whereNotNull,
    interleaveIn,
    options,
    loc: c.span(start),
  };
}

/** After `CREATE VECTOR INDEX`. */
export function parseCreateVectorIndex(c: TokenCursor, start: Token): DdlCreateVectorIndex {
  const ifNotExists = parseIfNotExists(c);
  const name = parseDdlName(c);
  c.expectKeyword('ON');
  const table = parseDdlName(c);
  c.expectSymbol('(');
  const key = parseKeyPart(c);
  c.expectSymbol(')');
  const storing = parseOptionalStoring(c);
  const partitionBy = parseOptionalKeySequence(c, 'PARTITION');
  const whereNotNull = parseOptionalWhereNotNull(c);
  const options = parseOptionalOptions(c);
  return {
    kind: 'createVectorIndex',
    name,
    table,
    ifNotExists,
    key,
    storing,
    partitionBy,
    whereNotNull,
    options,
    loc: c.span(start),
  };
}

function parseOptionalStoring(c: TokenCursor): DdlIdent[] {
  return c.acceptKeyword('STORING') ? parseParenthesizedIdents(c) : [];
}

/** `PARTITION BY k, ...` or `ORDER BY k [DESC], ...`, stopping before `, INTERLEAVE`. */
function parseOptionalKeySequence(c: TokenCursor, keyword: 'PARTITION' | 'ORDER'): DdlKeyPart[] {
  if (!c.isKeyword(keyword)) return [];
  expectKeywords(c, keyword, 'BY');
  const parts = [parseKeyPart(c)];
  while (c.isSymbol(',') && !c.isKeyword('INTERLEAVE', 1)) {
    c.next();
    parts.push(parseKeyPart(c));
  }
  return parts;
}

function parseOptionalWhereNotNull(c: TokenCursor): DdlIdent[] {
  if (!c.acceptKeyword('WHERE')) return [];
  const columns = [parseIsNotNull(c)];
  while (c.acceptKeyword('AND')) columns.push(parseIsNotNull(c));
  return columns;
}

function parseIsNotNull(c: TokenCursor): DdlIdent {
  const column = parseDdlIdent(c);
  expectKeywords(c, 'IS', 'NOT', 'NULL');
  return column;
}

function parseOptionalIndexInterleave(c: TokenCursor): DdlName | null {
  if (!(c.isSymbol(',') && c.isKeyword('INTERLEAVE', 1))) return null;
  c.next();
  expectKeywords(c, 'INTERLEAVE', 'IN');
  return parseDdlName(c);
}

/** After `ALTER [SEARCH | VECTOR] INDEX`. */
export function parseAlterIndex(c: TokenCursor, start: Token, indexKind: DdlIndexKind): DdlAlterIndex {
  const name = parseDdlName(c);
  return { kind: 'alterIndex', indexKind, name, action: parseAlterIndexAction(c), loc: c.span(start) };
}

function parseAlterIndexAction(c: TokenCursor): DdlAlterIndexAction {
  if (c.acceptKeyword('SET')) return { kind: 'setOptions', options: parseOptionsClause(c) };
  const verb = c.peek().keyword;
  // Spanner's grammar makes every clause optional, so anything else is where it wants the end.
  if (verb !== 'ADD' && verb !== 'DROP' && verb !== 'ALTER') throw c.missing('end of input', 'EOF');
  c.next();
  expectKeywords(c, 'STORED', 'COLUMN');
  const column = parseDdlIdent(c);
  if (verb === 'ADD') return { kind: 'addStoredColumn', column };
  if (verb === 'DROP') return { kind: 'dropStoredColumn', column };
  c.expectKeyword('SET');
  const options: DdlOption[] = parseOptionsClause(c);
  return { kind: 'alterStoredColumn', column, options };
}
