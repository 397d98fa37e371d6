/**
 * AST of CREATE [OR REPLACE] PROPERTY GRAPH and DROP PROPERTY GRAPH. The element-table body is
 * GoogleSQL's graph DDL grammar, kept structured here; resolving tables, columns, labels and
 * property types against the schema is the catalog's job.
 */

import type { DdlExpression, DdlIdent, DdlName, DdlPos } from './ddl-common';

export interface DdlCreatePropertyGraph {
  kind: 'createPropertyGraph';
  name: DdlName;
  orReplace: boolean;
  ifNotExists: boolean;
  nodeTables: DdlGraphElementTable[];
  /** Empty when the EDGE TABLES clause is absent. */
  edgeTables: DdlGraphElementTable[];
  loc: DdlPos;
}

export interface DdlDropPropertyGraph {
  kind: 'dropPropertyGraph';
  name: DdlName;
  ifExists: boolean;
  loc: DdlPos;
}

export interface DdlGraphElementTable {
  table: DdlIdent;
  alias: DdlIdent | null;
  /** null: the table's primary key. */
  key: DdlIdent[] | null;
  source: DdlGraphNodeReference | null;
  destination: DdlGraphNodeReference | null;
  /**
   * LABEL / DEFAULT LABEL clauses in order; a bare PROPERTIES clause is one DEFAULT LABEL entry,
   * and an element table with neither has one DEFAULT LABEL with ALL COLUMNS.
   */
  labels: DdlGraphLabel[];
  dynamicLabel: DdlIdent | null;
  dynamicProperties: DdlIdent | null;
  loc: DdlPos;
}

export interface DdlGraphNodeReference {
  edgeColumns: DdlIdent[];
  nodeTable: DdlIdent;
  /** null: the referenced node table's element key. */
  nodeColumns: DdlIdent[] | null;
  loc: DdlPos;
}

export interface DdlGraphLabel {
  /** null for DEFAULT LABEL (named after the element table's alias). */
  name: DdlIdent | null;
  properties: DdlGraphProperties;
  loc: DdlPos;
}

export type DdlGraphProperties =
  | { kind: 'none' }
  | { kind: 'allColumns'; except: DdlIdent[] | null }
  | { kind: 'list'; items: DdlGraphDerivedProperty[] };

export interface DdlGraphDerivedProperty {
  expression: DdlExpression;
  alias: DdlIdent | null;
  loc: DdlPos;
}
