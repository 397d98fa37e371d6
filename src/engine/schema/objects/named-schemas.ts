/**
 * Named schemas (CREATE [OR REPLACE] / ALTER / DROP SCHEMA). A schema name shares the schema-wide
 * namespace with tables and the other objects; objects live in it by being named `sch.Name`. A
 * schema cannot be dropped while objects live in it; Spanner has no ALTER SCHEMA changes yet.
 */

import { duplicateNameInSchema } from '../../../errors/schema-errors';
import {
  alterNamedSchemaUnsupported,
  dropNamedSchemaWithDependents,
  namedSchemaNotFound,
} from '../../../errors/schema-object-errors';
import type { DdlAlterSchema, DdlCreateSchema, DdlDropSchema } from '../../../sql/ast/ddl-database';
import type { Catalog } from '../catalog/catalog';
import { objectNameInUse } from './object-namespace';
import { lookupNamed, namedValues, putNamed, removeNamed, type NamedMap, type Named } from '../catalog/named-map';
import type { ApplyContext } from '../ddl/apply-context';
import { nonNullOptions } from './object-options';
import { isInSchema, validateNamedSchemaName } from './object-names';

export function createSchema(catalog: Catalog, stmt: DdlCreateSchema, ctx: ApplyContext): Catalog {
  void ctx;
  const name = stmt.name.name;
  const existing = lookupNamed(catalog.schemas, name);
  if (existing !== undefined && (stmt.ifNotExists || stmt.orReplace)) return catalog;
  if (existing !== undefined || objectNameInUse(catalog, name) !== undefined) throw duplicateNameInSchema(name);
  validateNamedSchemaName(name);
  return { ...catalog, schemas: putNamed(catalog.schemas, { name, options: nonNullOptions(stmt.options) }) };
}

export function alterSchema(catalog: Catalog, stmt: DdlAlterSchema, ctx: ApplyContext): Catalog {
  void ctx;
  if (lookupNamed(catalog.schemas, stmt.name.name) === undefined) {
    if (stmt.ifExists) return catalog;
    throw namedSchemaNotFound(stmt.name.name);
  }
  throw alterNamedSchemaUnsupported();
}

export function dropSchema(catalog: Catalog, stmt: DdlDropSchema, ctx: ApplyContext): Catalog {
  void ctx;
  const schema = lookupNamed(catalog.schemas, stmt.name.name);
  if (schema === undefined) {
    if (stmt.ifExists) return catalog;
    throw namedSchemaNotFound(stmt.name.name);
  }
  const inSchema = <T extends Named>(map: NamedMap<T>): string[] =>
    namedValues(map)
      .map((o) => o.name)
      .filter((n) => isInSchema(n, schema.name));
  const dependents = {
    tables: inSchema(catalog.tables),
    views: inSchema(catalog.views),
    indexes: [...catalog.indexes.values()]
      .filter((i) => !i.managed && isInSchema(i.name, schema.name))
      .map((i) => i.name),
    sequences: inSchema(catalog.sequences),
  };
  const total =
    dependents.tables.length + dependents.views.length + dependents.indexes.length + dependents.sequences.length;
  if (total > 0) throw dropNamedSchemaWithDependents(schema.name, dependents);
  return { ...catalog, schemas: removeNamed(catalog.schemas, schema.name) };
}
