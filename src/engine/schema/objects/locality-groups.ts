/**
 * Locality groups (CREATE / ALTER / DROP LOCALITY GROUP): named storage settings (`storage`,
 * `ssd_to_hdd_spill_timespan`) that tables and columns refer to by their `locality_group` option.
 * A group name shares the schema-wide namespace; the built-in `default` group cannot be created
 * or dropped, and ALTER LOCALITY GROUP DEFAULT records its options. Storage tiers are not modelled.
 */

import { duplicateNameInSchema } from '../../../errors/schema-errors';
import {
  alterLocalityGroupWithoutOptions,
  createDefaultLocalityGroup,
  dropDefaultLocalityGroup,
  dropLocalityGroupInUse,
  invalidLocalityGroupName,
  localityGroupNotFound,
} from '../../../errors/schema-object-errors';
import type {
  DdlAlterLocalityGroup,
  DdlCreateLocalityGroup,
  DdlDropLocalityGroup,
} from '../../../sql/ast/ddl-database';
import type { SchemaOption } from '../catalog/schema-option';
import type { Catalog } from '../catalog/catalog';
import { objectNameInUse } from './object-namespace';
import { lookupNamed, nameKey, putNamed, removeNamed } from '../catalog/named-map';
import type { ApplyContext } from '../ddl/apply-context';
import { findOptionValue, mergedOptions, nonNullOptions } from './object-options';
import { isValidIdentifier } from './object-names';
import { invalidSchemaName } from '../../../errors/schema-errors';

export const DEFAULT_LOCALITY_GROUP = 'default';

export function createLocalityGroup(catalog: Catalog, stmt: DdlCreateLocalityGroup, ctx: ApplyContext): Catalog {
  void ctx;
  if (stmt.name === null) throw createDefaultLocalityGroup();
  const name = stmt.name.name;
  const taken = lookupNamed(catalog.localityGroups, name) !== undefined || objectNameInUse(catalog, name) !== undefined;
  if (taken && stmt.ifNotExists) return catalog;
  if (name === DEFAULT_LOCALITY_GROUP) throw createDefaultLocalityGroup();
  if (name.startsWith('_')) throw invalidLocalityGroupName(name);
  if (taken) throw duplicateNameInSchema(name);
  if (!isValidIdentifier(name)) throw invalidSchemaName('Locality Group', name);
  return {
    ...catalog,
    localityGroups: putNamed(catalog.localityGroups, { name, options: nonNullOptions(stmt.options) }),
  };
}

export function alterLocalityGroup(catalog: Catalog, stmt: DdlAlterLocalityGroup, ctx: ApplyContext): Catalog {
  void ctx;
  const name = stmt.name?.name ?? DEFAULT_LOCALITY_GROUP;
  let group = lookupNamed(catalog.localityGroups, name);
  if (group === undefined) {
    if (name !== DEFAULT_LOCALITY_GROUP) {
      if (stmt.ifExists) return catalog;
      throw localityGroupNotFound(name);
    }
    group = { name, options: [] };
  }
  if (stmt.options === null || stmt.options.length === 0) throw alterLocalityGroupWithoutOptions();
  const options = mergedOptions(group.options, stmt.options);
  return { ...catalog, localityGroups: putNamed(catalog.localityGroups, { ...group, options }) };
}

export function dropLocalityGroup(catalog: Catalog, stmt: DdlDropLocalityGroup, ctx: ApplyContext): Catalog {
  void ctx;
  if (stmt.name === null || stmt.name.name === DEFAULT_LOCALITY_GROUP) throw dropDefaultLocalityGroup();
  const group = lookupNamed(catalog.localityGroups, stmt.name.name);
  if (group === undefined) {
    if (stmt.ifExists) return catalog;
    throw localityGroupNotFound(stmt.name.name);
  }
  if (localityGroupInUse(catalog, group.name)) throw dropLocalityGroupInUse(group.name);
  return { ...catalog, localityGroups: removeNamed(catalog.localityGroups, group.name) };
}

/** True when a table or column names the group in its `locality_group` option. */
function localityGroupInUse(catalog: Catalog, name: string): boolean {
  const uses = (options: readonly SchemaOption[]): boolean => {
    const value = findOptionValue(options, 'locality_group');
    return value?.kind === 'string' && nameKey(value.value) === nameKey(name);
  };
  for (const table of catalog.tables.values()) {
    if (uses(table.options) || table.columns.some((c) => uses(c.options))) return true;
  }
  return false;
}
