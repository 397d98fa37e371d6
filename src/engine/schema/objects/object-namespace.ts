/**
 * The schema-wide namespace as schema objects see it: the catalog's objects (tables, indexes,
 * views, functions, sequences, change streams, models, constraints, synonyms) plus the names taken
 * without being one of those: each change stream's read function `READ_<stream>`, each identity
 * column's internal sequence, named schemas and locality groups. Case-insensitive; the name is
 * returned as held.
 */

import { duplicateNameInSchema } from '../../../errors/schema-errors';
import type { Catalog } from '../catalog/catalog';
import { schemaNameInUse } from '../catalog/catalog-lookup';
import { lookupNamed, nameKey } from '../catalog/named-map';
import { identitySequenceNames } from '../ddl/identity-columns';

/** The name of a stream's change-record read function, which no other object may take. */
export function changeStreamReadFunctionName(stream: string): string {
  return `READ_${stream}`;
}

/** Names held outside the catalog's object collections, or undefined when free. */
export function reservedObjectName(catalog: Catalog, name: string): string | undefined {
  for (const stream of catalog.changeStreams.values()) {
    const readFunction = changeStreamReadFunctionName(stream.name);
    if (nameKey(readFunction) === nameKey(name)) return readFunction;
  }
  const identitySequence = identitySequenceNames(catalog.tables.values()).find((n) => nameKey(n) === nameKey(name));
  if (identitySequence !== undefined) return identitySequence;
  return lookupNamed(catalog.schemas, name)?.name ?? lookupNamed(catalog.localityGroups, name)?.name;
}

export function objectNameInUse(catalog: Catalog, name: string): string | undefined {
  return schemaNameInUse(catalog, name) ?? reservedObjectName(catalog, name);
}

/** Throws `Duplicate name in schema: <name>.` when any object holds or reserves the name. */
export function assertObjectNameFree(catalog: Catalog, name: string): void {
  if (objectNameInUse(catalog, name) !== undefined) throw duplicateNameInSchema(name);
}
