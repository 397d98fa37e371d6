/**
 * Columns of proto and enum types (DDL writes them by their full name: `shop.Order`, or
 * `ARRAY<shop.Order>`): the name must be a message or enum of the database's proto bundle when the
 * column is defined, which decides whether the column's type is a PROTO or an ENUM, and stay one
 * while the column exists; a bundle update that turns a message into an enum (or back) retypes the
 * column, as Spanner does. Value checks (enum numbers, message parsing) belong to the data plane.
 */

import { removedProtoTypeStillUsed, unrecognizedProtoColumnType } from '../../../errors/proto-bundle-errors';
import type { DdlColumnType } from '../../../sql/ast/ddl-common';
import { printIdent } from '../../../sql/printer/ddl-names';
import { enumType, protoType, type SqlType } from '../../query/analyzer/sql-type';
import { typeFromColumnType, type NamedTypeResolver } from '../../query/analyzer/type-from-syntax';
import type { Catalog } from '../catalog/catalog';
import { updateTable } from '../catalog/catalog-updates';
import { namedValues } from '../catalog/named-map';
import { bundleTypeKind } from '../catalog/proto-bundle';

/**
 * A new or altered column's type from its DDL spelling, proto and enum names resolved against the
 * bundle. Made before the column's other rules are checked, as Spanner converts the type first; a
 * name the bundle does not hold fails the statement.
 */
export function columnTypeOf(catalog: Catalog, column: string, type: DdlColumnType): SqlType {
  const resolve = bundleResolver(catalog);
  const resolved = typeFromColumnType(type, (path) => {
    const found = resolve(path);
    if (found === null) throw unrecognizedProtoColumnType(type.kind === 'named' ? column : null, path);
    return found;
  });
  if (resolved === null) throw new Error(`Column type of ${column} did not resolve`);
  return resolved;
}

/** The bundle's answer for a name: its message or enum type, else null. */
export function bundleResolver(catalog: Catalog): NamedTypeResolver {
  return (path) => {
    switch (bundleTypeKind(catalog.protoBundleTypes, catalog.protoBundleFiles, path)) {
      case 'proto':
        return protoType(path);
      case 'enum':
        return enumType(path);
      default:
        return null;
    }
  };
}

/**
 * After the bundle changed: the first column (tables and columns in order) whose type it lost
 * fails the statement; the others take the kind (message or enum) the bundle now gives their type.
 */
export function retypeProtoColumns(catalog: Catalog): Catalog {
  const resolve = bundleResolver(catalog);
  let next = catalog;
  for (const table of namedValues(catalog.tables)) {
    const columns = table.columns.map((column) => {
      const type = retyped(column.type, resolve, (name) => {
        throw removedProtoTypeStillUsed(printIdent(name), `${table.name}.${column.name}`);
      });
      return type === column.type ? column : { ...column, type };
    });
    if (columns.some((c, i) => c !== table.columns[i]))
      next = updateTable(next, table.name, (t) => ({ ...t, columns }));
  }
  return next;
}

/** `type` with its proto and enum names resolved anew (the same object when nothing changed). */
function retyped(type: SqlType, resolve: NamedTypeResolver, lost: (name: string) => never): SqlType {
  switch (type.kind) {
    case 'proto':
    case 'enum': {
      const now = resolve(type.name);
      if (now === null) return lost(type.name);
      return now.kind === type.kind ? type : now;
    }
    case 'array': {
      const element = retyped(type.element, resolve, lost);
      return element === type.element ? type : { kind: 'array', element };
    }
    default:
      return type;
  }
}
