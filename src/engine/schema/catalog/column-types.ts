/**
 * Questions about column types as the catalog stores them (DDL column types, lengths kept): their
 * name as Spanner's messages print it, element types, declared lengths, equality without lengths,
 * and which types may be keys. No conversion to query-engine types happens here.
 */

import { assertNever } from '../../../errors/assert-never';
import type { DdlColumnType } from '../../../sql/ast/ddl-common';

/** Spanner's maximum declared lengths (characters for STRING, bytes for BYTES). */
export const MAX_STRING_LENGTH = 2621440;
export const MAX_BYTES_LENGTH = 10485760;

/** The short type name used in messages: `STRING`, `ARRAY<STRING>`, `STRUCT<a INT64>`, a proto's name. */
export function typeName(type: DdlColumnType): string {
  switch (type.kind) {
    case 'scalar':
      return type.name;
    case 'sized':
      return type.name;
    case 'array':
      return `ARRAY<${typeName(type.element)}>`;
    case 'struct':
      return `STRUCT<${type.fields.map((f) => `${f.name} ${typeName(f.type)}`).join(', ')}>`;
    case 'named':
      return type.path;
    default:
      return assertNever(type, 'column type');
  }
}

/** The element type of an array, the type itself otherwise. */
export function baseType(type: DdlColumnType): DdlColumnType {
  return type.kind === 'array' ? type.element : type;
}

/** STRING(n) / BYTES(n) (or arrays of them): n; MAX and unsized types: null. */
export function declaredLength(type: DdlColumnType): number | null {
  const base = baseType(type);
  return base.kind === 'sized' && typeof base.length === 'number' ? base.length : null;
}

/** The length a value may have: the declared one, else the type's maximum. */
export function effectiveLength(type: DdlColumnType): number {
  const base = baseType(type);
  if (base.kind !== 'sized') return Number.POSITIVE_INFINITY;
  if (typeof base.length === 'number') return base.length;
  return base.name === 'STRING' ? MAX_STRING_LENGTH : MAX_BYTES_LENGTH;
}

/** Same type, lengths ignored (STRING(10) equals STRING(MAX)). */
export function sameType(a: DdlColumnType, b: DdlColumnType): boolean {
  return typeName(a) === typeName(b);
}

export function isScalar(type: DdlColumnType, name: string): boolean {
  return (type.kind === 'scalar' || type.kind === 'sized') && type.name === name;
}

export function isTimestamp(type: DdlColumnType): boolean {
  return isScalar(type, 'TIMESTAMP');
}

/** Key columns cannot be ARRAY, STRUCT, JSON or TOKENLIST. */
export function isKeyableType(type: DdlColumnType): boolean {
  if (type.kind === 'array' || type.kind === 'struct') return false;
  return !isScalar(type, 'JSON') && !isScalar(type, 'TOKENLIST');
}

/** The name key-type errors use: `ARRAY` for any array, the short name otherwise. */
export function keyTypeName(type: DdlColumnType): string {
  return type.kind === 'array' ? 'ARRAY' : typeName(type);
}

/**
 * Whether ALTER COLUMN may change `from` into `to`: same type, STRING <-> BYTES, proto/enum types
 * among themselves and with BYTES or INT64, element-wise for arrays.
 */
export function isAllowedTypeChange(from: DdlColumnType, to: DdlColumnType): boolean {
  if (sameType(from, to)) return true;
  if ((from.kind === 'array') !== (to.kind === 'array')) return false;
  if (from.kind === 'array' && to.kind === 'array') return isAllowedTypeChange(from.element, to.element);
  const stringOrBytes = (t: DdlColumnType) => isScalar(t, 'STRING') || isScalar(t, 'BYTES');
  if (stringOrBytes(from) && stringOrBytes(to)) return true;
  const named = (t: DdlColumnType) => t.kind === 'named';
  if (named(from) && (named(to) || isScalar(to, 'BYTES') || isScalar(to, 'INT64'))) return true;
  return named(to) && (isScalar(from, 'BYTES') || isScalar(from, 'INT64'));
}
