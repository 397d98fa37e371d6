/**
 * Factories for errors of interleaving: a table or index whose key does not extend its parent's,
 * ON DELETE rules, changes of the interleaving. Messages are Spanner's, verbatim; `objectType` is
 * "Table" or "Index".
 */

import { Code } from './codes';
import { SpannerError } from './spanner-error';
import { failed as precondition, invalid } from './status-builders';

export function mustReferenceParentKeyColumn(objectType: string, name: string, parentColumn: string): SpannerError {
  const index = objectType === 'Index' ? 'index ' : '';
  return precondition(`${objectType} ${name} does not reference ${index}parent key column ${parentColumn}.`);
}

export function incorrectParentKeyPosition(
  objectType: string,
  name: string,
  parentColumn: string,
  position: number,
): SpannerError {
  return precondition(
    `${objectType} ${name} references parent key column ${parentColumn} at incorrect position ${position}.`,
  );
}

export function incorrectParentKeyOrder(
  objectType: string,
  name: string,
  parentColumn: string,
  order: string,
): SpannerError {
  return precondition(
    `${objectType} ${name} references parent key column ${parentColumn} with incorrect order ${order}.`,
  );
}

export function incorrectParentKeyType(
  objectType: string,
  name: string,
  parentColumn: string,
  childType: string,
  parentType: string,
): SpannerError {
  return precondition(
    `${objectType} ${name} references parent key column ${parentColumn} with incorrect type ${childType} (should be ${parentType}).`,
  );
}

export function incorrectParentKeyLength(
  objectType: string,
  name: string,
  parentColumn: string,
  childLength: string,
  parentLength: string,
): SpannerError {
  return precondition(
    `${objectType} ${name} references parent key column ${parentColumn} with incorrect length ${childLength} (should be ${parentLength}).`,
  );
}

export function incorrectParentKeyNullability(
  objectType: string,
  name: string,
  parentColumn: string,
  parentNullability: string,
  childNullability: string,
): SpannerError {
  return precondition(
    `${objectType} ${name} references parent key column ${parentColumn} that is ${parentNullability}, but child key is ${childNullability}.`,
  );
}

export function setOnDeleteWithoutInterleaving(table: string): SpannerError {
  return invalid(`Cannot SET ON DELETE on table ${table} that does not have an INTERLEAVE clause.`);
}

export function setOnDeleteOnInterleaveInTable(table: string): SpannerError {
  return invalid(`Cannot SET ON DELETE on an INTERLEAVE IN table ${table}.`);
}

export function changeInterleavingNotAllowed(table: string): SpannerError {
  return invalid(`Cannot change interleaving behavior of table ${table}.`);
}

export function changeInterleavingTableNotAllowed(table: string): SpannerError {
  return invalid(`Cannot change the interleaving table of table ${table}.`);
}

export function interleaveInToInParentOnDeleteCascadeUnsupported(table: string): SpannerError {
  return new SpannerError(
    Code.UNIMPLEMENTED,
    `Altering the table ${table} from INTERLEAVE IN to INTERLEAVE IN PARENT ON DELETE CASCADE is not supported. ` +
      'Please migrate the table to INTERLEAVE IN PARENT ON DELETE NO ACTION first, then migrate it to ON DELETE CASCADE.',
  );
}

export function alteringParentColumn(qualifiedColumn: string): SpannerError {
  return invalid(`Cannot alter parent key column ${qualifiedColumn}.`);
}

export function cannotChangeKeyColumnWithChildTables(qualifiedColumn: string): SpannerError {
  return invalid(`Requested change to key column ${qualifiedColumn} could not be made.`);
}

export function dropTableWithInterleavedTables(table: string, children: string): SpannerError {
  return precondition(`Cannot drop table ${table} with interleaved tables: ${children}.`);
}
