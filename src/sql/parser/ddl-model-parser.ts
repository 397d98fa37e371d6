/**
 * CREATE / ALTER MODEL: remote ML models with INPUT and OUTPUT column lists. Columns use the table
 * column grammar; the many things a model column may not have (NOT NULL, defaults...) are left to
 * validation, except a PRIMARY KEY, which Spanner refuses while parsing.
 */

import { ddlStatementError } from '../../errors/sql-errors';
import type { DdlOption } from '../ast/ddl-common';
import type { DdlAlterModel, DdlCreateModel } from '../ast/ddl-model';
import type { DdlColumnDefinition } from '../ast/ddl-table';
import type { Token } from '../token';
import { parseColumnDefinition } from './ddl-column-parser';
import { parseOptionalOptions, parseOptionsClause } from './ddl-options-parser';
import { parseDdlName, parseIfExists, parseIfNotExists } from './ddl-tokens';
import { TokenCursor } from './token-cursor';

const MODEL_OPTIONS: ReadonlySet<string> = new Set(['endpoint', 'endpoints', 'default_batch_size']);

/** Spanner rejects unknown model options while parsing; their values are checked later. */
function checkModelOptions(options: DdlOption[] | null): DdlOption[] | null {
  const unknown = options?.find((o) => !MODEL_OPTIONS.has(o.name.toLowerCase()));
  if (unknown !== undefined) throw ddlStatementError(`Option: ${unknown.name} is unknown.`);
  return options;
}

/** After `CREATE [OR REPLACE] MODEL`; IF NOT EXISTS may come before or after the name. */
export function parseCreateModel(c: TokenCursor, start: Token, orReplace: boolean): DdlCreateModel {
  let ifNotExists = parseIfNotExists(c);
  const name = parseDdlName(c);
  ifNotExists = parseIfNotExists(c) || ifNotExists;
  let input: DdlColumnDefinition[] | null = null;
  let output: DdlColumnDefinition[] | null = null;
  if (c.acceptKeyword('INPUT')) {
    input = parseModelColumns(c);
    c.expectKeyword('OUTPUT');
    output = parseModelColumns(c);
  }
  const remote = c.acceptKeyword('REMOTE');
  const options = checkModelOptions(parseOptionalOptions(c));
  return { kind: 'createModel', name, orReplace, ifNotExists, input, output, remote, options, loc: c.span(start) };
}

/** `(col type ..., ...)`, non-empty, a trailing comma tolerated. */
function parseModelColumns(c: TokenCursor): DdlColumnDefinition[] {
  c.expectSymbol('(');
  const columns = [parseModelColumn(c)];
  while (c.isSymbol(',') && c.isIdentifier(1)) {
    c.next();
    columns.push(parseModelColumn(c));
  }
  c.acceptSymbol(',');
  c.expectSymbol(')');
  return columns;
}

function parseModelColumn(c: TokenCursor): DdlColumnDefinition {
  const column = parseColumnDefinition(c);
  if (column.primaryKey) throw ddlStatementError('Unexpected PRIMARY KEY clause');
  return column;
}

/** After `ALTER MODEL`. */
export function parseAlterModel(c: TokenCursor, start: Token): DdlAlterModel {
  const ifExists = parseIfExists(c);
  const name = parseDdlName(c);
  const options = checkModelOptions(c.acceptKeyword('SET') ? parseOptionsClause(c) : null);
  return { kind: 'alterModel', name, ifExists, options, loc: c.span(start) };
}
