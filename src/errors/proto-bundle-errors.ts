/**
 * Factories for the errors of proto bundles: the descriptors sent with a schema change, the type
 * lists of CREATE / ALTER PROTO BUNDLE, and columns whose proto or enum type the bundle lacks.
 * Messages follow the official emulator's wording; where it reports bad input through an internal
 * consistency check (INTERNAL, with its source location), the error here is the plain message
 * with the code of the input's fault. Bundle existence errors live in schema-object-errors.ts.
 */

import { Code } from './codes';
import { SpannerError } from './spanner-error';
import { failed, invalid, notFound } from './status-builders';

export function emptyProtoDescriptors(): SpannerError {
  return invalid('Contents of proto_descriptor_file cannot be empty');
}

export function unparsableProtoDescriptors(): SpannerError {
  return invalid('Could not parse contents of proto_descriptor_file');
}

/** Two files of the descriptor set share a name or declare the same symbol. */
export function duplicateProtoFile(fileName: string): SpannerError {
  return invalid(
    `Could not add FileDescriptor of \`${fileName}\`: the file descriptor already exists in the descriptor set.`,
  );
}

export function missingProtoDescriptor(typeName: string): SpannerError {
  return notFound(`Missing descriptor for \`${typeName}\``);
}

export function protoTypeAlreadyInBundle(typeName: string): SpannerError {
  return new SpannerError(Code.ALREADY_EXISTS, `Type already exists: \`${typeName}\` in the proto bundle`);
}

export function updatedProtoTypeNotInBundle(typeName: string): SpannerError {
  return notFound(`Tried to update \`${typeName}\` which does not already exist.`);
}

export function removedProtoTypeNotInBundle(typeName: string): SpannerError {
  return notFound(`Tried to remove \`${typeName}\` which does not already exist in the proto bundle.`);
}

/** A type of the existing bundle that the new descriptors no longer describe. */
export function previousProtoTypesUnloadable(cause: SpannerError): SpannerError {
  const prefix = 'Failed to load type list from previous proto bundle into new proto bundle. Error: ';
  return new SpannerError(cause.code, prefix + cause.message);
}

export function restrictedProtoPackage(typeName: string, packageName: string): SpannerError {
  return failed(`Message \`${typeName}\` has reserved package \`${packageName}\`.`);
}

export function protoMessageExtensionsNotSupported(messageName: string): SpannerError {
  return new SpannerError(Code.UNIMPLEMENTED, `Message extensions are not supported for message \`${messageName}\`.`);
}

export function protoMessageTypeNotSupported(messageName: string): SpannerError {
  return new SpannerError(Code.UNIMPLEMENTED, `Message type \`${messageName}\` is not supported.`);
}

/** A column whose PROTO or ENUM type is not a message or enum of the database's proto bundle. */
export function unrecognizedProtoColumnType(columnName: string | null, typeName: string): SpannerError {
  const column = columnName === null ? '' : ` of column \`${columnName}\``;
  return invalid(`Type \`${typeName}\`${column} is not a message or enum type of the database's proto bundle.`);
}

/** `typeName` as Spanner prints types (quoted when not a plain identifier); `column` is `T.c`. */
export function removedProtoTypeStillUsed(typeName: string, column: string): SpannerError {
  return failed(`Removed type ${typeName} is still being used by column ${column}`);
}
