/**
 * Naming rules for schema objects: the identifier syntax Spanner accepts for user objects, which
 * object kinds may live in a named schema (`sch.Name`), the reserved schema names, and the lookup
 * of the named schema an object name points into. The schema-wide duplicate check is the catalog's
 * (catalog-lookup.ts); this file only judges a name on its own.
 */

import { invalidSchemaName } from '../../../errors/schema-errors';
import { namedSchemaNotFound, objectKindNotInNamedSchema } from '../../../errors/schema-object-errors';
import type { Catalog } from '../catalog/catalog';
import { lookupNamed } from '../catalog/named-map';

/** Longest identifier Spanner accepts for a schema object. */
export const MAX_SCHEMA_IDENTIFIER_LENGTH = 128;

/** Object kinds as Spanner names them in messages (`Sequence name not valid: ...`). */
export type ObjectKindName = 'Sequence' | 'Model' | 'Change Stream' | 'View' | 'Index' | 'Schema' | 'Property Graph';

const KINDS_IN_NAMED_SCHEMAS: ReadonlySet<ObjectKindName> = new Set(['View', 'Sequence', 'Index', 'Property Graph']);

const RESERVED_SCHEMA_NAMES: ReadonlySet<string> = new Set(
  [
    'INFORMATION_SCHEMA',
    'safe',
    'aead',
    'kll_quantiles',
    'keys',
    'hll_count',
    'net',
    'ml',
    'SPANNER_PLACEMENT',
    'SPANNER_SYS',
    'pg_information_schema',
    'pg_catalog',
    'pg',
    'public',
    'DEFINITION_SCHEMA',
    'default',
    'spanner',
  ].map((n) => n.toLowerCase()),
);

/** `sch.Name` -> `sch`; an unqualified name has no schema. */
export function schemaPartOf(name: string): string | null {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? null : name.slice(0, dot);
}

export function unqualifiedPartOf(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/** Letters, digits and underscores, starting with a letter, at most 128 characters. */
export function isValidIdentifier(name: string): boolean {
  return name.length <= MAX_SCHEMA_IDENTIFIER_LENGTH && /^[A-Za-z][A-Za-z0-9_]*$/.test(name);
}

/** Spanner's identifier rules for an object of `kind`, qualified or not. */
export function validateObjectName(kind: ObjectKindName, name: string): void {
  const schema = schemaPartOf(name);
  if (!isValidIdentifier(unqualifiedPartOf(name))) throw invalidSchemaName(kind, name);
  if (schema !== null && !KINDS_IN_NAMED_SCHEMAS.has(kind)) throw objectKindNotInNamedSchema(kind, name);
}

export function validateNamedSchemaName(name: string): void {
  const lower = name.toLowerCase();
  const reserved = RESERVED_SCHEMA_NAMES.has(lower) || name.startsWith('spanner_') || name.startsWith('pg_');
  if (!isValidIdentifier(name) || reserved) throw invalidSchemaName('Schema', name);
}

/** For `sch.Name`, the named schema `sch` must exist; unqualified names always pass. */
export function requireSchemaOfName(catalog: Catalog, name: string): void {
  const schema = schemaPartOf(name);
  if (schema !== null && lookupNamed(catalog.schemas, schema) === undefined) throw namedSchemaNotFound(schema);
}

/** True when `name` is `schema.<something>`. */
export function isInSchema(name: string, schema: string): boolean {
  const part = schemaPartOf(name);
  return part !== null && part.toLowerCase() === schema.toLowerCase();
}
