/**
 * The analyzer's value types: GoogleSQL scalars, arrays and structs as Spanner supports them, and
 * proto messages and enums named by their fully qualified names (the catalog resolves which a name
 * is when a column is defined). Lengths (STRING(10)) are column properties, not value types, so
 * they are dropped here. Also the names types take in error messages, which follow GoogleSQL's
 * spelling (FLOAT32 reads `FLOAT`). Conversions from written type names (AST and DDL forms) live in
 * type-from-syntax.ts, the stored form of values of each type in value-type.ts.
 */

import { assertNever } from '../../../errors/assert-never';

export const SCALAR_KINDS = [
  'BOOL',
  'INT64',
  'FLOAT32',
  'FLOAT64',
  'NUMERIC',
  'STRING',
  'BYTES',
  'DATE',
  'TIMESTAMP',
  'JSON',
  'INTERVAL',
  'TOKENLIST',
  'UUID',
] as const;

export type ScalarKind = (typeof SCALAR_KINDS)[number];

export interface ScalarSqlType {
  readonly kind: 'scalar';
  readonly name: ScalarKind;
}

export interface ArraySqlType {
  readonly kind: 'array';
  readonly element: SqlType;
}

export interface StructSqlField {
  /** null for anonymous fields (`STRUCT<INT64>`, `(1, 2)`). */
  readonly name: string | null;
  readonly type: SqlType;
}

export interface StructSqlType {
  readonly kind: 'struct';
  readonly fields: readonly StructSqlField[];
}

/** A proto message type; values are the message's serialized bytes. */
export interface ProtoSqlType {
  readonly kind: 'proto';
  /** Fully qualified: `shop.Order`. */
  readonly name: string;
}

/** A proto enum type; values are the enum numbers, ordered as numbers. */
export interface EnumSqlType {
  readonly kind: 'enum';
  /** Fully qualified: `shop.Color`. */
  readonly name: string;
}

export type SqlType = ScalarSqlType | ArraySqlType | StructSqlType | ProtoSqlType | EnumSqlType;

const SCALARS = new Map<ScalarKind, ScalarSqlType>(SCALAR_KINDS.map((name) => [name, { kind: 'scalar', name }]));

/** Shared instances, so scalar types can be compared by identity in hot paths. */
export function scalar(name: ScalarKind): ScalarSqlType {
  return SCALARS.get(name) as ScalarSqlType;
}

export const BOOL = scalar('BOOL');
export const INT64 = scalar('INT64');
export const FLOAT32 = scalar('FLOAT32');
export const FLOAT64 = scalar('FLOAT64');
export const NUMERIC = scalar('NUMERIC');
export const STRING = scalar('STRING');
export const BYTES = scalar('BYTES');
export const DATE = scalar('DATE');
export const TIMESTAMP = scalar('TIMESTAMP');
export const JSON_TYPE = scalar('JSON');
export const INTERVAL = scalar('INTERVAL');

export function arrayOf(element: SqlType): ArraySqlType {
  return { kind: 'array', element };
}

export function structOf(fields: readonly StructSqlField[]): StructSqlType {
  return { kind: 'struct', fields };
}

export function protoType(name: string): ProtoSqlType {
  return { kind: 'proto', name };
}

export function enumType(name: string): EnumSqlType {
  return { kind: 'enum', name };
}

export function isScalar(type: SqlType, name: ScalarKind): boolean {
  return type.kind === 'scalar' && type.name === name;
}

export function sameType(a: SqlType, b: SqlType): boolean {
  if (a === b) return true;
  switch (a.kind) {
    case 'scalar':
      return b.kind === 'scalar' && a.name === b.name;
    case 'array':
      return b.kind === 'array' && sameType(a.element, b.element);
    case 'struct':
      return (
        b.kind === 'struct' &&
        a.fields.length === b.fields.length &&
        a.fields.every((f, i) => sameType(f.type, b.fields[i].type))
      );
    case 'proto':
    case 'enum':
      return b.kind === a.kind && a.name === b.name;
    default:
      return assertNever(a, 'type');
  }
}

/** Scalar names as GoogleSQL prints them in messages. */
function scalarMessageName(name: ScalarKind): string {
  return name === 'FLOAT32' ? 'FLOAT' : name;
}

/** The type as GoogleSQL names it in error messages: `ARRAY<INT64>`, `STRUCT<a INT64, STRING>`. */
export function typeName(type: SqlType): string {
  switch (type.kind) {
    case 'scalar':
      return scalarMessageName(type.name);
    case 'array':
      return `ARRAY<${typeName(type.element)}>`;
    case 'struct':
      return `STRUCT<${type.fields.map((f) => (f.name === null ? typeName(f.type) : `${f.name} ${typeName(f.type)}`)).join(', ')}>`;
    case 'proto':
    case 'enum':
      return type.name;
    default:
      return assertNever(type, 'type');
  }
}

/** The type as Spanner's APIs and DDL spell it (FLOAT32 stays FLOAT32). */
export function typeSqlName(type: SqlType): string {
  switch (type.kind) {
    case 'scalar':
      return type.name;
    case 'array':
      return `ARRAY<${typeSqlName(type.element)}>`;
    case 'struct':
      return `STRUCT<${type.fields.map((f) => (f.name === null ? typeSqlName(f.type) : `${f.name} ${typeSqlName(f.type)}`)).join(', ')}>`;
    case 'proto':
    case 'enum':
      return type.name;
    default:
      return assertNever(type, 'type');
  }
}

/** Types that support `=`, `<` and friends (GoogleSQL's "orderable"/"comparable" families). */
export function isEquatable(type: SqlType): boolean {
  switch (type.kind) {
    case 'scalar':
      return type.name !== 'JSON' && type.name !== 'TOKENLIST';
    case 'array':
      return false;
    case 'struct':
      return type.fields.every((f) => isEquatable(f.type));
    case 'proto':
      return false;
    case 'enum':
      return true;
    default:
      return assertNever(type, 'type');
  }
}

export function isOrderable(type: SqlType): boolean {
  if (type.kind === 'enum') return true;
  return type.kind === 'scalar' && type.name !== 'JSON' && type.name !== 'TOKENLIST';
}

export function isNumeric(type: SqlType): boolean {
  return (
    type.kind === 'scalar' &&
    (type.name === 'INT64' || type.name === 'FLOAT32' || type.name === 'FLOAT64' || type.name === 'NUMERIC')
  );
}
