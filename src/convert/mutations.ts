/**
 * google.spanner.v1.Mutation to plain engine mutations, checking what belongs to the wire form,
 * with the official emulator's errors: a table is named and exists, the columns exist (names are
 * case-insensitive; the schema's spelling is kept), each row has one value per column, values fit
 * the column types, no column is given twice, delete ranges differ only in their last key part.
 * `spanner.commit_timestamp()` in a TIMESTAMP column becomes the commit-timestamp marker. Schema
 * facts come from a caller-supplied lookup, so this does not depend on the catalog's shape.
 * Constraint checks (NOT NULL, existence, keys, lengths, commit-timestamp options, generated
 * columns, foreign keys) are the transaction layer's.
 */
import type {
  Mutation as WireMutation,
  Mutation_Delete,
  Mutation_Write,
} from '../../generated/google/spanner/v1/mutation';
import type { DeleteMutation, Mutation, WriteKind, WriteMutation } from '../engine/mutation/mutation';
import type { SqlType } from '../engine/query/analyzer/sql-type';
import { valueTypeOf } from '../engine/query/analyzer/value-type';
import { nameKey } from '../engine/schema/catalog/named-map';
import type { KeyRange } from '../engine/storage/key-range';
import {
  badDeleteRange,
  multipleValuesForColumn,
  mutationColumnAndValueSizeMismatch,
  mutationTableRequired,
  queueMutationsNotSupported,
} from '../errors/mutation-errors';
import { columnNotFound, tableNotFound } from '../errors/schema-errors';
import { assertNever } from '../errors/assert-never';
import { missingRequiredField } from '../errors/general-errors';
import { keyText } from '../types/key-text';
import type { SpannerValue } from '../types/spanner-value';
import { compareValues } from '../types/value-order';
import { KeyShape, keySetFromProto } from './keys';
import { valueFromProto } from './values';
import { messageText } from './wire-value';

export interface MutationColumn {
  readonly name: string;
  readonly type: SqlType;
}

/** What a mutation needs to know of a table. */
export interface MutationTable {
  /** As the schema spells it. */
  readonly name: string;
  readonly columns: readonly MutationColumn[];
  /** The primary key in key order; each name is one of `columns`. */
  readonly keyColumns: readonly { readonly name: string; readonly desc: boolean }[];
}

/** Finds a table by name, case-insensitively, as the caller's schema knows it. */
export type MutationTableLookup = (table: string) => MutationTable | undefined;

export type ConvertedMutation = Mutation;
export type { DeleteMutation, WriteMutation };

/** Converts a Commit's mutations in order; the first refusal throws and nothing is returned. */
export function mutationsFromProto(
  mutations: readonly WireMutation[],
  lookup: MutationTableLookup,
): ConvertedMutation[] {
  const tables = new TableCache(lookup);
  const converted = mutations.map((m) => mutationFromProto(m, tables));
  // As in Spanner's emulator, repeated columns are refused after every value has been read.
  for (const m of converted) if (m.kind !== 'delete') checkColumnsDistinct(m.columns);
  return converted;
}

function mutationFromProto(mutation: WireMutation, tables: TableCache): ConvertedMutation {
  const operation = mutation.operation;
  if (operation === undefined) throw missingRequiredField('Mutation.operation');
  switch (operation.$case) {
    case 'insert':
    case 'update':
    case 'insertOrUpdate':
    case 'replace':
      return writeFromProto(operation.$case, operation.value, tables);
    case 'delete':
      return deleteFromProto(operation.value, tables);
    case 'send':
    case 'ack':
      throw queueMutationsNotSupported(operation.$case);
    default:
      return assertNever(operation, 'mutation operation');
  }
}

function writeFromProto(kind: WriteKind, write: Mutation_Write, tables: TableCache): WriteMutation {
  const table = tables.find(write.table);
  const columns = write.columns.map((name) => table.column(name, write.table));
  if (write.values.length === 0) throw missingRequiredField('Write.values');
  const rows = write.values.map((row: unknown) => {
    const values: readonly unknown[] = Array.isArray(row) ? row : [];
    if (values.length !== columns.length) throw mutationColumnAndValueSizeMismatch(columns.length, values.length);
    return values.map((v, i) => valueFromProto(v, columns[i].type, { allowCommitTimestamp: true }));
  });
  return { kind, table: table.name, columns: columns.map((c) => c.name), rows };
}

function deleteFromProto(del: Mutation_Delete, tables: TableCache): DeleteMutation {
  const table = tables.find(del.table);
  const keySet = keySetFromProto(del.keySet, table.key);
  for (const range of keySet.ranges) checkDeleteRange(range, table.key);
  return { kind: 'delete', table: table.name, keySet };
}

function checkColumnsDistinct(columns: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of columns) {
    if (seen.has(nameKey(name))) throw multipleValuesForColumn(name);
    seen.add(nameKey(name));
  }
}

/** Spanner deletes ranges whose bounds share all but (at most) their last key part. */
function checkDeleteRange(range: KeyRange, key: KeyShape): void {
  const longest = Math.max(range.start.length, range.end.length);
  const shortest = Math.min(range.start.length, range.end.length);
  if (longest === 0) return;
  const shared = longest === shortest ? shortest - 1 : shortest;
  const valid =
    longest <= shortest + 1 &&
    range.start.slice(0, shared).every((v, i) => compareValues(valueTypeOf(key.parts[i].type), v, range.end[i]) === 0);
  if (!valid) throw badDeleteRange(deleteKeyText(range.start, key), deleteKeyText(range.end, key));
}

function deleteKeyText(values: readonly SpannerValue[], key: KeyShape): string {
  const parts = values.map((_, i) => ({ type: valueTypeOf(key.parts[i].type), desc: key.parts[i].desc }));
  return keyText(parts, values);
}

/** One lookup per table name per request; columns by case-insensitive name. */
class TableCache {
  private readonly tables = new Map<string, ResolvedTable>();
  constructor(private readonly lookup: MutationTableLookup) {}

  find(name: string): ResolvedTable {
    if (name === '') throw mutationTableRequired();
    let table = this.tables.get(nameKey(name));
    if (table === undefined) {
      const found = this.lookup(name);
      if (found === undefined) throw tableNotFound(messageText(name));
      table = new ResolvedTable(found);
      this.tables.set(nameKey(name), table);
    }
    return table;
  }
}

class ResolvedTable {
  readonly name: string;
  readonly key: KeyShape;
  private readonly columns: ReadonlyMap<string, MutationColumn>;

  constructor(table: MutationTable) {
    this.name = table.name;
    this.columns = new Map(table.columns.map((c) => [nameKey(c.name), c]));
    const parts = table.keyColumns.map((k) => ({ type: this.column(k.name, table.name).type, desc: k.desc }));
    this.key = { name: table.name, parts };
  }

  /** `asWritten` is the table name as the mutation gave it, for the message. */
  column(name: string, asWritten: string): MutationColumn {
    const column = this.columns.get(nameKey(name));
    if (column === undefined) throw columnNotFound(messageText(asWritten), messageText(name));
    return column;
  }
}
