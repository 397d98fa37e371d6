/**
 * ALTER TABLE ALTER COLUMN: a redefinition (type, NOT NULL, expressions), SET OPTIONS, SET / DROP
 * NOT NULL, SET / DROP DEFAULT, SET / DROP ON UPDATE, placement keys. Each builds the column's new
 * state, then column-change-rules.ts decides whether Spanner allows the change. ALTER IDENTITY
 * changes only the identity parameters (identity-columns.ts).
 */

import { assertNever } from '../../../errors/assert-never';
import {
  cannotAlterColumnToAddVectorLength,
  cannotAlterColumnToRemoveVectorLength,
} from '../../../errors/schema-errors';
import type { DdlAlterTableAction, DdlColumnDefinition } from '../../../sql/ast/ddl-table';
import type { Catalog } from '../catalog/catalog';
import { requireColumn } from '../catalog/catalog-lookup';
import { mergeOptions } from '../catalog/database-options';
import type { Column, Table } from '../catalog/table';
import type { ApplyContext } from './apply-context';
import { buildColumn, schemaExpression, vectorLengthOf, withColumnOptions } from './column-builder';
import { applyColumnChange } from './column-change';
import { alteredIdentity, checkSetDefault, redefinedIdentity } from './identity-columns';
import { updateTable } from '../catalog/catalog-updates';

type AlterColumn = Extract<DdlAlterTableAction, { kind: 'alterColumn' }>;

export function alterColumn(catalog: Catalog, table: Table, action: AlterColumn, ctx: ApplyContext): Catalog {
  const old = requireColumn(table, action.column.name);
  const alteration = action.alteration;
  switch (alteration.kind) {
    case 'redefine':
      return applyColumnChange(catalog, table, old, redefined(catalog, table.name, old, alteration.definition), ctx);
    case 'setOptions':
      return applyColumnChange(
        catalog,
        table,
        old,
        withColumnOptions(old, mergeOptions(old.options, alteration.options)),
        ctx,
      );
    case 'setNotNull':
      return applyColumnChange(catalog, table, old, { ...old, notNull: true }, ctx);
    case 'dropNotNull':
      return applyColumnChange(catalog, table, old, { ...old, notNull: false }, ctx);
    case 'setDefault':
      checkSetDefault(table.name, old);
      return applyColumnChange(
        catalog,
        table,
        old,
        { ...old, defaultValue: schemaExpression(alteration.expression) },
        ctx,
      );
    case 'dropDefault':
      if (old.defaultValue === null) return catalog;
      return applyColumnChange(catalog, table, old, { ...old, defaultValue: null }, ctx);
    case 'setOnUpdate':
      return applyColumnChange(catalog, table, old, { ...old, onUpdate: schemaExpression(alteration.expression) }, ctx);
    case 'dropOnUpdate':
      if (old.onUpdate === null) return catalog;
      return applyColumnChange(catalog, table, old, { ...old, onUpdate: null }, ctx);
    case 'setPlacementKey':
      return applyColumnChange(catalog, table, old, { ...old, placementKey: true }, ctx);
    case 'dropPlacementKey':
      return applyColumnChange(catalog, table, old, { ...old, placementKey: false }, ctx);
    case 'alterIdentity': {
      const identity = alteredIdentity(table.name, old, action.column.name, alteration.alteration);
      const columns = table.columns.map((c) => (c === old ? { ...c, identity } : c));
      return updateTable(catalog, table.name, (t) => ({ ...t, columns }));
    }
    default:
      return assertNever(alteration, 'ALTER COLUMN alteration');
  }
}

/**
 * The column after `ALTER COLUMN c <definition>`: type, nullability and expressions come from the
 * definition; HIDDEN, placement key and options not written are kept, as Spanner does.
 */
function redefined(catalog: Catalog, table: string, old: Column, definition: DdlColumnDefinition): Column {
  // Vector lengths are refused before the type is resolved: a redefinition may not carry one.
  if (vectorLengthOf(definition.type) !== null) throw cannotAlterColumnToAddVectorLength(old.name);
  if (old.vectorLength !== null) throw cannotAlterColumnToRemoveVectorLength(old.name);
  const column = buildColumn(catalog, definition);
  const options = definition.options === null ? old.options : mergeOptions(old.options, definition.options);
  const kept = {
    ...column,
    identity: redefinedIdentity(table, old, column),
    name: old.name,
    hidden: old.hidden || column.hidden,
    placementKey: old.placementKey || column.placementKey,
  };
  return withColumnOptions(kept, options);
}
