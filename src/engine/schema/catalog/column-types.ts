/**
 * Questions the schema rules ask about column types, answered from the semantic type (SqlType)
 * and the lengths a column declares: names as Spanner's DDL messages print them, element types,
 * lengths, equality, which types may be keys, which type changes ALTER COLUMN allows, and which
 * types expressions can be analyzed over. Converting DDL syntax to types is type-from-syntax.ts's.
 */

import { isScalar, typeSqlName, type SqlType } from '../../query/analyzer/sql-type';

/** Spanner's maximum declared lengths (characters for STRING, bytes for BYTES). */
export const MAX_STRING_LENGTH = 2621440;
export const MAX_BYTES_LENGTH = 10485760;

/** The name DDL messages use: `STRING`, `FLOAT32`, `ARRAY<STRING>`, `STRUCT<a INT64>`, a proto's name. */
export function typeName(type: SqlType): string {
  return typeSqlName(type);
}

/** The element type of an array, the type itself otherwise. */
export function baseType(type: SqlType): SqlType {
  return type.kind === 'array' ? type.element : type;
}

/** STRING or BYTES, or an array of them: the types that take a declared length. */
export function isSizedType(type: SqlType): boolean {
  const base = baseType(type);
  return isScalar(base, 'STRING') || isScalar(base, 'BYTES');
}

/** The declared length as a number; null for MAX and for types without one. */
export function declaredLength(declared: number | 'MAX' | null): number | null {
  return typeof declared === 'number' ? declared : null;
}

/** The longest value allowed: the declared length, else the type's maximum; Infinity if unsized. */
export function maxLengthOf(type: SqlType, declared: number | 'MAX' | null): number {
  if (!isSizedType(type)) return Number.POSITIVE_INFINITY;
  if (typeof declared === 'number') return declared;
  return isScalar(baseType(type), 'STRING') ? MAX_STRING_LENGTH : MAX_BYTES_LENGTH;
}

/** Same type, lengths ignored (STRING(10) equals STRING(MAX)); struct field names count. */
export function sameType(a: SqlType, b: SqlType): boolean {
  return typeName(a) === typeName(b);
}

export function isTimestamp(type: SqlType): boolean {
  return isScalar(type, 'TIMESTAMP');
}

/** Key columns cannot be ARRAY, STRUCT, JSON or TOKENLIST. */
export function isKeyableType(type: SqlType): boolean {
  if (type.kind === 'array' || type.kind === 'struct') return false;
  return !isScalar(type, 'JSON') && !isScalar(type, 'TOKENLIST');
}

/** The name key-type errors use: `ARRAY` for any array, the short name otherwise. */
export function keyTypeName(type: SqlType): string {
  return type.kind === 'array' ? 'ARRAY' : typeName(type);
}

/**
 * Whether ALTER COLUMN may change `from` into `to` (Spanner's rule): same type, STRING <-> BYTES,
 * PROTO <-> BYTES, PROTO <-> PROTO, ENUM <-> ENUM, ENUM <-> INT64, element-wise for arrays. Each
 * keeps the stored form of the values (bytes stay bytes, enum numbers are INT64 values).
 */
export function isAllowedTypeChange(from: SqlType, to: SqlType): boolean {
  if (sameType(from, to)) return true;
  if ((from.kind === 'array') !== (to.kind === 'array')) return false;
  if (from.kind === 'array' && to.kind === 'array') return isAllowedTypeChange(from.element, to.element);
  return convertible(from, to) || convertible(to, from);
}

function convertible(a: SqlType, b: SqlType): boolean {
  if (isScalar(a, 'STRING')) return isScalar(b, 'BYTES');
  if (a.kind === 'proto') return b.kind === 'proto' || isScalar(b, 'BYTES');
  if (a.kind === 'enum') return b.kind === 'enum' || isScalar(b, 'INT64');
  return false;
}

/** Whether the type holds a PROTO or ENUM anywhere (values the analyzer cannot handle yet). */
export function hasProtoOrEnum(type: SqlType): boolean {
  switch (type.kind) {
    case 'proto':
    case 'enum':
      return true;
    case 'array':
      return hasProtoOrEnum(type.element);
    case 'struct':
      return type.fields.some((f) => hasProtoOrEnum(f.type));
    case 'scalar':
      return false;
  }
}

/** The type column expressions can be analyzed over, or null for PROTO and ENUM columns (not yet). */
export function analyzableType(type: SqlType): SqlType | null {
  return hasProtoOrEnum(type) ? null : type;
}
