/**
 * Whether a table's (or an index's) key extends its interleave parent's key: same columns in the
 * same order, with the same types, lengths, sort orders and nullability, within the nesting limit.
 * Used by CREATE TABLE, CREATE INDEX ... INTERLEAVE IN and the ALTERs that touch key columns.
 */

import {
  incorrectParentKeyLength,
  incorrectParentKeyNullability,
  incorrectParentKeyOrder,
  incorrectParentKeyPosition,
  incorrectParentKeyType,
  mustReferenceParentKeyColumn,
} from '../../../errors/interleave-errors';
import { deepNesting } from '../../../errors/schema-errors';
import type { Catalog } from '../catalog/catalog';
import { findColumn, findTable } from '../catalog/catalog-lookup';
import { declaredLength, sameType, typeName } from '../catalog/column-types';
import type { Column, Table } from '../catalog/table';

const MAX_INTERLEAVING_DEPTH = 7;

export interface KeyedChild {
  objectType: 'Table' | 'Index';
  name: string;
  key: readonly { column: Column; descending: boolean }[];
  /** Null-filtered indexes ignore nullability differences. */
  ignoreNullability: boolean;
}

/** The key of a table with its columns resolved (key columns are known to exist). */
export function resolvedKey(table: Table): { column: Column; descending: boolean }[] {
  return table.primaryKey.flatMap((k) => {
    const column = findColumn(table, k.column);
    return column === undefined ? [] : [{ column, descending: k.direction === 'DESC' }];
  });
}

export function checkParentKeyCompatibility(child: KeyedChild, parent: Table): void {
  const parentKey = resolvedKey(parent);
  parentKey.forEach((parentPart, i) => {
    const childPart = child.key[i];
    if (childPart === undefined) {
      throw mustReferenceParentKeyColumn(child.objectType, child.name, parentPart.column.name);
    }
    // A child table's key columns must spell the parent's key column names exactly.
    if (child.objectType === 'Table' && childPart.column.name !== parentPart.column.name) {
      const position = child.key.findIndex((p) => p.column.name === parentPart.column.name);
      if (position >= 0)
        throw incorrectParentKeyPosition(child.objectType, child.name, parentPart.column.name, position);
      throw mustReferenceParentKeyColumn(child.objectType, child.name, parentPart.column.name);
    }
    checkKeyPart(child, childPart, parentPart);
  });
}

function checkKeyPart(
  child: KeyedChild,
  childPart: { column: Column; descending: boolean },
  parentPart: { column: Column; descending: boolean },
): void {
  const parentName = parentPart.column.name;
  if (childPart.descending !== parentPart.descending) {
    throw incorrectParentKeyOrder(child.objectType, child.name, parentName, childPart.descending ? 'ASC' : 'DESC');
  }
  const childType = childPart.column.type;
  const parentType = parentPart.column.type;
  if (!sameType(childType, parentType)) {
    throw incorrectParentKeyType(child.objectType, child.name, parentName, typeName(childType), typeName(parentType));
  }
  const childLength = declaredLength(childPart.column.declaredLength);
  const parentLength = declaredLength(parentPart.column.declaredLength);
  if (childLength !== parentLength) {
    const text = (n: number | null) => (n === null ? 'MAX' : String(n));
    throw incorrectParentKeyLength(child.objectType, child.name, parentName, text(childLength), text(parentLength));
  }
  if (child.ignoreNullability || childPart.column.notNull === parentPart.column.notNull) return;
  if (child.objectType === 'Index' && childPart.column.notNull) return;
  const nullability = (notNull: boolean) => (notNull ? 'not null' : 'nullable');
  throw incorrectParentKeyNullability(
    child.objectType,
    child.name,
    parentName,
    nullability(parentPart.column.notNull),
    nullability(childPart.column.notNull),
  );
}

/** Refuses a chain of parents deeper than Spanner allows (`depth` counts the child itself). */
export function checkInterleaveDepth(catalog: Catalog, child: KeyedChild, parent: Table): void {
  let depth = 2;
  for (let t: Table | undefined = parent; t?.interleave; t = findTable(catalog, t.interleave.parent)) {
    depth++;
    if (depth > MAX_INTERLEAVING_DEPTH) throw deepNesting(child.objectType, child.name, MAX_INTERLEAVING_DEPTH);
  }
}

/** The chain of ancestors of `table`, nearest first. */
export function ancestorsOf(catalog: Catalog, table: Table): Table[] {
  const out: Table[] = [];
  for (let t = table; t.interleave !== null;) {
    const parent = findTable(catalog, t.interleave.parent);
    if (parent === undefined || out.includes(parent)) break;
    out.push(parent);
    t = parent;
  }
  return out;
}
