/**
 * AST of the index statements: secondary, search and vector indexes (CREATE / ALTER / DROP).
 * Column references stay unresolved names.
 */

import type { DdlIdent, DdlKeyPart, DdlName, DdlOption, DdlPos } from './ddl-common';

export type DdlIndexKind = 'index' | 'search' | 'vector';

export interface DdlCreateIndex {
  kind: 'createIndex';
  name: DdlName;
  table: DdlName;
  unique: boolean;
  nullFiltered: boolean;
  ifNotExists: boolean;
  keys: DdlKeyPart[];
  storing: DdlIdent[];
  /** Columns of `WHERE c1 IS NOT NULL AND c2 IS NOT NULL`. */
  whereNotNull: DdlIdent[];
  interleaveIn: DdlName | null;
  options: DdlOption[] | null;
  loc: DdlPos;
}

export interface DdlCreateSearchIndex {
  kind: 'createSearchIndex';
  name: DdlName;
  table: DdlName;
  ifNotExists: boolean;
  /** TOKENLIST columns. */
  keys: DdlKeyPart[];
  storing: DdlIdent[];
  partitionBy: DdlKeyPart[];
  orderBy: DdlKeyPart[];
  whereNotNull: DdlIdent[];
  interleaveIn: DdlName | null;
  options: DdlOption[] | null;
  loc: DdlPos;
}

export interface DdlCreateVectorIndex {
  kind: 'createVectorIndex';
  name: DdlName;
  table: DdlName;
  ifNotExists: boolean;
  key: DdlKeyPart;
  storing: DdlIdent[];
  partitionBy: DdlKeyPart[];
  whereNotNull: DdlIdent[];
  options: DdlOption[] | null;
  loc: DdlPos;
}

export type DdlAlterIndexAction =
  | { kind: 'addStoredColumn'; column: DdlIdent }
  | { kind: 'dropStoredColumn'; column: DdlIdent }
  | { kind: 'alterStoredColumn'; column: DdlIdent; options: DdlOption[] }
  | { kind: 'setOptions'; options: DdlOption[] };

export interface DdlAlterIndex {
  kind: 'alterIndex';
  indexKind: DdlIndexKind;
  name: DdlName;
  action: DdlAlterIndexAction;
  loc: DdlPos;
}

export interface DdlDropIndex {
  kind: 'dropIndex';
  indexKind: DdlIndexKind;
  name: DdlName;
  ifExists: boolean;
  loc: DdlPos;
}
