/**
 * CREATE / ALTER CHANGE STREAM. Spanner validates change stream options while parsing (unknown
 * names, duplicates, wrongly typed values), so this does too; retention ranges and capture types
 * are checked when the statement is applied.
 */

import { ddlStatementError } from '../../errors/sql-errors';
import type { DdlOption, DdlOptionValue } from '../ast/ddl-common';
import type {
  DdlAlterChangeStream,
  DdlAlterChangeStreamAction,
  DdlChangeStreamFor,
  DdlCreateChangeStream,
  DdlTrackedTable,
} from '../ast/ddl-change-stream';
import type { Token } from '../token';
import { parseOptionsClause } from './ddl-options-parser';
import { expectKeywords, parseDdlIdentSequence, parseDdlName, parseIfNotExists } from './ddl-tokens';
import { TokenCursor } from './token-cursor';

const OPTION_TYPES: Readonly<Record<string, DdlOptionValue['kind']>> = {
  retention_period: 'string',
  value_capture_type: 'string',
  exclude_ttl_deletes: 'bool',
  exclude_insert: 'bool',
  exclude_update: 'bool',
  exclude_delete: 'bool',
  allow_txn_exclusion: 'bool',
};

/** After `CREATE CHANGE STREAM`. */
export function parseCreateChangeStream(c: TokenCursor, start: Token): DdlCreateChangeStream {
  const ifNotExists = parseIfNotExists(c);
  const name = parseDdlName(c);
  const forClause = c.isKeyword('FOR') ? parseChangeStreamFor(c) : null;
  const options = c.isKeyword('OPTIONS') ? parseChangeStreamOptions(c) : null;
  return { kind: 'createChangeStream', name, ifNotExists, forClause, options, loc: c.span(start) };
}

/** After `ALTER CHANGE STREAM`. */
export function parseAlterChangeStream(c: TokenCursor, start: Token): DdlAlterChangeStream {
  const name = parseDdlName(c);
  return { kind: 'alterChangeStream', name, action: parseAlterAction(c), loc: c.span(start) };
}

function parseAlterAction(c: TokenCursor): DdlAlterChangeStreamAction {
  if (c.acceptKeyword('DROP')) {
    expectKeywords(c, 'FOR', 'ALL');
    return { kind: 'dropForAll' };
  }
  if (!c.acceptKeyword('SET')) throw c.encountered('alter_change_stream_statement');
  if (c.isKeyword('FOR')) return { kind: 'setFor', forClause: parseChangeStreamFor(c) };
  return { kind: 'setOptions', options: parseChangeStreamOptions(c) };
}

/** `FOR ALL` or `FOR t, t2(c1, c2), t3()`; a quoted `ALL` is a table name. */
export function parseChangeStreamFor(c: TokenCursor): DdlChangeStreamFor {
  c.expectKeyword('FOR');
  if (c.acceptKeyword('ALL')) return { kind: 'all' };
  if (!c.isIdentifier()) throw c.encountered('change_stream_for_clause');
  const tables = [parseTrackedTable(c)];
  while (c.acceptSymbol(',')) tables.push(parseTrackedTable(c));
  return { kind: 'tables', tables };
}

function parseTrackedTable(c: TokenCursor): DdlTrackedTable {
  const table = parseDdlName(c);
  if (!c.acceptSymbol('(')) return { table, columns: null };
  if (c.acceptSymbol(')')) return { table, columns: [] };
  const columns = parseDdlIdentSequence(c);
  c.expectSymbol(')');
  return { table, columns };
}

export function parseChangeStreamOptions(c: TokenCursor): DdlOption[] {
  const options = parseOptionsClause(c);
  const seen = new Set<string>();
  for (const option of options) {
    const name = option.name.toLowerCase();
    const type = OPTION_TYPES[name];
    if (type === undefined) throw ddlStatementError(`Option: ${option.name} is unknown.`);
    if (seen.has(name)) throw ddlStatementError(`Duplicate option: ${option.name}`);
    seen.add(name);
    if (option.value.kind !== type && option.value.kind !== 'null') {
      throw ddlStatementError(`Unexpected value for option: ${option.name}`);
    }
  }
  return options;
}
