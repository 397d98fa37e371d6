/**
 * Factories for errors of changes to existing tables and the database: ALTER COLUMN, DROP COLUMN,
 * row deletion policies, synonyms, ALTER DATABASE options. Messages are Spanner's (and the official
 * emulator's), verbatim, except where noted.
 */

import { Code } from './codes';
import { SpannerError } from './spanner-error';
import { failed as precondition, invalid } from './status-builders';

export function addingNotNullColumn(table: string, column: string): SpannerError {
  return new SpannerError(
    Code.UNIMPLEMENTED,
    `Cannot add NOT NULL column ${table}.${column} to existing table ${table}.`,
  );
}

export function invalidDropKeyColumn(column: string, table: string): SpannerError {
  return invalid(`Cannot drop key column ${column} from table ${table}.`);
}

export function cannotChangeKeyColumn(qualifiedColumn: string): SpannerError {
  return invalid(`Cannot change key column ${qualifiedColumn}.`);
}

export function cannotChangeColumnType(column: string, from: string, to: string): SpannerError {
  return invalid(`Cannot change type of column \`${column}\` from \`${from}\` to \`${to}\``);
}

/** ALTER COLUMN ... NOT NULL over a row holding NULL (the official emulator's wording). */
export function nullValueForNotNullColumn(table: string, column: string, key: string): SpannerError {
  return precondition(`Cannot specify a null value for column: ${column} in table: ${table} referenced by key: ${key}`);
}

/** ALTER COLUMN from BYTES to STRING over a value that is not UTF-8. */
export function invalidUtf8InAlteredColumn(column: string, key: string): SpannerError {
  return precondition(
    `Alteration of column ${column} is not allowed because it has an invalid UTF-8 character at key: ${key}`,
  );
}

export function invalidColumnSizeReduction(
  column: string,
  length: number,
  existing: number,
  key: string,
): SpannerError {
  return precondition(
    `Reducing the length of column ${column} to ${length} is not allowed because it has a value of length ${existing} at key: ${key}`,
  );
}

export function rowDeletionPolicyOnMissingColumn(column: string, table: string): SpannerError {
  return invalid(`Cannot create ROW DELETION POLICY because there is no column named ${column} in table ${table}.`);
}

export function rowDeletionPolicyOnNonTimestampColumn(column: string, table: string): SpannerError {
  return invalid(
    `Cannot create ROW DELETION POLICY because column ${column} in table ${table} is not of type TIMESTAMP.`,
  );
}

export function rowDeletionPolicyHasChildWithOnDeleteNoAction(table: string, child: string): SpannerError {
  return invalid(
    `Cannot create row deletion policy on ${table} because there is a descendant Table ${child} with ON DELETE NO ACTION.`,
  );
}

export function rowDeletionPolicyOnAncestors(table: string, ancestor: string): SpannerError {
  return invalid(
    `Cannot create or alter table ${table} with ON DELETE NO ACTION because there is a row deletion policy on ancestor table ${ancestor}.`,
  );
}

export function foreignKeyRowDeletionPolicyAddNotAllowed(table: string, foreignKeys: string): SpannerError {
  return invalid(
    `Cannot add a row deletion policy to table \`${table}\`. It is referenced by one or more foreign keys: \`${foreignKeys}\`.`,
  );
}

export function rowDeletionPolicyWillBreak(column: string, table: string): SpannerError {
  return invalid(
    `ROW DELETION POLICY will break if drop/alter column named ${column} in table ${table}. Row Deletion Policy must be set on column of type TIMESTAMP.`,
  );
}

export function rowDeletionPolicyDoesNotExist(table: string): SpannerError {
  return invalid(`ROW DELETION POLICY does not exist on table ${table}.`);
}

export function rowDeletionPolicyAlreadyExists(column: string, table: string): SpannerError {
  return invalid(
    `Cannot create ROW DELETION POLICY because there is already one on column named ${column} in table ${table}.`,
  );
}

export function synonymAlreadyExists(synonym: string, table: string): SpannerError {
  return invalid(`Cannot add a synonym to table ${table} because the table already has a synonym ${synonym}.`);
}

export function synonymDoesNotExist(synonym: string, table: string): SpannerError {
  return invalid(`SYNONYM ${synonym} does not exist on table ${table}.`);
}

/** Spanner's range for version_retention_period (the official emulator does not check it). */
export function versionRetentionPeriodOutOfRange(value: string): SpannerError {
  return invalid(
    `Invalid version_retention_period: ${value}. The version retention period must be between 1 hour and 7 days.`,
  );
}

export function defaultSequenceKindAlreadySet(): SpannerError {
  return precondition('The default_sequence_kind option may not be unset once set.');
}

export function unsupportedSequenceKind(kind: string): SpannerError {
  return precondition(`Invalid Sequence Kind: ${kind}.`);
}

export function changeDefaultTimeZoneOnNonEmptyDatabase(): SpannerError {
  return precondition(
    "The 'default_time_zone' database option cannot be changed on a database with user defined tables.",
  );
}

export function invalidDefaultTimeZoneOption(zone: string): SpannerError {
  return precondition(`Database has invalid default_time_zone option.  Invalid time zone name: ${zone}`);
}
