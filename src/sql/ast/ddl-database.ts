/**
 * AST of database-wide objects: the database itself, named schemas, placements, locality groups,
 * statistics packages, proto bundles and ANALYZE.
 */

import type { DdlIdent, DdlName, DdlOption, DdlPos } from './ddl-common';

export interface DdlCreateDatabase {
  kind: 'createDatabase';
  name: DdlIdent;
  options: DdlOption[] | null;
  loc: DdlPos;
}

export interface DdlAlterDatabase {
  kind: 'alterDatabase';
  name: DdlIdent;
  options: DdlOption[];
  loc: DdlPos;
}

export interface DdlCreateSchema {
  kind: 'createSchema';
  name: DdlName;
  orReplace: boolean;
  ifNotExists: boolean;
  options: DdlOption[] | null;
  loc: DdlPos;
}

export interface DdlAlterSchema {
  kind: 'alterSchema';
  name: DdlName;
  ifExists: boolean;
  options: DdlOption[] | null;
  loc: DdlPos;
}

export interface DdlDropSchema {
  kind: 'dropSchema';
  name: DdlName;
  ifExists: boolean;
  loc: DdlPos;
}

export interface DdlCreatePlacement {
  kind: 'createPlacement';
  name: DdlName;
  ifNotExists: boolean;
  options: DdlOption[] | null;
  loc: DdlPos;
}

export interface DdlAlterPlacement {
  kind: 'alterPlacement';
  name: DdlName;
  ifExists: boolean;
  options: DdlOption[] | null;
  loc: DdlPos;
}

export interface DdlDropPlacement {
  kind: 'dropPlacement';
  name: DdlName;
  ifExists: boolean;
  loc: DdlPos;
}

/** Locality groups; `name` is null for the built-in `DEFAULT` group. */
export interface DdlCreateLocalityGroup {
  kind: 'createLocalityGroup';
  name: DdlName | null;
  ifNotExists: boolean;
  options: DdlOption[] | null;
  loc: DdlPos;
}

export interface DdlAlterLocalityGroup {
  kind: 'alterLocalityGroup';
  name: DdlName | null;
  ifExists: boolean;
  options: DdlOption[] | null;
  loc: DdlPos;
}

export interface DdlDropLocalityGroup {
  kind: 'dropLocalityGroup';
  name: DdlName | null;
  ifExists: boolean;
  loc: DdlPos;
}

export interface DdlAlterStatistics {
  kind: 'alterStatistics';
  name: DdlName;
  options: DdlOption[];
  loc: DdlPos;
}

export interface DdlCreateProtoBundle {
  kind: 'createProtoBundle';
  /** Fully qualified proto type names, e.g. `examples.shipping.Order`. */
  types: string[];
  loc: DdlPos;
}

export interface DdlAlterProtoBundle {
  kind: 'alterProtoBundle';
  insert: string[];
  update: string[];
  delete: string[];
  loc: DdlPos;
}

export interface DdlDropProtoBundle {
  kind: 'dropProtoBundle';
  loc: DdlPos;
}

export interface DdlAnalyze {
  kind: 'analyze';
  loc: DdlPos;
}
