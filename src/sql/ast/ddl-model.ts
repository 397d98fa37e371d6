/** AST of remote ML models (CREATE / ALTER / DROP MODEL). */

import type { DdlName, DdlOption, DdlPos } from './ddl-common';
import type { DdlColumnDefinition } from './ddl-table';

export interface DdlCreateModel {
  kind: 'createModel';
  name: DdlName;
  orReplace: boolean;
  ifNotExists: boolean;
  /** Input and output columns; null when the model declares no schema. */
  input: DdlColumnDefinition[] | null;
  output: DdlColumnDefinition[] | null;
  remote: boolean;
  options: DdlOption[] | null;
  loc: DdlPos;
}

export interface DdlAlterModel {
  kind: 'alterModel';
  name: DdlName;
  ifExists: boolean;
  options: DdlOption[] | null;
  loc: DdlPos;
}

export interface DdlDropModel {
  kind: 'dropModel';
  name: DdlName;
  ifExists: boolean;
  loc: DdlPos;
}
