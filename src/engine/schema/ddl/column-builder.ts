/**
 * Builds catalog columns from DDL column definitions, with Spanner's defaults folded in (an
 * AUTO_INCREMENT column is an identity column; options set to NULL are dropped). Expressions are
 * stored as written, unanalyzed; the constraints code analyzes them afterwards.
 */

import type { DdlExpression, DdlOption } from '../../../sql/ast/ddl-common';
import type { DdlColumnDefinition } from '../../../sql/ast/ddl-table';
import type { OptionDef } from '../../../sql/printer/ddl-definitions';
import { sequenceParamsDef } from '../../../sql/printer/ddl-table-from-ast';
import type { Column, SchemaExpression } from '../catalog/table';

export function buildColumn(def: DdlColumnDefinition): Column {
  return {
    name: def.name.name,
    type: def.type,
    notNull: def.notNull,
    generated:
      def.generated === null
        ? null
        : { expression: schemaExpression(def.generated.expression), stored: def.generated.stored },
    defaultValue: def.defaultValue === null ? null : schemaExpression(def.defaultValue),
    onUpdate: def.onUpdate === null ? null : schemaExpression(def.onUpdate),
    identity:
      def.identity !== null
        ? sequenceParamsDef(def.identity)
        : def.autoIncrement
          ? { sequenceKind: null, skipRange: null, startCounterWith: null }
          : null,
    placementKey: def.placementKey,
    hidden: def.hidden,
    options: nonNullOptions(def.options),
  };
}

export function schemaExpression(expression: DdlExpression): SchemaExpression {
  return { text: expression.text, ast: expression.ast, dependencies: [] };
}

/** Options as stored: NULL means "unset", so such entries are dropped. */
export function nonNullOptions(options: readonly DdlOption[] | null): OptionDef[] {
  return (options ?? []).filter((o) => o.value.kind !== 'null').map((o) => ({ name: o.name, value: o.value }));
}

/** True when a column carries an expression the constraints code must analyze. */
export function hasColumnExpression(column: Column): boolean {
  return column.generated !== null || column.defaultValue !== null || column.onUpdate !== null;
}
