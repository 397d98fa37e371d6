/**
 * Turns CREATE TABLE and CREATE INDEX statements into printable definitions: folds the defaults
 * Spanner fills in (ASC keys, ON DELETE NO ACTION for IN PARENT, AUTO_INCREMENT as an identity
 * column) and drops options set to NULL, which mean "unset". No validation.
 */

import { assertNever } from '../../errors/assert-never';
import type { DdlKeyPart, DdlOption } from '../ast/ddl-common';
import type { DdlCreateIndex, DdlCreateSearchIndex, DdlCreateVectorIndex } from '../ast/ddl-index';
import type {
  DdlCheckConstraint,
  DdlColumnDefinition,
  DdlCreateTable,
  DdlForeignKey,
  DdlSequenceParams,
} from '../ast/ddl-table';
import type {
  CheckDef,
  ColumnDef,
  ForeignKeyDef,
  IndexDef,
  KeyPartDef,
  OptionDef,
  SequenceParamsDef,
  TableDef,
} from './ddl-definitions';

export function tableDefFromAst(stmt: DdlCreateTable): TableDef {
  const foreignKeys = stmt.constraints.filter((c): c is DdlForeignKey => c.kind === 'foreignKey');
  const checks = stmt.constraints.filter((c): c is DdlCheckConstraint => c.kind === 'check');
  const interleave = stmt.interleave;
  return {
    name: stmt.name.name,
    columns: stmt.columns.map(columnDefFromAst),
    foreignKeys: foreignKeys.map(foreignKeyDefFromAst),
    checks: checks.map(checkDefFromAst),
    synonyms: stmt.synonyms.map((s) => s.name),
    primaryKey: keyPartDefs(stmt.primaryKey ?? []),
    interleave:
      interleave === null
        ? null
        : {
            parent: interleave.parent.name,
            inParent: interleave.inParent,
            onDelete: interleave.onDelete ?? 'NO ACTION',
          },
    rowDeletionPolicy:
      stmt.rowDeletionPolicy === null
        ? null
        : { column: stmt.rowDeletionPolicy.column.name, days: stmt.rowDeletionPolicy.days },
    options: optionDefs(stmt.options),
  };
}

export function columnDefFromAst(column: DdlColumnDefinition): ColumnDef {
  const identity =
    column.identity !== null
      ? sequenceParamsDef(column.identity)
      : column.autoIncrement
        ? { sequenceKind: null, skipRange: null, startCounterWith: null }
        : null;
  return {
    name: column.name.name,
    type: column.type,
    notNull: column.notNull,
    generated:
      column.generated === null
        ? null
        : { expression: column.generated.expression.text, stored: column.generated.stored },
    defaultValue: column.defaultValue?.text ?? null,
    onUpdate: column.onUpdate?.text ?? null,
    identity,
    placementKey: column.placementKey,
    hidden: column.hidden,
    options: optionDefs(column.options),
  };
}

export function sequenceParamsDef(params: DdlSequenceParams): SequenceParamsDef {
  return {
    sequenceKind: params.bitReversedPositive ? 'BIT_REVERSED_POSITIVE' : null,
    skipRange: params.skipRange,
    startCounterWith: params.startCounterWith,
  };
}

export function foreignKeyDefFromAst(fk: DdlForeignKey): ForeignKeyDef {
  return {
    name: fk.name?.name ?? null,
    columns: fk.columns.map((c) => c.name),
    referencedTable: fk.referencedTable.name,
    referencedColumns: fk.referencedColumns.map((c) => c.name),
    onDelete: fk.onDelete,
    enforced: fk.enforced ?? true,
  };
}

export function checkDefFromAst(check: DdlCheckConstraint): CheckDef {
  return { name: check.name?.name ?? null, expression: check.expression.text };
}

export function keyPartDefs(parts: readonly DdlKeyPart[]): KeyPartDef[] {
  return parts.map((p) => ({ column: p.column.name, direction: p.direction ?? 'ASC' }));
}

/** Options as the printer wants them: NULL means "unset", so such entries vanish. */
export function optionDefs(options: readonly DdlOption[] | null): OptionDef[] {
  return (options ?? []).filter((o) => o.value.kind !== 'null').map((o) => ({ name: o.name, value: o.value }));
}

export function indexDefFromAst(stmt: DdlCreateIndex | DdlCreateSearchIndex | DdlCreateVectorIndex): IndexDef {
  const base: IndexDef = {
    kind: 'index',
    name: stmt.name.name,
    table: stmt.table.name,
    unique: false,
    nullFiltered: false,
    keys: [],
    storing: stmt.storing.map((c) => c.name),
    partitionBy: [],
    orderBy: [],
    whereNotNull: stmt.whereNotNull.map((c) => c.name),
    interleaveIn: null,
    options: optionDefs(stmt.options),
  };
  switch (stmt.kind) {
    case 'createIndex':
      return {
        ...base,
        unique: stmt.unique,
        nullFiltered: stmt.nullFiltered,
        keys: keyPartDefs(stmt.keys),
        interleaveIn: stmt.interleaveIn?.name ?? null,
      };
    case 'createSearchIndex':
      return {
        ...base,
        kind: 'search',
        keys: keyPartDefs(stmt.keys),
        partitionBy: stmt.partitionBy.map((p) => p.column.name),
        orderBy: keyPartDefs(stmt.orderBy),
        interleaveIn: stmt.interleaveIn?.name ?? null,
      };
    case 'createVectorIndex':
      return {
        ...base,
        kind: 'vector',
        keys: keyPartDefs([stmt.key]),
        partitionBy: stmt.partitionBy.map((p) => p.column.name),
      };
    default:
      return assertNever(stmt, 'index statement');
  }
}
