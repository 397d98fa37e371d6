/**
 * ALTER TABLE ADD SYNONYM / DROP SYNONYM: a table has at most one synonym, another name in the
 * schema-wide namespace that queries may use for it.
 */

import { synonymAlreadyExists, synonymDoesNotExist } from '../../../errors/schema-alter-errors';
import type { Catalog } from '../catalog/catalog';
import { updateTable } from '../catalog/catalog-updates';
import { sameName } from '../catalog/named-map';
import type { Table } from '../catalog/table';
import { validateSchemaObjectName } from './column-rules';
import { assertNameAvailable } from './schema-names';

export function addSynonym(catalog: Catalog, table: Table, synonym: string): Catalog {
  if (table.synonyms.length > 0) throw synonymAlreadyExists(table.synonyms[0], table.name);
  return withSynonym(catalog, table.name, synonym);
}

/** Adds a synonym without the one-synonym check (RENAME TO ... ADD SYNONYM keeps the old name). */
export function withSynonym(catalog: Catalog, tableName: string, synonym: string): Catalog {
  assertNameAvailable(catalog, synonym);
  validateSchemaObjectName('Synonym', synonym);
  return updateTable(catalog, tableName, (t) => ({ ...t, synonyms: [...t.synonyms, synonym] }));
}

export function dropSynonym(catalog: Catalog, table: Table, synonym: string): Catalog {
  if (!table.synonyms.some((s) => sameName(s, synonym))) throw synonymDoesNotExist(synonym, table.name);
  return updateTable(catalog, table.name, (t) => ({ ...t, synonyms: t.synonyms.filter((s) => !sameName(s, synonym)) }));
}
