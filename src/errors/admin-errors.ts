/**
 * Factories for errors of the admin plane: instances, databases, long-running operations, labels,
 * list filters and the admin RPCs the emulator does not offer. Messages are the official
 * emulator's (and Spanner's) verbatim where they are known, since clients and tests match on them.
 * NOT_FOUND errors carry ResourceInfo naming the missing resource.
 */
import { Code } from './codes';
import { SpannerError } from './spanner-error';
import { invalid } from './status-builders';

const INSTANCE_TYPE = 'type.googleapis.com/google.spanner.admin.instance.v1.Instance';
const DATABASE_TYPE = 'type.googleapis.com/google.spanner.admin.database.v1.Database';

function missing(message: string, resourceType: string, resourceName: string, description: string): SpannerError {
  return new SpannerError(Code.NOT_FOUND, message, [
    { kind: 'resourceInfo', resourceType, resourceName, owner: '', description },
  ]);
}

// Resource names.

export function invalidProjectUri(uri: string): SpannerError {
  return invalid(`Invalid project uri: ${uri}`);
}

export function invalidInstanceUri(uri: string): SpannerError {
  return invalid(`Invalid instance uri: ${uri}`);
}

export function invalidDatabaseUri(uri: string): SpannerError {
  return invalid(`Invalid database uri: ${uri}`);
}

export function invalidOperationUri(uri: string): SpannerError {
  return invalid(`Invalid operation uri: ${uri}`);
}

// Instances.

export function instanceNotFound(name: string): SpannerError {
  return missing(`Instance not found: ${name}`, INSTANCE_TYPE, name, 'Instance does not exist.');
}

export function instanceAlreadyExists(name: string): SpannerError {
  return new SpannerError(Code.ALREADY_EXISTS, `Instance already exists: ${name}`);
}

export function instanceNameMismatch(name: string): SpannerError {
  return invalid(`Mismatching instance: ${name}`);
}

export function invalidInstanceId(id: string): SpannerError {
  return invalid(
    'Instance ID must start with a lowercase letter, be 2-64 characters long, contain only lowercase ' +
      `letters, numbers, or hyphens, and not end with a hyphen. Got: ${id}`,
  );
}

export function instanceUnitsNotBoth(request: 'CreateInstance' | 'UpdateInstance'): SpannerError {
  return invalid(`Invalid ${request} request. Only one of nodes or processing units should be specified.`);
}

export function instanceCapacityNegative(request: 'CreateInstance' | 'UpdateInstance'): SpannerError {
  return invalid(`Invalid ${request} request. Node count and processing units must not be negative.`);
}

export function instanceNodeCountTooLarge(
  request: 'CreateInstance' | 'UpdateInstance',
  nodeCount: number,
  maxNodeCount: number,
): SpannerError {
  return invalid(
    `Invalid ${request} request. Node count ${nodeCount} is too large: its processing units (1000 per node) ` +
      `must fit in an int32, so at most ${maxNodeCount} nodes.`,
  );
}

export function instanceUnitsNotMultiple(request: 'CreateInstance' | 'UpdateInstance'): SpannerError {
  return invalid(
    `Invalid ${request} request. Processing units should be multiple of 100 for values below 1000 and ` +
      'multiples of 1000 for values above 1000.',
  );
}

export function instanceHasProtectedDatabases(name: string): SpannerError {
  return new SpannerError(
    Code.FAILED_PRECONDITION,
    `Cannot delete instance ${name} because it contains databases with drop protection enabled. Please ` +
      'disable drop protection for all databases in the instance before deleting it.',
  );
}

// Labels.

export function tooManyLabels(count: number, max: number): SpannerError {
  return invalid(`Too many labels: ${count}. There can be a maximum of ${max} labels per resource.`);
}

export function badLabelKey(key: string): SpannerError {
  return invalid(
    'Label keys must be between 1-63 characters long, consist only of lowercase letters, digits, ' +
      `underscores, and dashes, and must start with a letter. Got: ${key}`,
  );
}

export function badLabelValue(key: string): SpannerError {
  return invalid(
    'Non-empty label values must be between 1-63 characters long, and consist only of lowercase ' +
      `letters, digits, underscores, and dashes. Got: ${key}`,
  );
}

// Field masks (UpdateInstance, UpdateDatabase).

export function emptyFieldMask(request: string): SpannerError {
  return invalid(`Invalid ${request} request: the field mask must name at least one field to update.`);
}

export function unsupportedFieldMaskPath(request: string, path: string, supported: readonly string[]): SpannerError {
  return invalid(
    `Invalid ${request} request: field "${path}" cannot be updated; updatable fields: ${supported.join(', ')}.`,
  );
}

// Databases.

export function databaseNotFound(name: string): SpannerError {
  return missing(`Database not found: ${name}`, DATABASE_TYPE, name, 'Database does not exist.');
}

export function databaseAlreadyExists(name: string): SpannerError {
  return new SpannerError(Code.ALREADY_EXISTS, `Database already exists: ${name}`);
}

export function missingCreateStatement(): SpannerError {
  return invalid('Missing create_statement in the request.');
}

export function invalidCreateDatabaseStatement(statement: string): SpannerError {
  return invalid(`Invalid "CREATE DATABASE" statement: ${statement}`);
}

export function missingDdlStatements(): SpannerError {
  return invalid('Missing statements in the request.');
}

export function invalidDatabaseId(id: string): SpannerError {
  return invalid(
    'Invalid database name. Database name must start with a lowercase letter, be 2-30 characters long, ' +
      'contain only lowercase letters, numbers, underscores or hyphens, and not end with an underscore ' +
      `or hyphen. Got: ${id}`,
  );
}

export function tooManyDatabasesPerInstance(instance: string): SpannerError {
  return new SpannerError(
    Code.RESOURCE_EXHAUSTED,
    `Too many databases for instance: ${instance}. See ` +
      'https://cloud.google.com/spanner/quotas#database_limits for more information.',
  );
}

export function postgresqlDialectUnsupported(): SpannerError {
  return invalid('Cannot create a PostgreSQL database.');
}

export function databaseDropProtected(name: string): SpannerError {
  return new SpannerError(
    Code.FAILED_PRECONDITION,
    `Cannot drop database ${name} because the \`enable_drop_protection\` setting is currently enabled ` +
      'for it. Please disable the setting and try again.',
  );
}

// Long-running operations.

export function invalidOperationId(id: string): SpannerError {
  return invalid(`Invalid operation id: ${id}.`);
}

export function operationAlreadyExists(name: string): SpannerError {
  return new SpannerError(Code.ALREADY_EXISTS, `Operation already exists: ${name}`);
}

export function operationNotFound(name: string): SpannerError {
  return new SpannerError(Code.NOT_FOUND, `Operation not found: ${name}`);
}

// List filters.

export function invalidListFilter(filter: string, detail: string): SpannerError {
  return invalid(`Invalid filter "${filter}": ${detail}`);
}

// What the emulator does not offer.

export function iamPoliciesNotSupported(): SpannerError {
  return new SpannerError(Code.UNIMPLEMENTED, 'Cloud Spanner Emulator does not support IAM policies.');
}

/** An admin RPC for a feature the emulator does not have (backups, instance partitions...). */
export function adminFeatureNotSupported(method: string, feature: string): SpannerError {
  return new SpannerError(Code.UNIMPLEMENTED, `${method} is not supported: the emulator does not support ${feature}.`);
}
