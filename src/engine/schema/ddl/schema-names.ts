/**
 * The schema-wide namespace as the table and index statements see it: every object of the catalog
 * plus the names objects reserve without being catalog entries (a change stream's READ_ function).
 */

import { duplicateNameInSchema } from '../../../errors/schema-errors';
import type { Catalog } from '../catalog/catalog';
import { schemaNameInUse } from '../catalog/catalog-lookup';
import { reservedObjectName } from '../objects/object-dependents';

export function nameInUse(catalog: Catalog, name: string): string | undefined {
  return schemaNameInUse(catalog, name) ?? reservedObjectName(catalog, name);
}

/** Throws `Duplicate name in schema: <name>.` when any object holds or reserves the name. */
export function assertNameAvailable(catalog: Catalog, name: string): void {
  if (nameInUse(catalog, name) !== undefined) throw duplicateNameInSchema(name);
}
