/**
 * The catalog's schema objects other than tables: indexes (secondary, search, vector), views,
 * functions, sequences, change streams, models, named schemas, placements, locality groups, roles
 * and grants, proto bundles. Plain readonly data in its current state; the statements that build
 * it live in ../ddl (indexes) and ../objects (the rest).
 */

import type { DdlQueryAst } from '../../../sql/ast/ddl-common';
import type { DdlCreateFunction, SqlSecurity } from '../../../sql/ast/ddl-view';
import type { DdlGrantSubject } from '../../../sql/ast/ddl-access';
import type { SchemaOption } from './schema-option';
import type { SequenceParams } from './sequence-params';
import type { SqlType } from '../../query/analyzer/sql-type';
import type { SchemaObjectRef } from './dependencies';
import type { KeyPart } from './table';

export type IndexKind = 'index' | 'search' | 'vector';

export interface Index {
  readonly kind: IndexKind;
  readonly name: string;
  readonly table: string;
  readonly unique: boolean;
  readonly nullFiltered: boolean;
  readonly keys: readonly KeyPart[];
  readonly storing: readonly string[];
  /** Search and vector indexes only. */
  readonly partitionBy: readonly string[];
  readonly orderBy: readonly KeyPart[];
  /** Columns of `WHERE c IS NOT NULL AND ...`. */
  readonly whereNotNull: readonly string[];
  readonly interleaveIn: string | null;
  readonly options: readonly SchemaOption[];
  /** Indexes Spanner creates to back a foreign key: not printed, not droppable by users. */
  readonly managed: boolean;
}

export interface ViewColumn {
  readonly name: string;
  /** null when the view analysis cannot type the column. */
  readonly type: SqlType | null;
}

export interface View {
  readonly name: string;
  readonly security: SqlSecurity | null;
  /** The query after AS, as written. */
  readonly body: string;
  readonly ast: DdlQueryAst;
  /** Output columns when known (null types until a query analyzer types them). */
  readonly columns: readonly ViewColumn[];
  readonly dependencies: readonly SchemaObjectRef[];
}

export interface SqlFunction {
  readonly name: string;
  /** The CREATE FUNCTION statement as written. */
  readonly text: string;
  readonly definition: DdlCreateFunction;
  readonly dependencies: readonly SchemaObjectRef[];
}

export interface Sequence {
  readonly name: string;
  /** How it was written, which is how GetDatabaseDdl prints it. */
  readonly form: 'options' | 'clauses';
  readonly params: SequenceParams;
  /** Every option as set (including ones GetDatabaseDdl does not print). */
  readonly options: readonly SchemaOption[];
}

export type ChangeStreamFor =
  { readonly kind: 'all' } | { readonly kind: 'tables'; readonly tables: readonly TrackedTable[] };

export interface TrackedTable {
  readonly table: string;
  /** null: all columns; a list (maybe empty): those columns only. */
  readonly columns: readonly string[] | null;
}

export interface ChangeStream {
  readonly name: string;
  readonly forClause: ChangeStreamFor | null;
  readonly options: readonly SchemaOption[];
}

export interface ModelColumn {
  readonly name: string;
  readonly type: SqlType;
  /** As for table columns: STRING/BYTES (array element) length as declared; null for other types. */
  readonly declaredLength: number | 'MAX' | null;
  readonly options: readonly SchemaOption[];
}

export interface Model {
  readonly name: string;
  readonly input: readonly ModelColumn[];
  readonly output: readonly ModelColumn[];
  readonly remote: boolean;
  readonly options: readonly SchemaOption[];
}

/** A named schema, a placement or a locality group: a name with options. */
export interface NamedOptionsObject {
  readonly name: string;
  readonly options: readonly SchemaOption[];
}

export interface Role {
  readonly name: string;
}

/** One GRANT as applied (REVOKE removes matching ones). */
export interface Grant {
  readonly subject: DdlGrantSubject;
  readonly grantees: readonly string[];
}
