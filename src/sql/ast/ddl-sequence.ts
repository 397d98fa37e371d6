/** AST of sequences (CREATE / ALTER / DROP SEQUENCE), in both the OPTIONS and the clause forms. */

import type { DdlName, DdlOption, DdlPos } from './ddl-common';
import type { DdlSequenceParams } from './ddl-table';

export interface DdlCreateSequence {
  kind: 'createSequence';
  name: DdlName;
  ifNotExists: boolean;
  /** `BIT_REVERSED_POSITIVE SKIP RANGE a, b START COUNTER WITH n`; null when not written. */
  params: DdlSequenceParams | null;
  options: DdlOption[] | null;
  loc: DdlPos;
}

export type DdlAlterSequenceAction =
  | { kind: 'setOptions'; options: DdlOption[] }
  | { kind: 'restartCounter'; value: string }
  | { kind: 'skipRange'; min: string; max: string }
  | { kind: 'noSkipRange' };

export interface DdlAlterSequence {
  kind: 'alterSequence';
  name: DdlName;
  ifExists: boolean;
  action: DdlAlterSequenceAction;
  loc: DdlPos;
}

export interface DdlDropSequence {
  kind: 'dropSequence';
  name: DdlName;
  ifExists: boolean;
  loc: DdlPos;
}
