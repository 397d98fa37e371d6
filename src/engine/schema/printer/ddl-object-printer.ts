/**
 * Canonical DDL for the schema objects other than tables and indexes: views, sequences, change
 * streams, models, named schemas, placements, locality groups, proto bundles, functions and
 * database options. One function per object kind; ordering across objects is ddl-printer.ts's job.
 */

import type {
  ChangeStreamDef,
  ChangeStreamForDef,
  FunctionDef,
  ModelColumnDef,
  ModelDef,
  NamedOptionsDef,
  SequenceDef,
  ViewDef,
} from './ddl-definitions';
import type { SchemaOption } from '../catalog/schema-option';
import { printIdent, printName } from '../../../sql/printer/ddl-names';
import { printOptionAssignments, printOptionsClause } from './ddl-options-printer';
import { printSequenceParams } from './ddl-table-printer';
import { printColumnType } from './column-type-printer';

export function printCreateView(view: ViewDef): string {
  const security = view.security === null ? '' : ` SQL SECURITY ${view.security}`;
  return `CREATE VIEW ${printName(view.name)}${security} AS ${view.body}`;
}

export function printCreateSequence(sequence: SequenceDef): string {
  const head = `CREATE SEQUENCE ${printName(sequence.name)}`;
  if (sequence.form === 'clauses') {
    return [head, ...printSequenceParams(sequence.params)].join(' ');
  }
  const { sequenceKind, skipRange, startCounterWith } = sequence.params;
  const items: string[] = [];
  if (sequenceKind !== null) items.push(`sequence_kind = '${sequenceKind.toLowerCase()}'`);
  if (skipRange !== null) items.push(`skip_range_min = ${skipRange.min}`, `skip_range_max = ${skipRange.max}`);
  if (startCounterWith !== null) items.push(`start_with_counter = ${startCounterWith}`);
  if (items.length === 0) return head;
  return `${head} OPTIONS (\n${items.map((i) => `  ${i}`).join(',\n')})`;
}

export function printCreateChangeStream(stream: ChangeStreamDef): string {
  let out = `CREATE CHANGE STREAM ${printName(stream.name)}`;
  if (stream.forClause !== null) out += ` FOR ${printChangeStreamFor(stream.forClause)}`;
  const options = printOptionsClause(stream.options, 'padded');
  return options === '' ? out : `${out} ${options}`;
}

function printChangeStreamFor(forClause: ChangeStreamForDef): string {
  if (forClause.kind === 'all') return 'ALL';
  return forClause.tables
    .map((t) => printName(t.table) + (t.columns === null ? '' : `(${t.columns.map(printIdent).join(', ')})`))
    .join(', ');
}

export function printCreateModel(model: ModelDef): string {
  let out = `CREATE MODEL ${printName(model.name)}\n`;
  out += `INPUT(\n${model.input.map(printModelColumn).join('')})\n`;
  out += `OUTPUT(\n${model.output.map(printModelColumn).join('')})\n`;
  if (model.remote) out += 'REMOTE\n';
  if (model.options.length > 0) out += `OPTIONS ( ${printOptionAssignments(model.options, true).join(', ')} )`;
  return out.trimEnd();
}

function printModelColumn(column: ModelColumnDef): string {
  const options = printOptionsClause(column.options, 'padded');
  return `  ${printIdent(column.name)} ${printColumnType(column.type, column.declaredLength)}${options === '' ? '' : ' ' + options},\n`;
}

export function printCreateSchema(name: string): string {
  return `CREATE SCHEMA ${printName(name)}`;
}

export function printCreatePlacement(placement: NamedOptionsDef): string {
  return withPaddedOptions(`CREATE PLACEMENT ${printName(placement.name)}`, placement.options);
}

export function printCreateLocalityGroup(group: NamedOptionsDef): string {
  return withPaddedOptions(`CREATE LOCALITY GROUP ${printName(group.name)}`, group.options);
}

function withPaddedOptions(head: string, options: readonly SchemaOption[]): string {
  const clause = printOptionsClause(options, 'padded');
  return clause === '' ? head : `${head} ${clause}`;
}

export function printCreateProtoBundle(types: readonly string[]): string {
  return `CREATE PROTO BUNDLE (\n${types.map((t) => `  ${t},\n`).join('')})`;
}

/** Functions print as written: Spanner keeps the original statement text. */
export function printCreateFunction(fn: FunctionDef): string {
  return fn.text;
}

/** One `ALTER DATABASE ... SET OPTIONS` statement per option, as GetDatabaseDdl does. */
export function printDatabaseOptions(databaseName: string, options: readonly SchemaOption[]): string[] {
  return printOptionAssignments(options).map(
    (assignment) => `ALTER DATABASE ${printIdent(databaseName)} SET OPTIONS (${assignment})`,
  );
}
