/**
 * OPTIONS lists of schema objects as the catalog stores them: statement options become option
 * definitions, NULL meaning "unset", and SET OPTIONS merges into the current list keeping the
 * order options were first set (which is the order GetDatabaseDdl prints them in). Which names
 * and values an object accepts is each object's own rule.
 */

import type { DdlOption, DdlOptionValue } from '../../../sql/ast/ddl-common';
import type { SchemaOption } from '../catalog/schema-option';
import { mergeOptions } from '../catalog/database-options';

export function optionDefs(options: readonly DdlOption[] | null): SchemaOption[] {
  return (options ?? []).map((o) => ({ name: o.name, value: o.value }));
}

/** Options of a new object: those set to NULL are simply not set. */
export function nonNullOptions(options: readonly DdlOption[] | null): SchemaOption[] {
  return optionDefs(options).filter((o) => o.value.kind !== 'null');
}

/** The list after `SET OPTIONS (...)`: NULL unsets, known names keep their place, new ones append. */
export function mergedOptions(
  current: readonly SchemaOption[],
  updates: readonly DdlOption[] | readonly SchemaOption[],
): SchemaOption[] {
  return mergeOptions(
    current,
    updates.map((o) => ({ name: o.name, value: o.value })),
  );
}

export function findOptionValue(options: readonly SchemaOption[], name: string): DdlOptionValue | undefined {
  const key = name.toLowerCase();
  return options.find((o) => o.name.toLowerCase() === key)?.value;
}
