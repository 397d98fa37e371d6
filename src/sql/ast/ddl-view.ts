/**
 * AST of views and SQL functions: the statements whose body is a query or an expression kept as
 * source text. Analysis of the body belongs to later layers.
 */

import type {
  DdlColumnType,
  DdlExpression,
  DdlIdent,
  DdlName,
  DdlOption,
  DdlPos,
  DdlQueryAst,
  EmbeddedSql,
} from './ddl-common';

export type SqlSecurity = 'INVOKER' | 'DEFINER';

export interface DdlCreateView {
  kind: 'createView';
  name: DdlName;
  orReplace: boolean;
  /** null when the clause is missing; the catalog reports that, the grammar allows it. */
  security: SqlSecurity | null;
  query: EmbeddedSql<DdlQueryAst>;
  loc: DdlPos;
}

export interface DdlDropView {
  kind: 'dropView';
  name: DdlName;
  ifExists: boolean;
  loc: DdlPos;
}

export interface DdlFunctionParam {
  name: DdlIdent;
  type: DdlColumnType;
  defaultValue: DdlExpression | null;
}

export interface DdlCreateFunction {
  kind: 'createFunction';
  name: DdlName;
  orReplace: boolean;
  params: DdlFunctionParam[];
  returns: DdlColumnType | null;
  /** false for NOT DETERMINISTIC, null when unspecified. */
  deterministic: boolean | null;
  language: 'SQL' | 'REMOTE' | null;
  remote: boolean;
  security: SqlSecurity | null;
  body: DdlExpression | null;
  options: DdlOption[] | null;
  /** The whole statement as written, which is what GetDatabaseDdl returns for functions. */
  text: string;
  loc: DdlPos;
}

export interface DdlDropFunction {
  kind: 'dropFunction';
  name: DdlName;
  ifExists: boolean;
  loc: DdlPos;
}
