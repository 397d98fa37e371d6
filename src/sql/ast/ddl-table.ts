/**
 * AST of the table statements: CREATE / ALTER / DROP / RENAME TABLE, with column definitions and
 * table constraints. Shapes mirror the grammar; no name resolution or validation is implied.
 */

import type {
  DdlColumnType,
  DdlExpression,
  DdlIdent,
  DdlKeyPart,
  DdlName,
  DdlOption,
  DdlPos,
  OnDeleteAction,
} from './ddl-common';

/** The parameters of an identity column or of a sequence written as clauses, not OPTIONS. */
export interface DdlSequenceParams {
  bitReversedPositive: boolean;
  skipRange: { min: string; max: string } | null;
  startCounterWith: string | null;
}

export interface DdlGeneration {
  expression: DdlExpression;
  stored: boolean;
}

export interface DdlColumnDefinition {
  name: DdlIdent;
  type: DdlColumnType;
  notNull: boolean;
  generated: DdlGeneration | null;
  defaultValue: DdlExpression | null;
  onUpdate: DdlExpression | null;
  identity: DdlSequenceParams | null;
  autoIncrement: boolean;
  placementKey: boolean;
  hidden: boolean;
  /** `PRIMARY KEY` written on the column itself. */
  primaryKey: boolean;
  options: DdlOption[] | null;
  loc: DdlPos;
}

export interface DdlForeignKey {
  kind: 'foreignKey';
  name: DdlIdent | null;
  columns: DdlIdent[];
  referencedTable: DdlName;
  referencedColumns: DdlIdent[];
  onDelete: OnDeleteAction | null;
  /** null when neither ENFORCED nor NOT ENFORCED was written. */
  enforced: boolean | null;
  loc: DdlPos;
}

export interface DdlCheckConstraint {
  kind: 'check';
  name: DdlIdent | null;
  expression: DdlExpression;
  loc: DdlPos;
}

export type DdlTableConstraint = DdlForeignKey | DdlCheckConstraint;

export interface DdlInterleave {
  /** `INTERLEAVE IN PARENT p` versus `INTERLEAVE IN p`. */
  inParent: boolean;
  parent: DdlName;
  onDelete: OnDeleteAction | null;
  loc: DdlPos;
}

/** `ROW DELETION POLICY (OLDER_THAN(column, INTERVAL days DAY))`. */
export interface DdlRowDeletionPolicy {
  column: DdlIdent;
  days: string;
  loc: DdlPos;
}

export interface DdlCreateTable {
  kind: 'createTable';
  name: DdlName;
  ifNotExists: boolean;
  columns: DdlColumnDefinition[];
  /** Foreign keys and checks in the order written. */
  constraints: DdlTableConstraint[];
  synonyms: DdlName[];
  /** The key from whichever form was used (column, element or trailing clause); null if none. */
  primaryKey: DdlKeyPart[] | null;
  interleave: DdlInterleave | null;
  rowDeletionPolicy: DdlRowDeletionPolicy | null;
  options: DdlOption[] | null;
  loc: DdlPos;
}

export type DdlIdentityAlteration =
  | { kind: 'restartCounter'; value: string }
  | { kind: 'setSkipRange'; min: string; max: string }
  | { kind: 'setNoSkipRange' };

export type DdlColumnAlteration =
  /** `ALTER COLUMN c <type> [NOT NULL] [...]`: the column is redefined. */
  | { kind: 'redefine'; definition: DdlColumnDefinition }
  | { kind: 'setOptions'; options: DdlOption[] }
  | { kind: 'setDefault'; expression: DdlExpression }
  | { kind: 'dropDefault' }
  | { kind: 'setOnUpdate'; expression: DdlExpression }
  | { kind: 'dropOnUpdate' }
  | { kind: 'setNotNull' }
  | { kind: 'dropNotNull' }
  | { kind: 'setPlacementKey' }
  | { kind: 'dropPlacementKey' }
  | { kind: 'alterIdentity'; alteration: DdlIdentityAlteration };

export type DdlAlterTableAction =
  | { kind: 'addColumn'; ifNotExists: boolean; column: DdlColumnDefinition }
  | { kind: 'dropColumn'; column: DdlIdent }
  | { kind: 'alterColumn'; column: DdlIdent; alteration: DdlColumnAlteration }
  | { kind: 'addConstraint'; constraint: DdlTableConstraint }
  | { kind: 'dropConstraint'; name: DdlIdent }
  | { kind: 'addRowDeletionPolicy'; policy: DdlRowDeletionPolicy }
  | { kind: 'replaceRowDeletionPolicy'; policy: DdlRowDeletionPolicy }
  | { kind: 'dropRowDeletionPolicy' }
  | { kind: 'setOnDelete'; action: OnDeleteAction }
  | { kind: 'setInterleave'; interleave: DdlInterleave }
  | { kind: 'setOptions'; options: DdlOption[] }
  | { kind: 'renameTo'; newName: DdlName; addSynonym: DdlName | null }
  | { kind: 'addSynonym'; name: DdlName }
  | { kind: 'dropSynonym'; name: DdlName };

export interface DdlAlterTable {
  kind: 'alterTable';
  name: DdlName;
  ifExists: boolean;
  action: DdlAlterTableAction;
  loc: DdlPos;
}

export interface DdlDropTable {
  kind: 'dropTable';
  name: DdlName;
  ifExists: boolean;
  loc: DdlPos;
}

export interface DdlRenameTable {
  kind: 'renameTable';
  renames: { from: DdlName; to: DdlName }[];
  loc: DdlPos;
}
