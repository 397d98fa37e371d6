/**
 * Printable schema definitions: what the canonical DDL printer consumes. They describe schema
 * objects in their final state (after any number of ALTERs), as catalog-ddl-def.ts builds them
 * from the catalog, with only what GetDatabaseDdl shows. Expressions and view bodies are source
 * text. Nothing here validates; whatever is described gets printed.
 */

import type { OnDeleteAction, SortDirection } from '../../../sql/ast/ddl-common';
import type { SqlSecurity } from '../../../sql/ast/ddl-view';
import type { SqlType } from '../../query/analyzer/sql-type';
import type { SchemaOption } from '../catalog/schema-option';
import type { SequenceParams } from '../catalog/sequence-params';
import type { PropertyGraphDef } from './ddl-property-graph-printer';

export interface KeyPartDef {
  column: string;
  direction: SortDirection;
}

export interface ColumnDef {
  name: string;
  type: SqlType;
  /** STRING/BYTES (array element) length as declared; null for other types. */
  declaredLength: number | 'MAX' | null;
  vectorLength: number | null;
  notNull: boolean;
  /** Generated column: expression text without the outer parentheses. */
  generated: { expression: string; stored: boolean } | null;
  /** Default expression text without the outer parentheses. */
  defaultValue: string | null;
  onUpdate: string | null;
  identity: SequenceParams | null;
  placementKey: boolean;
  hidden: boolean;
  /** Options with non-null values, e.g. allow_commit_timestamp. */
  options: SchemaOption[];
}

export interface ForeignKeyDef {
  /** null for an unnamed constraint (Spanner generates a hidden name that is never printed). */
  name: string | null;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  /** null when ON DELETE was not written. */
  onDelete: OnDeleteAction | null;
  enforced: boolean;
}

export interface CheckDef {
  name: string | null;
  expression: string;
}

export interface InterleaveDef {
  parent: string;
  inParent: boolean;
  /** Printed only for IN PARENT, where it defaults to NO ACTION. */
  onDelete: OnDeleteAction;
}

export interface TableDef {
  name: string;
  columns: ColumnDef[];
  foreignKeys: ForeignKeyDef[];
  checks: CheckDef[];
  synonyms: string[];
  primaryKey: KeyPartDef[];
  interleave: InterleaveDef | null;
  rowDeletionPolicy: { column: string; days: string } | null;
  options: SchemaOption[];
}

export type IndexKindDef = 'index' | 'search' | 'vector';

export interface IndexDef {
  kind: IndexKindDef;
  name: string;
  table: string;
  unique: boolean;
  nullFiltered: boolean;
  keys: KeyPartDef[];
  storing: string[];
  partitionBy: string[];
  orderBy: KeyPartDef[];
  whereNotNull: string[];
  interleaveIn: string | null;
  options: SchemaOption[];
}

export interface ViewDef {
  name: string;
  security: SqlSecurity | null;
  /** The query text after AS, as written. */
  body: string;
  /** Names of views this one reads, so they can be printed first. */
  dependsOn: string[];
}

export interface SequenceDef {
  name: string;
  /** 'options' for `OPTIONS (sequence_kind = ...)`, 'clauses' for `BIT_REVERSED_POSITIVE ...`. */
  form: 'options' | 'clauses';
  params: SequenceParams;
}

export type ChangeStreamForDef =
  { kind: 'all' } | { kind: 'tables'; tables: { table: string; columns: string[] | null }[] };

export interface ChangeStreamDef {
  name: string;
  forClause: ChangeStreamForDef | null;
  options: SchemaOption[];
}

export interface ModelColumnDef {
  name: string;
  type: SqlType;
  declaredLength: number | 'MAX' | null;
  options: SchemaOption[];
}

export interface ModelDef {
  name: string;
  input: ModelColumnDef[];
  output: ModelColumnDef[];
  remote: boolean;
  options: SchemaOption[];
}

export interface NamedOptionsDef {
  name: string;
  options: SchemaOption[];
}

export interface FunctionDef {
  name: string;
  /** The CREATE FUNCTION statement as written. */
  text: string;
}

/** Everything GetDatabaseDdl prints, each list in creation order. */
export interface DatabaseDdlDef {
  databaseName: string;
  databaseOptions: SchemaOption[];
  protoBundleTypes: string[];
  schemas: string[];
  placements: NamedOptionsDef[];
  sequences: SequenceDef[];
  tables: TableDef[];
  indexes: IndexDef[];
  changeStreams: ChangeStreamDef[];
  models: ModelDef[];
  views: ViewDef[];
  functions: FunctionDef[];
  propertyGraphs: PropertyGraphDef[];
  localityGroups: NamedOptionsDef[];
}
