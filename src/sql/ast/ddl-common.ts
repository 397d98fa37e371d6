/**
 * Building blocks shared by every DDL statement node: names, positions, column types, key parts,
 * OPTIONS lists and embedded SQL fragments. Plain data only; no parsing or printing lives here.
 */

import type { Expression } from './expression';
import type { SourceSpan } from './node';
import type { Query } from './query';

/** Nodes carry the same source span as the rest of the AST. */
export type DdlPos = SourceSpan;

/**
 * A possibly schema-qualified object name (`sch.Table`), quotes removed. `name` is the parts joined
 * by dots, which is how the catalog keys objects; `parts` keeps the split for printing.
 */
export interface DdlName {
  name: string;
  parts: string[];
  loc: DdlPos;
}

/** A plain (unqualified) identifier such as a column or constraint name, quotes removed. */
export interface DdlIdent {
  name: string;
  loc: DdlPos;
}

/**
 * An expression or query embedded in DDL. `text` is the source exactly as written (outer
 * parentheses excluded), because GetDatabaseDdl reprints it verbatim; `ast` is the parsed form for
 * later type checking, or null when the text does not parse: Spanner reports that only when it
 * analyses the statement, so analysis re-parses `text` and words the error for its context.
 */
export interface EmbeddedSql<T> {
  text: string;
  ast: T | null;
  loc: DdlPos;
}

/** Column types as DDL writes them: lengths, vector lengths and proto names are kept. */
export type DdlColumnType =
  | { kind: 'scalar'; name: DdlScalarTypeName }
  | { kind: 'sized'; name: 'STRING' | 'BYTES'; length: number | 'MAX' | null }
  | { kind: 'array'; element: DdlColumnType; vectorLength: number | null }
  | { kind: 'struct'; fields: DdlStructField[] }
  | { kind: 'named'; path: string };

export interface DdlStructField {
  name: string;
  type: DdlColumnType;
}

export const DDL_SCALAR_TYPE_NAMES = [
  'BOOL',
  'INT64',
  'FLOAT32',
  'FLOAT64',
  'NUMERIC',
  'DATE',
  'TIMESTAMP',
  'JSON',
  'TOKENLIST',
  'INTERVAL',
  'UUID',
] as const;

export type DdlScalarTypeName = (typeof DDL_SCALAR_TYPE_NAMES)[number];

export type SortDirection = 'ASC' | 'DESC';

/** One column of a primary key or index key; `direction` is null when neither ASC nor DESC was written. */
export interface DdlKeyPart {
  column: DdlIdent;
  direction: SortDirection | null;
}

/** The literal values an OPTIONS list accepts. Integers stay decimal strings to keep INT64 range. */
export type DdlOptionValue =
  | { kind: 'null' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'int'; value: string }
  | { kind: 'float'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'stringList'; values: string[] };

export interface DdlOption {
  name: string;
  value: DdlOptionValue;
  loc: DdlPos;
}

export type OnDeleteAction = 'CASCADE' | 'NO ACTION';

/** Parsed form of expressions and queries embedded in DDL (the query front end's node types). */
export type DdlExpressionAst = Expression;
export type DdlQueryAst = Query;

export type DdlExpression = EmbeddedSql<DdlExpressionAst>;
