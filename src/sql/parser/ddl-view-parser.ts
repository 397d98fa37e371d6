/**
 * CREATE [OR REPLACE] VIEW and CREATE [OR REPLACE] FUNCTION: statements whose body is SQL kept as
 * source text. The bodies are parsed with the query front end; their meaning is checked later.
 */

import type { DdlFunctionParam, DdlCreateFunction, DdlCreateView, SqlSecurity } from '../ast/ddl-view';
import type { DdlExpression, DdlOption } from '../ast/ddl-common';
import type { Token } from '../token';
import { parseEmbeddedQuery, parseParenthesizedExpression } from './ddl-embedded-sql';
import { parseOptionsClause } from './ddl-options-parser';
import { parseDdlIdent, parseDdlName } from './ddl-tokens';
import { FUNCTION_TYPES, parseDdlColumnType } from './ddl-type-parser';
import { parseExpression } from './expression-parser';
import { TokenCursor } from './token-cursor';

/** After `CREATE [OR REPLACE] VIEW`. */
export function parseCreateView(c: TokenCursor, start: Token, orReplace: boolean): DdlCreateView {
  const name = parseDdlName(c);
  const security = parseOptionalSqlSecurity(c);
  c.expectKeyword('AS');
  const query = parseEmbeddedQuery(c);
  return { kind: 'createView', name, orReplace, security, query, loc: c.span(start) };
}

/**
 * `SQL SECURITY INVOKER | DEFINER`; the word must not be quoted. Spanner's DDL parser knows only
 * INVOKER, so that is the word its errors ask for.
 */
function parseOptionalSqlSecurity(c: TokenCursor): SqlSecurity | null {
  if (!c.acceptKeyword('SQL')) return null;
  c.expectKeyword('SECURITY');
  if (c.acceptKeyword('INVOKER')) return 'INVOKER';
  if (c.acceptKeyword('DEFINER')) return 'DEFINER';
  throw c.missing('keyword INVOKER or DEFINER', 'INVOKER');
}

/** After `CREATE [OR REPLACE] FUNCTION`. */
export function parseCreateFunction(c: TokenCursor, start: Token, orReplace: boolean): DdlCreateFunction {
  const name = parseDdlName(c);
  const params = parseFunctionParams(c);
  const returns = c.acceptKeyword('RETURNS') ? parseDdlColumnType(c, FUNCTION_TYPES) : null;
  const deterministic = parseOptionalDeterminism(c);
  const language = parseOptionalLanguage(c);
  const remote = c.acceptKeyword('REMOTE');
  const security = parseOptionalSqlSecurity(c);
  let body: DdlExpression | null = null;
  let options: DdlOption[] | null = null;
  if (c.acceptKeyword('AS')) body = parseParenthesizedExpression(c);
  else if (c.isKeyword('OPTIONS')) options = parseOptionsClause(c);
  else throw c.encountered('create_function_statement');
  const text = c.sourceText(start.start, c.lastEnd);
  return {
    kind: 'createFunction',
    name,
    orReplace,
    params,
    returns,
    deterministic,
    language,
    remote,
    security,
    body,
    options,
    text,
    loc: c.span(start),
  };
}

function parseFunctionParams(c: TokenCursor): DdlFunctionParam[] {
  c.expectSymbol('(');
  const params: DdlFunctionParam[] = [];
  if (c.acceptSymbol(')')) return params;
  do {
    params.push(parseFunctionParam(c));
  } while (c.acceptSymbol(','));
  c.expectSymbol(')');
  return params;
}

function parseFunctionParam(c: TokenCursor): DdlFunctionParam {
  const name = parseDdlIdent(c);
  const type = parseDdlColumnType(c, FUNCTION_TYPES);
  let defaultValue: DdlExpression | null = null;
  if (c.acceptKeyword('DEFAULT')) {
    const first = c.peek();
    const ast = parseExpression(c);
    defaultValue = { text: c.sourceText(first.start, c.lastEnd), ast, loc: c.span(first) };
  }
  return { name, type, defaultValue };
}

function parseOptionalDeterminism(c: TokenCursor): boolean | null {
  if (c.acceptKeyword('DETERMINISTIC')) return true;
  if (!c.acceptKeyword('NOT')) return null;
  c.expectKeyword('DETERMINISTIC');
  return false;
}

function parseOptionalLanguage(c: TokenCursor): 'SQL' | 'REMOTE' | null {
  if (!c.acceptKeyword('LANGUAGE')) return null;
  if (c.acceptKeyword('SQL')) return 'SQL';
  if (c.acceptKeyword('REMOTE')) return 'REMOTE';
  throw c.encountered('create_function_statement');
}
