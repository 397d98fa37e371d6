/** AST of change streams (CREATE / ALTER / DROP CHANGE STREAM). */

import type { DdlIdent, DdlName, DdlOption, DdlPos } from './ddl-common';

export interface DdlTrackedTable {
  table: DdlName;
  /** null for `FOR t` (all columns), a list (maybe empty) for `FOR t(c, ...)`. */
  columns: DdlIdent[] | null;
}

export type DdlChangeStreamFor = { kind: 'all' } | { kind: 'tables'; tables: DdlTrackedTable[] };

export interface DdlCreateChangeStream {
  kind: 'createChangeStream';
  name: DdlName;
  ifNotExists: boolean;
  forClause: DdlChangeStreamFor | null;
  options: DdlOption[] | null;
  loc: DdlPos;
}

export type DdlAlterChangeStreamAction =
  | { kind: 'setFor'; forClause: DdlChangeStreamFor }
  | { kind: 'dropForAll' }
  | { kind: 'setOptions'; options: DdlOption[] };

export interface DdlAlterChangeStream {
  kind: 'alterChangeStream';
  name: DdlName;
  action: DdlAlterChangeStreamAction;
  loc: DdlPos;
}

export interface DdlDropChangeStream {
  kind: 'dropChangeStream';
  name: DdlName;
  loc: DdlPos;
}
