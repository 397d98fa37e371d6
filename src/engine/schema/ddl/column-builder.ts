/**
 * Builds catalog columns from DDL column definitions, with Spanner's defaults folded in (an
 * AUTO_INCREMENT column is an identity column; options set to NULL are dropped). Expressions are
 * stored as written, unanalyzed; the constraints code analyzes them afterwards.
 */

import type { DdlExpression } from '../../../sql/ast/ddl-common';
import type { DdlColumnDefinition, DdlSequenceParams } from '../../../sql/ast/ddl-table';
import type { SequenceParams } from '../catalog/sequence-params';
import type { Column, SchemaExpression } from '../catalog/table';
import { nonNullOptions } from '../objects/object-options';
import { NO_SEQUENCE_PARAMS } from '../objects/sequence-options';

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
    identity: def.identity !== null ? identityParams(def.identity) : def.autoIncrement ? NO_SEQUENCE_PARAMS : null,
    placementKey: def.placementKey,
    hidden: def.hidden,
    options: nonNullOptions(def.options),
  };
}

/** The clause form's parameters: `BIT_REVERSED_POSITIVE` is the only kind it can name. */
function identityParams(params: DdlSequenceParams): SequenceParams {
  return {
    sequenceKind: params.bitReversedPositive ? 'BIT_REVERSED_POSITIVE' : null,
    skipRange: params.skipRange,
    startCounterWith: params.startCounterWith,
  };
}

export function schemaExpression(expression: DdlExpression): SchemaExpression {
  return { text: expression.text, ast: expression.ast, dependencies: [] };
}

/** True when a column carries an expression the constraints code must analyze. */
export function hasColumnExpression(column: Column): boolean {
  return column.generated !== null || column.defaultValue !== null || column.onUpdate !== null;
}
