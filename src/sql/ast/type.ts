/**
 * Type names as written in CAST, typed constructors, parameters and DDL: scalars (with STRING and
 * BYTES lengths), ARRAY<T>, STRUCT<...> and named proto/enum types. Syntax only: whether a named
 * type exists is the analyzer's business.
 */

import type { Identifier, PathName, SourceSpan } from './node';

export const SCALAR_TYPE_NAMES = [
  'BOOL',
  'INT64',
  'FLOAT32',
  'FLOAT64',
  'NUMERIC',
  'BIGNUMERIC',
  'STRING',
  'BYTES',
  'DATE',
  'TIMESTAMP',
  'JSON',
  'INTERVAL',
  'TOKENLIST',
  'UUID',
] as const;

export type ScalarTypeName = (typeof SCALAR_TYPE_NAMES)[number];

export interface ScalarType {
  readonly kind: 'scalarType';
  readonly name: ScalarTypeName;
  /** STRING(n) / BYTES(n) / STRING(MAX); null when no length is written. */
  readonly length: number | 'MAX' | null;
  readonly loc: SourceSpan;
}

export interface ArrayType {
  readonly kind: 'arrayType';
  readonly element: TypeNode;
  readonly loc: SourceSpan;
}

export interface StructTypeField {
  readonly kind: 'structTypeField';
  /** null for anonymous fields (`STRUCT<INT64, STRING>`). */
  readonly name: Identifier | null;
  readonly type: TypeNode;
  readonly loc: SourceSpan;
}

export interface StructType {
  readonly kind: 'structType';
  readonly fields: readonly StructTypeField[];
  readonly loc: SourceSpan;
}

/** A proto message or enum type named by its (possibly qualified) path. */
export interface NamedType {
  readonly kind: 'namedType';
  readonly path: PathName;
  readonly loc: SourceSpan;
}

export type TypeNode = ScalarType | ArrayType | StructType | NamedType;
