/**
 * Printable definitions for the non-table CREATE statements (views, sequences, change streams,
 * models, placements, locality groups, functions). Same rules as ddl-table-from-ast.ts: Spanner's
 * defaults filled in, NULL options dropped, nothing validated.
 */

import type { DdlOption } from '../ast/ddl-common';
import type { DdlCreateChangeStream } from '../ast/ddl-change-stream';
import type { DdlCreateLocalityGroup, DdlCreatePlacement } from '../ast/ddl-database';
import type { DdlCreateModel } from '../ast/ddl-model';
import type { DdlCreateSequence } from '../ast/ddl-sequence';
import type { DdlColumnDefinition } from '../ast/ddl-table';
import type { DdlCreateFunction, DdlCreateView } from '../ast/ddl-view';
import type {
  ChangeStreamDef,
  FunctionDef,
  ModelColumnDef,
  ModelDef,
  NamedOptionsDef,
  SequenceDef,
  SequenceParamsDef,
  ViewDef,
} from './ddl-definitions';
import { optionDefs, sequenceParamsDef } from './ddl-table-from-ast';

export function viewDefFromAst(stmt: DdlCreateView, dependsOn: string[] = []): ViewDef {
  return { name: stmt.name.name, security: stmt.security, body: stmt.query.text, dependsOn };
}

export function sequenceDefFromAst(stmt: DdlCreateSequence): SequenceDef {
  if (stmt.options !== null) {
    return { name: stmt.name.name, form: 'options', params: sequenceParamsFromOptions(stmt.options) };
  }
  const params =
    stmt.params === null
      ? { sequenceKind: null, skipRange: null, startCounterWith: null }
      : sequenceParamsDef(stmt.params);
  return { name: stmt.name.name, form: 'clauses', params };
}

/** Reads sequence_kind, skip_range_min/max and start_with_counter; other options are ignored. */
export function sequenceParamsFromOptions(options: readonly DdlOption[]): SequenceParamsDef {
  const text = (name: string): string | null => {
    const option = options.find((o) => o.name.toLowerCase() === name);
    if (option === undefined) return null;
    const v = option.value;
    return v.kind === 'string' || v.kind === 'int' ? v.value : null;
  };
  const min = text('skip_range_min');
  const max = text('skip_range_max');
  return {
    sequenceKind: text('sequence_kind'),
    skipRange: min !== null && max !== null ? { min, max } : null,
    startCounterWith: text('start_with_counter'),
  };
}

export function changeStreamDefFromAst(stmt: DdlCreateChangeStream): ChangeStreamDef {
  const forClause = stmt.forClause;
  return {
    name: stmt.name.name,
    forClause:
      forClause === null
        ? null
        : forClause.kind === 'all'
          ? { kind: 'all' }
          : {
              kind: 'tables',
              tables: forClause.tables.map((t) => ({
                table: t.table.name,
                columns: t.columns === null ? null : t.columns.map((c) => c.name),
              })),
            },
    options: optionDefs(stmt.options),
  };
}

export function modelDefFromAst(stmt: DdlCreateModel): ModelDef {
  return {
    name: stmt.name.name,
    input: (stmt.input ?? []).map(modelColumnDef),
    output: (stmt.output ?? []).map(modelColumnDef),
    remote: stmt.remote,
    options: optionDefs(stmt.options),
  };
}

function modelColumnDef(column: DdlColumnDefinition): ModelColumnDef {
  return { name: column.name.name, type: column.type, options: optionDefs(column.options) };
}

export function namedOptionsDefFromAst(stmt: DdlCreatePlacement | DdlCreateLocalityGroup): NamedOptionsDef {
  return { name: stmt.name === null ? 'default' : stmt.name.name, options: optionDefs(stmt.options) };
}

export function functionDefFromAst(stmt: DdlCreateFunction): FunctionDef {
  return { name: stmt.name.name, text: stmt.text };
}
