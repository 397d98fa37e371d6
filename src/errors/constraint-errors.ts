/**
 * Factories for the errors of CHECK constraints, FOREIGN KEYs and column expressions (generated
 * columns, DEFAULT, ON UPDATE), worded as Spanner and its emulator word them.
 */

import { Code } from './codes';
import { SpannerError } from './spanner-error';
import { failed as precondition, invalid } from './status-builders';

/** Constraint names follow the schema name rules; `kind` is empty for check constraints. */
export function invalidConstraintName(kind: string, name: string): SpannerError {
  return invalid(`${kind} name not valid: ${name}.`);
}

export function reservedConstraintNamePrefix(kind: string, name: string, prefix: string): SpannerError {
  return invalid(`Invalid ${kind} name: ${name}. Prefix ${prefix} cannot be used.`);
}

// Column expressions.

export function cycleDetected(objectType: string, cycle: readonly string[]): SpannerError {
  return precondition(`Cycle detected while analysing ${objectType}, which include objects (${cycle.join(',')})`);
}

export function generatedColumnDefinitionError(table: string, column: string, message: string): SpannerError {
  return invalid(`Error parsing the definition of generated column \`${table}\`.\`${column}\`: ${message}`);
}

export function columnDefaultValueError(table: string, column: string, message: string): SpannerError {
  return invalid(`Error parsing the default value of column \`${table}\`.\`${column}\`: ${message}`);
}

export function checkConstraintExpressionError(
  table: string,
  expression: string,
  name: string,
  message: string,
): SpannerError {
  return invalid(
    `Error parsing expression '${expression}' from check constraint '${name}' in table '${table}': ${message}`,
  );
}

/** `use` names the context: "check constraints", "stored generated columns", "column default". */
export function nonScalarExpression(use: string): SpannerError {
  return invalid(`Cannot use non-scalar expressions inside ${use}.`);
}

export function nonDeterministicFunction(fn: string, use: string): SpannerError {
  return precondition(
    `Expression is non-deterministic due to the use of non-determinstic function \`${fn}\`. Expression of ${use} must yield the same value for the same dependent column values. Non-deterministic functions inside the expressions are not allowed.`,
  );
}

export function expressionTooDeep(depth: number, max: number): SpannerError {
  return invalid(`Expression depth of ${depth} exceeds the maximum allowed depth of ${max}.`);
}

export function nonStoredGeneratedColumnNotNull(qualifiedColumn: string): SpannerError {
  return invalid(
    `Generated column \`${qualifiedColumn}\` that are not marked as STORED cannot be specified as NOT NULL.`,
  );
}

export function dropColumnReferencedByGeneratedColumn(column: string, table: string, generated: string): SpannerError {
  return precondition(
    `Cannot drop column \`${column}\` from table \`${table}\` because it is referenced by generated column \`${generated}\`.`,
  );
}

export function cannotConvertGeneratedToRegular(table: string, column: string): SpannerError {
  return invalid(`Cannot convert generated column \`${table}.${column}\` to a regular column.`);
}

export function cannotConvertRegularToGenerated(table: string, column: string): SpannerError {
  return invalid(`Cannot convert column \`${table}.${column}\` to a generated column.`);
}

export function cannotAlterGeneratedColumnType(table: string, column: string): SpannerError {
  return invalid(`Cannot change the data type of a stored generated column \`${table}.${column}\`.`);
}

export function cannotAlterGeneratedColumnExpression(table: string, column: string): SpannerError {
  return invalid(
    `Cannot change the expression of a generated column \`${table}.${column}\` because it is stored or has other dependencies.`,
  );
}

export function cannotAlterGeneratedColumnStored(table: string, column: string): SpannerError {
  return invalid(`Cannot change the STORED attribute for generated column \`${table}.${column}\`.`);
}

export function cannotAlterTypeWithDependentGeneratedColumn(column: string): SpannerError {
  return precondition(
    `Cannot change the data type of column \`${column}\`, which has a dependent stored generated column.`,
  );
}

export function commitTimestampGeneratedColumnDependency(column: string): SpannerError {
  return precondition(
    `Cannot use commit timestamp column \`${column}\` as a dependency of a materialized generated column.`,
  );
}

export function defaultAndGeneratedColumn(column: string): SpannerError {
  return precondition(`Column ${column} with a DEFAULT value cannot be a generated column and vice versa.`);
}

export function defaultWithColumnReference(column: string): SpannerError {
  return invalid(
    `Default value expression of column \`${column}\` has a reference to another column. Default expressions referencing other columns are not supported.`,
  );
}

export function commitTimestampColumnDefault(column: string): SpannerError {
  return precondition(
    `The only default value expression permitted for commit timestamp column \`${column}\` is PENDING_COMMIT_TIMESTAMP().`,
  );
}

export function pendingCommitTimestampDefaultWithoutOption(column: string): SpannerError {
  return precondition(
    `Cannot use default value expression PENDING_COMMIT_TIMESTAMP() on column \`${column}\` without the allow_commit_timestamp column option.`,
  );
}

export function onUpdateWithoutDefault(column: string): SpannerError {
  return invalid(`Column \`${column}\` with an ON UPDATE expression must have an identical DEFAULT value expression.`);
}

export function onUpdateDefaultMismatch(column: string): SpannerError {
  return invalid(`The ON UPDATE expression of column \`${column}\` does not match the DEFAULT value expression.`);
}

export function onUpdateMustBePendingCommitTimestamp(): SpannerError {
  return invalid('PENDING_COMMIT_TIMESTAMP() is the only supported ON UPDATE expression.');
}

export function onUpdateColumnInPrimaryKey(table: string, column: string): SpannerError {
  return invalid(`Column ${table}.${column} with ON UPDATE cannot be a part of or the whole primary key.`);
}

// Check constraints.

export function checkConstraintWithoutNonGeneratedColumn(
  table: string,
  name: string,
  expression: string,
): SpannerError {
  return invalid(
    `Check constraint \`${table}\`.\`${name}\` does not use any non generated column. Expression: '${expression}'. A check constraint expression requires at least one non-generated column as dependency.`,
  );
}

export function commitTimestampColumnInCheckConstraint(column: string): SpannerError {
  return invalid(`Column \`${column}\` has option commit_timestamp, which is not supported in check constraint.`);
}

export function cannotAlterTypeWithDependentCheckConstraint(column: string, check: string): SpannerError {
  return invalid(
    `Cannot change the data type of column \`${column}\`, which is used by check constraint \`${check}\`.`,
  );
}

export function dropColumnWithDependentCheckConstraint(column: string, check: string): SpannerError {
  return precondition(`Cannot drop column \`${column}\` on which there is a dependent check constraint: ${check}.`);
}

export function checkConstraintViolated(table: string, name: string, key: string): SpannerError {
  return new SpannerError(Code.OUT_OF_RANGE, `Check constraint \`${table}\`.\`${name}\` is violated for key ${key}`);
}

export function constraintNotFound(name: string, table: string): SpannerError {
  return new SpannerError(Code.NOT_FOUND, `${name} is not a constraint in ${table}`);
}

// Foreign keys.

export function foreignKeyColumnCountMismatch(referencing: string, referenced: string, fk: string): SpannerError {
  return precondition(
    `The number of columns are different for table \`${referencing}\` and table \`${referenced}\` in foreign key \`${fk}\`.`,
  );
}

export function foreignKeyDuplicateColumn(column: string, table: string, fk: string): SpannerError {
  return precondition(`Column \`${column}\` used more than once for table \`${table}\` in foreign key \`${fk}\`.`);
}

export function foreignKeyColumnNotFound(column: string, table: string, fk: string): SpannerError {
  return precondition(`Column \`${column}\` not found for table \`${table}\` in foreign key \`${fk}\`.`);
}

export function foreignKeyColumnTypeUnsupported(column: string, table: string, fk: string): SpannerError {
  return precondition(`Column \`${column}\` for foreign key \`${fk}\` on table \`${table}\` has an unsupported type.`);
}

export function foreignKeyCommitTimestampColumn(column: string, table: string, fk: string): SpannerError {
  return precondition(
    `Commit timestamp column is not supported for column \`${column}\` of table \`${table}\` in foreign key \`${fk}\`.`,
  );
}

export function foreignKeyColumnTypeMismatch(
  referencingColumn: string,
  referencingTable: string,
  referencedColumn: string,
  referencedTable: string,
  fk: string,
): SpannerError {
  return precondition(
    `The column types are different for column \`${referencingColumn}\` of table \`${referencingTable}\` and column \`${referencedColumn}\` of table \`${referencedTable}\` in foreign key \`${fk}\`.`,
  );
}

/** `foreignKeys` is the list already formatted: `` `FK_1`, `FK_2` ``. */
export function foreignKeyReferencedTableDrop(table: string, foreignKeys: string): SpannerError {
  return precondition(
    `Cannot drop table \`${table}\`. It is referenced by one or more foreign keys: ${foreignKeys}. You must drop the foreign keys before dropping the table.`,
  );
}

export function foreignKeyColumnDrop(column: string, table: string, foreignKeys: string): SpannerError {
  return precondition(
    `Cannot drop column \`${column}\` from table \`${table}\`. It is used by one or more foreign keys: ${foreignKeys}. You must drop the foreign keys before dropping the column.`,
  );
}

export function foreignKeyColumnNullabilityChange(column: string, table: string, foreignKeys: string): SpannerError {
  return precondition(
    `Cannot change the nullability for column \`${column}\` of table \`${table}\`. It is used by one or more foreign keys: ${foreignKeys}.`,
  );
}

export function foreignKeyColumnTypeChange(column: string, table: string, foreignKeys: string): SpannerError {
  return precondition(
    `Cannot change the type for column \`${column}\` of table \`${table}\`. It is used by one or more foreign keys: ${foreignKeys}.`,
  );
}

export function foreignKeyColumnSetCommitTimestamp(column: string, table: string, foreignKeys: string): SpannerError {
  return precondition(
    `Cannot set the commit_timestamp option for column \`${column}\` of table \`${table}\`. It is used by one or more foreign keys: ${foreignKeys}.`,
  );
}

export function dropForeignKeyManagedIndex(index: string, foreignKeys: string): SpannerError {
  return precondition(`Cannot drop index \`${index}\`. It is in use by foreign keys: ${foreignKeys}.`);
}

export function foreignKeyReferencedKeyNotFound(
  fk: string,
  referencingTable: string,
  referencedTable: string,
  key: string,
): SpannerError {
  return precondition(
    `Foreign key \`${fk}\` constraint violation on table \`${referencingTable}\`. Cannot find referenced key \`${key}\` in table \`${referencedTable}\`.`,
  );
}
