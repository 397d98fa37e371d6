/**
 * Factories for the errors of remote ML models: column rules (types, attributes, names), endpoint
 * and batch-size options. Codes and messages are Spanner's.
 */

import { SpannerError } from './spanner-error';
import { failed, invalid, notFound } from './status-builders';

export function modelNotFound(name: string): SpannerError {
  return notFound(`Model \`${name}\` not found.`);
}

export function tooManyModelsPerDatabase(model: string, limit: number): SpannerError {
  return failed(
    `Cannot add Model ${model} : because the maximum number of <Models> per Database (limit ${limit}) has been reached.`,
  );
}

export function localModelUnsupported(model: string): SpannerError {
  return failed(`Model ${model} must specify REMOTE attribute.`);
}

export function modelWithoutColumns(model: string, columnKind: 'Input' | 'Output'): SpannerError {
  return failed(
    `Schema discovery is not available in emulator. Please use explicit ${columnKind} clause for model ${model}.`,
  );
}

export function tooManyModelColumns(model: string, columnKind: 'Inputs' | 'Outputs', limit: number): SpannerError {
  return failed(`Model ${model} has too many ${columnKind}; the limit is ${limit}.`);
}

export function modelColumnTypeUnsupported(model: string, column: string, type: string): SpannerError {
  return failed(`Type ${type} is not supported in model columns. Used in Model ${model} column ${column}.`);
}

export function modelColumnNotNull(model: string, column: string): SpannerError {
  return failed(`NOT NULL constraint is not supported in models. Used in Model ${model} column ${column}.`);
}

export function modelColumnHidden(model: string, column: string): SpannerError {
  return failed(`HIDDEN attribute is not supported in models. Used in Model ${model} column ${column}.`);
}

export function modelColumnLength(model: string, column: string): SpannerError {
  return failed(`Length is not supported in model columns. Please use MAX. Used in Model ${model} column ${column}.`);
}

export function modelColumnGenerated(model: string, column: string): SpannerError {
  return failed(`Generated columns are not supported in models.  Used in Model ${model} column ${column}.`);
}

export function modelColumnDefault(model: string, column: string): SpannerError {
  return failed(`Default values are not supported in models.  Used in Model ${model} column ${column}.`);
}

export function modelDuplicateColumn(qualifiedColumn: string): SpannerError {
  return failed(`Duplicate name in schema: ${qualifiedColumn}.`);
}

export function modelColumnsDifferOnlyInCase(qualifiedColumn: string, existing: string): SpannerError {
  return failed(`Schema object names differ only in case: ${qualifiedColumn}, ${existing}.`);
}

export function modelEndpointMissing(model: string): SpannerError {
  return failed(`Model ${model} has invalid endpoints option. Option is required.`);
}

export function modelEndpointAmbiguous(model: string): SpannerError {
  return failed(`Model ${model} has invalid endpoint option. Option cannot be specified together with endpoints.`);
}

export function invalidModelDefaultBatchSize(model: string, value: string, limit: number): SpannerError {
  return failed(`Model ${model} has invalid default_batch_size option: ${value}. Must be between 1 and ${limit}.`);
}

export function modelColumnTypeNotFound(type: string): SpannerError {
  return notFound(`Type not found: \`${type}\``);
}

export function arrayOfArraysInSchema(): SpannerError {
  return invalid('Array of arrays type is not supported by the schema.');
}

export function emptyStruct(): SpannerError {
  return failed('Empty STRUCT is not allowed.');
}

export function structFieldCountExceedsLimit(limit: number): SpannerError {
  return failed(`The number of struct field exceeds the limit: ${limit}.`);
}

export function missingStructFieldName(structType: string): SpannerError {
  return failed(`Missing struct field name in Struct: ${structType}.`);
}

export function duplicateStructFieldName(structType: string, field: string): SpannerError {
  return failed(`Duplicate name in Struct: ${structType}, ${field}.`);
}

export function structFieldNamesDifferOnlyInCase(structType: string, field: string, existing: string): SpannerError {
  return failed(
    `Case Insensitive duplicate name in Struct: ${structType}. Struct field names differ only in case: ${field}, ${existing}.`,
  );
}
