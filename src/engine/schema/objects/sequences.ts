/**
 * Sequences (CREATE / ALTER / DROP SEQUENCE) in the OPTIONS and the clause forms. A sequence keeps
 * the form it was written in (GetDatabaseDdl prints it that way) and refuses changes in the other
 * form. Without an explicit kind the database's default_sequence_kind must supply one. A sequence
 * used by a column expression or a view cannot be dropped. Counter values are the data plane's.
 */

import { duplicateNameInSchema } from '../../../errors/schema-errors';
import {
  dropWithDependentColumn,
  sequenceClauseAndOptionsMixed,
  sequenceNotFoundInSchema,
  unspecifiedSequenceKind,
} from '../../../errors/schema-object-errors';
import type { DdlAlterSequence, DdlCreateSequence, DdlDropSequence } from '../../../sql/ast/ddl-sequence';
import type { SchemaOption } from '../catalog/schema-option';
import type { SequenceParams } from '../catalog/sequence-params';
import type { Catalog } from '../catalog/catalog';
import { objectNameInUse } from './object-namespace';
import { databaseOptionsOf } from '../catalog/database-options';
import { lookupNamed, putNamed, removeNamed } from '../catalog/named-map';
import type { Sequence } from '../catalog/schema-objects';
import type { ApplyContext } from '../ddl/apply-context';
import { firstColumnUsingObject } from './object-references';
import { mergedOptions, optionDefs } from './object-options';
import { requireSchemaOfName, validateObjectName } from './object-names';
import {
  applySequenceOptions,
  BIT_REVERSED_POSITIVE,
  checkSequenceOptionSyntax,
  hasSequenceKindOption,
  NO_SEQUENCE_PARAMS,
  optionsFromClauses,
  skipRangeOptions,
  START_WITH_COUNTER_OPTION,
  validateSequenceOptions,
} from './sequence-options';
import { checkDropByDependents } from './schema-dependents';

export function createSequence(catalog: Catalog, stmt: DdlCreateSequence, ctx: ApplyContext): Catalog {
  const name = stmt.name.name;
  checkSequenceOptionSyntax(optionDefs(stmt.options), ctx.statementText);
  if (stmt.ifNotExists && lookupNamed(catalog.sequences, name) !== undefined) return catalog;
  if (objectNameInUse(catalog, name) !== undefined) throw duplicateNameInSchema(name);
  if (stmt.params !== null && stmt.options !== null) throw sequenceClauseAndOptionsMixed(name);
  const options = stmt.params !== null ? optionsFromClauses(stmt.params) : optionDefs(stmt.options);
  validateSequenceOptions(options, null);
  if (!hasSequenceKindOption(options) && !defaultKindIsSet(catalog)) throw unspecifiedSequenceKind();
  requireSchemaOfName(catalog, name);
  validateObjectName('Sequence', name);
  const sequence: Sequence = {
    name,
    form: stmt.params !== null ? 'clauses' : 'options',
    params: applySequenceOptions(NO_SEQUENCE_PARAMS, options),
    options: mergedOptions([], options),
  };
  return { ...catalog, sequences: putNamed(catalog.sequences, sequence) };
}

function defaultKindIsSet(catalog: Catalog): boolean {
  return databaseOptionsOf(catalog).defaultSequenceKind === BIT_REVERSED_POSITIVE;
}

export function alterSequence(catalog: Catalog, stmt: DdlAlterSequence, ctx: ApplyContext): Catalog {
  if (stmt.action.kind === 'setOptions') checkSequenceOptionSyntax(optionDefs(stmt.action.options), ctx.statementText);
  const current = lookupNamed(catalog.sequences, stmt.name.name);
  if (current === undefined) {
    if (stmt.ifExists) return catalog;
    throw sequenceNotFoundInSchema(stmt.name.name);
  }
  const { options, form } = alterationOptions(current, stmt.action);
  validateSequenceOptions(options, current.params);
  const next: Sequence = {
    ...current,
    form,
    params: applySequenceOptions(current.params, options),
    options: mergedOptions(current.options, options),
  };
  return { ...catalog, sequences: putNamed(catalog.sequences, next) };
}

/**
 * The options an ALTER stands for, and the form the sequence has afterwards. A sequence written
 * with neither clauses nor options (its kind from the database default) accepts either form.
 */
function alterationOptions(
  current: Sequence,
  action: DdlAlterSequence['action'],
): { options: SchemaOption[]; form: Sequence['form'] } {
  const written = writtenForm(current);
  const wantsOptions = action.kind === 'setOptions';
  if (written !== null && written !== (wantsOptions ? 'options' : 'clauses')) {
    throw sequenceClauseAndOptionsMixed(current.name);
  }
  switch (action.kind) {
    case 'setOptions':
      return { options: optionDefs(action.options), form: 'options' };
    case 'restartCounter':
      return {
        options: [{ name: START_WITH_COUNTER_OPTION, value: { kind: 'int', value: action.value } }],
        form: 'clauses',
      };
    case 'skipRange':
      return { options: skipRangeOptions({ min: action.min, max: action.max }), form: 'clauses' };
    case 'noSkipRange':
      return { options: skipRangeOptions(null), form: 'clauses' };
  }
}

function writtenForm(sequence: Sequence): Sequence['form'] | null {
  const bare = sequence.options.length === 0 && sameParams(sequence.params, NO_SEQUENCE_PARAMS);
  return bare ? null : sequence.form;
}

function sameParams(a: SequenceParams, b: SequenceParams): boolean {
  return (
    a.sequenceKind === b.sequenceKind &&
    a.startCounterWith === b.startCounterWith &&
    a.skipRange?.min === b.skipRange?.min &&
    a.skipRange?.max === b.skipRange?.max
  );
}

export function dropSequence(catalog: Catalog, stmt: DdlDropSequence, ctx: ApplyContext): Catalog {
  void ctx;
  const sequence = lookupNamed(catalog.sequences, stmt.name.name);
  if (sequence === undefined) {
    if (stmt.ifExists) return catalog;
    throw sequenceNotFoundInSchema(stmt.name.name);
  }
  const column = firstColumnUsingObject(catalog.tables.values(), 'SEQUENCE', sequence.name);
  if (column !== undefined) throw dropWithDependentColumn('SEQUENCE', sequence.name, column);
  checkDropByDependents(catalog, { kind: 'sequence', name: sequence.name });
  return { ...catalog, sequences: removeNamed(catalog.sequences, sequence.name) };
}
