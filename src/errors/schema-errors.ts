/**
 * Factories for errors raised while applying DDL to the catalog: tables, columns, keys,
 * interleaving, secondary indexes, synonyms and database options. Codes and messages are Spanner's
 * (and the official emulator's), verbatim, since clients and tests match on them. Errors of check
 * constraints, foreign keys and column expressions live in constraint-errors.ts; those of views,
 * sequences, change streams and other objects in schema-object-errors.ts.
 */

import { SpannerError } from './spanner-error';
import { failed as precondition, invalid, notFound } from './status-builders';

/**
 * A statement the parser rejected, wrapped the way Spanner reports DDL syntax errors: the statement
 * as sent, after a space unless it starts on a new line.
 */
export function ddlParseError(statement: string, detail: string): SpannerError {
  const separator = statement.startsWith('\n') ? '' : ' ';
  return invalid(`Error parsing Spanner DDL statement:${separator}${statement} : ${detail}`);
}

export function emptyDdlStatement(): SpannerError {
  return invalid('DDL statement is empty.');
}

export function duplicateNameInSchema(name: string): SpannerError {
  return precondition(`Duplicate name in schema: ${name}.`);
}

export function tableNotFound(name: string): SpannerError {
  return notFound(`Table not found: ${name}`);
}

export function indexNotFound(name: string): SpannerError {
  return notFound(`Index not found: ${name}`);
}

export function columnNotFound(table: string, column: string): SpannerError {
  return notFound(`Column not found in table ${table}: ${column}`);
}

export function duplicateColumnName(qualifiedColumn: string): SpannerError {
  return precondition(`Duplicate column name ${qualifiedColumn}.`);
}

export function invalidSchemaName(kind: string, name: string): SpannerError {
  return invalid(`${kind} name not valid: ${name}.`);
}

export function tooManyTablesPerDatabase(table: string, limit: number): SpannerError {
  return precondition(`Cannot add Table ${table} : too many tables (limit ${limit} per database).`);
}

export function tooManyColumns(objectType: string, name: string, limit: number): SpannerError {
  return precondition(`${objectType} ${name} has too many columns; the limit is ${limit}.`);
}

export function tooManyKeys(objectType: string, name: string, count: number, limit: number): SpannerError {
  return invalid(`${objectType} ${name} has too many keys (${count}); the limit is ${limit}.`);
}

export function nonExistentKeyColumn(objectType: string, name: string, column: string): SpannerError {
  return precondition(`${objectType} ${name} references nonexistent key column ${column}.`);
}

export function multipleRefsToKeyColumn(objectType: string, name: string, column: string): SpannerError {
  return invalid(`${objectType} ${name} references key column ${column} more than once.`);
}

export function invalidPrimaryKeyColumnType(qualifiedColumn: string, type: string): SpannerError {
  return invalid(`Column ${qualifiedColumn} has type ${type}, but is part of the primary key.`);
}

export function invalidColumnLength(qualifiedColumn: string, length: string, min: number, max: number): SpannerError {
  return invalid(`Bad length for column ${qualifiedColumn}: ${length} : Allowed length range: [${min}, ${max}].`);
}

export function unallowedCommitTimestampOption(qualifiedColumn: string): SpannerError {
  return precondition(
    `Column ${qualifiedColumn} has invalid allow_commit_timestamp option.  Option only allowed on TIMESTAMP columns.`,
  );
}

export function invalidTypeForVectorLength(qualifiedColumn: string): SpannerError {
  return invalid(
    `\`vector_length\` can only be applied on ARRAY<FLOAT32>or ARRAY<FLOAT64>, but it is applied on ${qualifiedColumn}.`,
  );
}

export function vectorLengthOnGeneratedOrDefaultColumn(qualifiedColumn: string): SpannerError {
  return invalid(
    `\`vector_length\` cannot be applied on generated column or default column,but it is applied on ${qualifiedColumn}.`,
  );
}

export function cannotAlterColumnToAddVectorLength(column: string): SpannerError {
  return precondition(`Cannot change column ${column} to add \`vector_length\``);
}

export function cannotAlterColumnToRemoveVectorLength(column: string): SpannerError {
  return precondition(`Cannot change column ${column} to remove \`vector_length\``);
}

export function nonHiddenTokenlistColumn(table: string, column: string): SpannerError {
  return invalid(`TOKENLIST column ${table}.${column} must be HIDDEN.`);
}

export function noColumnsTable(objectType: string, name: string): SpannerError {
  return precondition(`${objectType} ${name} adds no columns and is not a top level table.`);
}

export function deepNesting(objectType: string, name: string, limit: number): SpannerError {
  return precondition(`${objectType} ${name} is too deeply nested; the limit is ${limit}.`);
}
