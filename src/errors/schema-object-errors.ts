/**
 * Factories for the errors of sequences, named schemas, placements, locality groups and proto
 * bundles. Views, change streams, models and search indexes have their own topic files; table,
 * column and name-clash errors shared with the table statements live in schema-errors.ts. Codes and
 * messages are Spanner's.
 */

import { Code } from './codes';
import { SpannerError } from './spanner-error';
import { failed, invalid, notFound } from './status-builders';

export function sequenceNotFoundInSchema(name: string): SpannerError {
  return notFound(`Sequence not found: ${name}`);
}

export function invalidSequenceStartWithCounter(): SpannerError {
  return failed('`start_with_counter` has to be a positive INT64 number');
}

export function sequenceSkipRangeMinMaxNotSetTogether(): SpannerError {
  return failed('`skip_range_min` and `skip_range_max` have to be set together');
}

export function sequenceSkipRangeMinLargerThanMax(): SpannerError {
  return failed('`skip_range_min` has to be lesser than or equal to `skip_range_max`');
}

export function sequenceSkipRangeWithoutPositiveValue(): SpannerError {
  return failed('The sequence skipped range has to contain at least one positive value');
}

export function unspecifiedSequenceKind(): SpannerError {
  return invalid(
    'The sequence does not have a valid sequence kind. Please specify the sequence kind explicitly or set the ' +
      'database option `default_sequence_kind`.',
  );
}

export function sequenceClauseAndOptionsMixed(sequence: string): SpannerError {
  return invalid(`The sequence properties can only be set in either clauses and options for the sequence ${sequence}`);
}

/** `kind` is `SEQUENCE` here; `column` is `Table.column`. */
export function dropWithDependentColumn(kind: string, name: string, column: string): SpannerError {
  return failed(`Cannot drop ${kind} \`${name}\` on which there is a dependent column: ${column}.`);
}

export function namedSchemaNotFound(name: string): SpannerError {
  return notFound(`Schema not found: ${name}`);
}

export function alterNamedSchemaUnsupported(): SpannerError {
  return new SpannerError(Code.UNIMPLEMENTED, 'ALTER SCHEMA not supported.');
}

export function objectKindNotInNamedSchema(objectKind: string, name: string): SpannerError {
  return new SpannerError(Code.UNIMPLEMENTED, `${objectKind} not yet supported in named schema: ${name}.`);
}

export interface SchemaDependents {
  readonly tables: readonly string[];
  readonly views: readonly string[];
  readonly indexes: readonly string[];
  readonly sequences: readonly string[];
}

export function dropNamedSchemaWithDependents(schema: string, dependents: SchemaDependents): SpannerError {
  const parts: [string, readonly string[]][] = [
    ['tables', dependents.tables],
    ['views', dependents.views],
    ['indexes', dependents.indexes],
    ['sequences', dependents.sequences],
  ];
  const listed = parts
    .filter(([, names]) => names.length > 0)
    .map(([label, names]) => `\nDependent ${label}:${names.join(', ')}`)
    .join('');
  return failed(`Cannot drop schema ${schema} while it has dependencies.${listed}`);
}

export function placementNotFound(name: string): SpannerError {
  return notFound(`Placement not found: ${name}`);
}

export function localityGroupNotFound(name: string): SpannerError {
  return notFound(`Locality group not found: ${name}`);
}

export function createDefaultLocalityGroup(): SpannerError {
  return failed('Default locality group cannot be created.');
}

export function dropDefaultLocalityGroup(): SpannerError {
  return failed('Default locality group cannot be dropped.');
}

export function invalidLocalityGroupName(name: string): SpannerError {
  return failed(`Invalid locality group name: ${name}. The locality group name must not start with \`_\`.`);
}

export function dropLocalityGroupInUse(name: string): SpannerError {
  return failed(`Locality group ${name} cannot be dropped as it is referenced.`);
}

export function alterLocalityGroupWithoutOptions(): SpannerError {
  return failed('Alter Locality Group must have options.');
}

// Proto bundles.

/** `action` is `alter` or `drop`. */
export function protoBundleMissing(action: 'alter' | 'drop'): SpannerError {
  return failed(`Proto bundle does not yet exist; cannot ${action} it`);
}

export function placementAlreadyExists(name: string): SpannerError {
  return failed(`Duplicate name in schema: ${name}.`);
}
