/**
 * The catalog's tables: columns, primary key, interleaving, row deletion policy, check constraints,
 * foreign keys and synonyms, in their current state (after any ALTERs). Plain readonly data; the
 * rules that produce it live in ../ddl and ../constraints.
 */

import type { DdlExpressionAst, OnDeleteAction, SortDirection } from '../../../sql/ast/ddl-common';
import type { SqlType } from '../../query/analyzer/sql-type';
import type { SchemaOption } from './schema-option';
import type { SequenceParams } from './sequence-params';
import type { SchemaObjectRef } from './dependencies';

/**
 * An expression stored in the schema (generated column, DEFAULT, ON UPDATE, CHECK). `text` is the
 * source as written (GetDatabaseDdl reprints it verbatim, without the outer parentheses); `ast` is
 * its parse, null when the text does not parse (analysis then fails the statement that brought it,
 * so only a statement in progress sees one). `dependencies` is filled in by the expression analyzer
 * when it validates the expression; an empty list means "references nothing".
 */
export interface SchemaExpression {
  readonly text: string;
  readonly ast: DdlExpressionAst | null;
  readonly dependencies: readonly SchemaObjectRef[];
}

export interface GeneratedColumn {
  readonly expression: SchemaExpression;
  readonly stored: boolean;
}

/**
 * A column. `type` is the value type the analyzer, the evaluator and storage work with (PROTO and
 * ENUM resolved against the proto bundle when the column was defined); what only DDL shows
 * (declared lengths, vector length) are plain properties beside it. `maxLength` and
 * `allowsCommitTimestamp` are derived when the column is built or altered (column-builder.ts), so
 * the data plane reads them without looking at the type or the options again.
 */
export interface Column {
  readonly name: string;
  readonly type: SqlType;
  /** STRING(n) / BYTES(n) (of the elements, for an array) as declared: n or 'MAX'; null for other types. */
  readonly declaredLength: number | 'MAX' | null;
  /** `ARRAY<FLOAT64>(vector_length=>n)`: n; null without one. */
  readonly vectorLength: number | null;
  /**
   * The longest STRING (characters) or BYTES (bytes) value, or array element, allowed: the declared
   * length, else the type's maximum; Infinity for other types.
   */
  readonly maxLength: number;
  readonly notNull: boolean;
  /** OPTIONS (allow_commit_timestamp = true): the column accepts PENDING_COMMIT_TIMESTAMP(). */
  readonly allowsCommitTimestamp: boolean;
  readonly generated: GeneratedColumn | null;
  readonly defaultValue: SchemaExpression | null;
  readonly onUpdate: SchemaExpression | null;
  /** IDENTITY / AUTO_INCREMENT columns: the parameters of their internal sequence. */
  readonly identity: SequenceParams | null;
  readonly placementKey: boolean;
  readonly hidden: boolean;
  /** Options with non-null values, in the order set (e.g. allow_commit_timestamp). */
  readonly options: readonly SchemaOption[];
}

export interface KeyPart {
  readonly column: string;
  readonly direction: SortDirection;
}

export interface Interleave {
  readonly parent: string;
  /** `INTERLEAVE IN PARENT` (rows need their parent row) versus `INTERLEAVE IN`. */
  readonly inParent: boolean;
  readonly onDelete: OnDeleteAction;
}

export interface RowDeletionPolicy {
  readonly column: string;
  /** Days as the decimal string written in `INTERVAL n DAY`. */
  readonly days: string;
}

export interface CheckConstraint {
  /** The user's name, or the generated one (never printed) when `named` is false. */
  readonly name: string;
  readonly named: boolean;
  readonly expression: SchemaExpression;
}

export interface ForeignKey {
  /** The user's name, or the generated `FK_<table>_<referenced>_<hash>_<n>` when `named` is false. */
  readonly name: string;
  readonly named: boolean;
  readonly columns: readonly string[];
  readonly referencedTable: string;
  readonly referencedColumns: readonly string[];
  /** null when ON DELETE was not written (NO ACTION applies). */
  readonly onDelete: OnDeleteAction | null;
  readonly enforced: boolean;
  /** Hidden indexes backing the constraint on each side, when one was needed; never printed. */
  readonly referencingIndex: string | null;
  readonly referencedIndex: string | null;
}

export interface Table {
  readonly name: string;
  /** In definition order (ADD COLUMN appends). */
  readonly columns: readonly Column[];
  readonly primaryKey: readonly KeyPart[];
  readonly interleave: Interleave | null;
  readonly rowDeletionPolicy: RowDeletionPolicy | null;
  readonly checks: readonly CheckConstraint[];
  readonly foreignKeys: readonly ForeignKey[];
  readonly synonyms: readonly string[];
  readonly options: readonly SchemaOption[];
}
