/**
 * Columns of proto and enum types (DDL writes them by their full name: `shop.Order`, or
 * `ARRAY<shop.Order>`): the type must be a message or enum of the database's proto bundle when the
 * column is defined, and stay one while the column exists. Value checks (enum numbers, message
 * parsing) belong to the data plane.
 */

import { removedProtoTypeStillUsed, unrecognizedProtoColumnType } from '../../../errors/proto-bundle-errors';
import type { DdlColumnType } from '../../../sql/ast/ddl-common';
import { printIdent } from '../../../sql/printer/ddl-names';
import type { Catalog } from '../catalog/catalog';
import { namedValues } from '../catalog/named-map';
import { bundleHasProtoOrEnum } from '../catalog/proto-bundle';
import type { Column } from '../catalog/table';

/** A new or altered column's type, checked before its other rules (as Spanner converts it first). */
export function checkColumnProtoType(catalog: Catalog, column: Column): void {
  const { type } = column;
  if (type.kind === 'named' && !describes(catalog, type.path)) {
    throw unrecognizedProtoColumnType(column.name, type.path);
  }
  if (type.kind === 'array' && type.element.kind === 'named' && !describes(catalog, type.element.path)) {
    throw unrecognizedProtoColumnType(null, type.element.path);
  }
}

/** After the bundle changed: the first column (tables and columns in order) whose type it lost. */
export function checkColumnsKeepTheirTypes(catalog: Catalog): void {
  for (const table of namedValues(catalog.tables)) {
    for (const column of table.columns) {
      const name = protoTypeName(column.type);
      if (name !== null && !describes(catalog, name)) {
        throw removedProtoTypeStillUsed(printIdent(name), `${table.name}.${column.name}`);
      }
    }
  }
}

function protoTypeName(type: DdlColumnType): string | null {
  const base = type.kind === 'array' ? type.element : type;
  return base.kind === 'named' ? base.path : null;
}

function describes(catalog: Catalog, name: string): boolean {
  return bundleHasProtoOrEnum(catalog.protoBundleTypes, catalog.protoBundleFiles, name);
}
