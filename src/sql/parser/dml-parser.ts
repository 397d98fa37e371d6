/**
 * DML: INSERT [OR IGNORE | OR UPDATE] [INTO] table [AS alias] [(columns)] VALUES ... | query, with
 * ON CONFLICT; UPDATE table [[AS] alias] SET ...; DELETE [FROM] table [[AS] alias] [WHERE ...];
 * each with ASSERT_ROWS_MODIFIED and THEN RETURN [WITH ACTION [AS alias]]. SET items and nested
 * DML are dml-set-parser's. The statement hint is parsed by the caller and passed in.
 */

import type {
  DeleteStatement,
  DmlStatement,
  InsertQuery,
  InsertStatement,
  InsertValues,
  ThenReturn,
  UpdateStatement,
  ValuesRow,
} from '../ast/dml';
import type { Expression } from '../ast/expression';
import type { Hint } from '../ast/node';
import { parseConflictClause, parseUpdateItems, parseValueOrDefault } from './dml-set-parser';
import { parseExpression } from './expression-parser';
import { parseOptionalHint } from './hint-parser';
import { parseIdentifier, parseIdentifierList, parseOptionalAlias, parsePathName } from './identifier-parser';
import { isQueryStart, parseQuery } from './query-parser';
import { parseSelectList } from './select-parser';
import { TokenCursor } from './token-cursor';

/** True when the cursor is on INSERT, UPDATE or DELETE. */
export function isDmlStart(c: TokenCursor, ahead = 0): boolean {
  const t = c.peek(ahead);
  return t.kind === 'identifier' && (t.keyword === 'INSERT' || t.keyword === 'UPDATE' || t.keyword === 'DELETE');
}

/** Parses INSERT, UPDATE or DELETE at the cursor. */
export function parseDml(c: TokenCursor, hint: Hint | null): DmlStatement {
  c.enter();
  const k = c.peek().keyword;
  let stmt: DmlStatement;
  if (k === 'INSERT') stmt = parseInsert(c, hint);
  else if (k === 'UPDATE') stmt = parseUpdate(c, hint);
  else if (k === 'DELETE') stmt = parseDelete(c, hint);
  else throw c.unexpected();
  c.leave();
  return stmt;
}

function parseInsert(c: TokenCursor, hint: Hint | null): InsertStatement {
  const start = c.next();
  let mode: 'IGNORE' | 'UPDATE' | null = null;
  if (c.acceptKeyword('OR')) {
    if (c.acceptKeyword('IGNORE')) mode = 'IGNORE';
    else if (c.acceptKeyword('UPDATE')) mode = 'UPDATE';
    else throw c.expected('keyword IGNORE or keyword UPDATE');
  }
  c.acceptKeyword('INTO');
  const table = parsePathName(c);
  const tableHint = parseOptionalHint(c);
  // Only `AS alias`: a bare name would be ambiguous with the unreserved VALUES.
  const alias = c.acceptKeyword('AS') ? parseIdentifier(c) : null;
  // `(` opens a column list unless a query follows it (`INSERT t (SELECT ...)`).
  const columns = c.isSymbol('(') && !isQueryStart(c, 1) && !c.isSymbol('(', 1) ? parseIdentifierList(c) : null;
  const source = parseInsertSource(c);
  const onConflict = c.isKeyword('ON') && c.isKeyword('CONFLICT', 1) ? parseConflictClause(c) : null;
  const assertRowsModified = parseAssertRowsModified(c);
  const thenReturn = parseThenReturn(c);
  return {
    kind: 'insert',
    hint,
    mode,
    table,
    tableHint,
    alias,
    columns,
    source,
    onConflict,
    assertRowsModified,
    thenReturn,
    loc: c.span(start),
  };
}

function parseInsertSource(c: TokenCursor): InsertValues | InsertQuery {
  const start = c.peek();
  if (c.acceptKeyword('VALUES')) {
    const rows = [parseValuesRow(c)];
    while (c.acceptSymbol(',')) rows.push(parseValuesRow(c));
    return { kind: 'insertValues', rows, loc: c.span(start) };
  }
  if (isQueryStart(c) || c.isSymbol('(')) {
    const query = parseQuery(c);
    return { kind: 'insertQuery', query, loc: c.span(start) };
  }
  throw c.expected('keyword VALUES or a query');
}

function parseValuesRow(c: TokenCursor): ValuesRow {
  const start = c.expectSymbol('(');
  const values = [parseValueOrDefault(c)];
  while (c.acceptSymbol(',')) values.push(parseValueOrDefault(c));
  c.expectSymbol(')');
  return { kind: 'valuesRow', values, loc: c.span(start) };
}

function parseUpdate(c: TokenCursor, hint: Hint | null): UpdateStatement {
  const start = c.next();
  const table = parsePathName(c);
  const tableHint = parseOptionalHint(c);
  const alias = parseOptionalAlias(c);
  c.expectKeyword('SET');
  const items = parseUpdateItems(c);
  const where = c.acceptKeyword('WHERE') ? parseExpression(c) : null;
  const assertRowsModified = parseAssertRowsModified(c);
  const thenReturn = parseThenReturn(c);
  return {
    kind: 'update',
    hint,
    table,
    tableHint,
    alias,
    items,
    where,
    assertRowsModified,
    thenReturn,
    loc: c.span(start),
  };
}

function parseDelete(c: TokenCursor, hint: Hint | null): DeleteStatement {
  const start = c.next();
  c.acceptKeyword('FROM');
  const table = parsePathName(c);
  const tableHint = parseOptionalHint(c);
  const alias = parseOptionalAlias(c);
  const where = c.acceptKeyword('WHERE') ? parseExpression(c) : null;
  const assertRowsModified = parseAssertRowsModified(c);
  const thenReturn = parseThenReturn(c);
  return { kind: 'delete', hint, table, tableHint, alias, where, assertRowsModified, thenReturn, loc: c.span(start) };
}

function parseAssertRowsModified(c: TokenCursor): Expression | null {
  return c.acceptKeyword('ASSERT_ROWS_MODIFIED') ? parseExpression(c) : null;
}

function parseThenReturn(c: TokenCursor): ThenReturn | null {
  const start = c.peek();
  if (!c.acceptKeyword('THEN')) return null;
  c.expectKeyword('RETURN');
  let withAction: ThenReturn['withAction'] = null;
  if (c.isKeyword('WITH') && c.isKeyword('ACTION', 1)) {
    c.next();
    c.next();
    withAction = { alias: c.acceptKeyword('AS') ? parseIdentifier(c) : null };
  }
  const columns = parseSelectList(c);
  return { kind: 'thenReturn', withAction, columns, loc: c.span(start) };
}
