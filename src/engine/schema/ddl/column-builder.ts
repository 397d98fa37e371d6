/**
 * Builds catalog columns from DDL column definitions, with Spanner's defaults folded in (an
 * AUTO_INCREMENT column is an identity column; options set to NULL are dropped). The DDL type is
 * converted here, once: the semantic type (proto and enum names resolved against the bundle),
 * the declared lengths DDL prints, and the facts derived from them and the options. Expressions
 * are stored as written, unanalyzed; the constraints code analyzes them afterwards.
 */

import type { DdlColumnType, DdlExpression } from '../../../sql/ast/ddl-common';
import type { DdlColumnDefinition, DdlSequenceParams } from '../../../sql/ast/ddl-table';
import type { Catalog } from '../catalog/catalog';
import { maxLengthOf } from '../catalog/column-types';
import { findOption } from '../catalog/database-options';
import type { SchemaOption } from '../catalog/schema-option';
import type { SequenceParams } from '../catalog/sequence-params';
import type { Column, SchemaExpression } from '../catalog/table';
import { nonNullOptions } from '../objects/object-options';
import { columnTypeOf } from '../objects/proto-column-types';
import { NO_SEQUENCE_PARAMS } from '../objects/sequence-options';

export function buildColumn(catalog: Catalog, def: DdlColumnDefinition): Column {
  const type = columnTypeOf(catalog, def.name.name, def.type);
  const declaredLength = declaredLengthOf(def.type);
  const options = nonNullOptions(def.options);
  return {
    name: def.name.name,
    type,
    declaredLength,
    vectorLength: vectorLengthOf(def.type),
    maxLength: maxLengthOf(type, declaredLength),
    notNull: def.notNull,
    allowsCommitTimestamp: allowsCommitTimestampIn(options),
    generated:
      def.generated === null
        ? null
        : { expression: schemaExpression(def.generated.expression), stored: def.generated.stored },
    defaultValue: def.defaultValue === null ? null : schemaExpression(def.defaultValue),
    onUpdate: def.onUpdate === null ? null : schemaExpression(def.onUpdate),
    identity: def.identity !== null ? identityParams(def.identity) : def.autoIncrement ? NO_SEQUENCE_PARAMS : null,
    placementKey: def.placementKey,
    hidden: def.hidden,
    options,
  };
}

/** The column with a new OPTIONS list, and the facts derived from it. */
export function withColumnOptions(column: Column, options: readonly SchemaOption[]): Column {
  return { ...column, options, allowsCommitTimestamp: allowsCommitTimestampIn(options) };
}

/** STRING(n) / BYTES(n), also as an array's element type: n or MAX; null for other types. */
export function declaredLengthOf(type: DdlColumnType): number | 'MAX' | null {
  const base = type.kind === 'array' ? type.element : type;
  return base.kind === 'sized' ? base.length : null;
}

export function vectorLengthOf(type: DdlColumnType): number | null {
  return type.kind === 'array' ? type.vectorLength : null;
}

/** Whether allow_commit_timestamp is set to true. */
function allowsCommitTimestampIn(options: readonly SchemaOption[]): boolean {
  const value = findOption(options, 'allow_commit_timestamp')?.value;
  return value?.kind === 'bool' && value.value;
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
