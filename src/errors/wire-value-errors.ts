/**
 * Factories for values and types that arrive on the wire (google.protobuf.Value,
 * google.spanner.v1.Type) in a form Spanner refuses: the wrong JSON kind, text that does not parse
 * as the type, dates and timestamps out of range, malformed types. Wording and codes are the
 * official emulator's (frontend/converters, common/errors.cc), which clients and tests match on;
 * the value and type texts are the caller's (protobuf text format, ZetaSQL type names).
 */
import { Code } from './codes';
import { failed, invalid } from './status-builders';
import { SpannerError } from './spanner-error';

const TYPES_DOC = 'https://cloud.google.com/spanner/docs/data-types';

/** A wire value of the wrong kind for its type: `Could not parse bool_value: true as INT64`. */
export function valueProtoTypeMismatch(valueText: string, typeText: string): SpannerError {
  return failed(`Could not parse ${valueText} as ${typeText}`);
}

/**
 * `cause`, an array element's refusal, with the element's place, as the official emulator adds it
 * (frontend/converters/values.cc): `...; When parsing array element #1: {string_value: "x"} in
 * list_value { ... }`. Code and details stay the cause's.
 */
export function arrayElementRefused(
  cause: SpannerError,
  index: number,
  elementText: string,
  listText: string,
): SpannerError {
  return new SpannerError(
    cause.code,
    `${cause.message}; When parsing array element #${index}: {${elementText}} in ${listText}`,
    cause.details,
  );
}

export function couldNotParseStringAsInteger(text: string): SpannerError {
  return failed(`Could not parse ${text} as an integer`);
}

function floatSpecials(typeName: string): string {
  return (
    `Only the following string values are supported for ${typeName}: 'Infinity', 'NaN', and '-Infinity'. ` +
    `See ${TYPES_DOC}#floating-point-type for more details`
  );
}

export function couldNotParseStringAsFloat32(text: string): SpannerError {
  return failed(`Could not parse ${text} as a FLOAT32. ${floatSpecials('FLOAT32')}`);
}

export function couldNotParseStringAsFloat64(text: string): SpannerError {
  return failed(`Could not parse ${text} as a FLOAT64. ${floatSpecials('FLOAT64')}`);
}

export function couldNotParseStringAsNumeric(text: string): SpannerError {
  return failed(
    `Could not parse ${text} as a NUMERIC. The NUMERIC type supports 38 digits of precision and 9 digits of ` +
      `scale. See ${TYPES_DOC} for more details`,
  );
}

export function couldNotParseStringAsJson(text: string): SpannerError {
  return failed(`Could not parse ${text} as a JSON. See ${TYPES_DOC} for more details`);
}

/** `reason` is the time parser's: `Failed to parse input`, `Out-of-range field`, ... */
export function couldNotParseStringAsTimestamp(text: string, reason: string): SpannerError {
  return failed(
    `Could not parse ${text} as a TIMESTAMP: ${reason}. For details on the TIMESTAMP type encoding, see ` +
      `${TYPES_DOC}#timestamp_type`,
  );
}

export function timestampMustBeInUtc(text: string): SpannerError {
  return failed(
    `Could not parse ${text} as a TIMESTAMP. The timestamp value must end with an uppercase literal 'Z' to ` +
      `specify Zulu time (UTC-0). For details on the TIMESTAMP type encoding, see ${TYPES_DOC}#timestamp-type`,
  );
}

/** `instant` as absl prints a time: `0-01-02T03:04:05+00:00`. */
export function timestampOutOfRange(instant: string): SpannerError {
  return invalid(
    `Timestamp out of range: ${instant}. For details on the TIMESTAMP type encoding, see ${TYPES_DOC}#timestamp-type`,
  );
}

const DATE_RULES =
  'Dates must be in the format YYYY-[M]M-[D]D and the year must be in the range [1, 9999]. For more details ' +
  `on the DATE type encoding, see ${TYPES_DOC}#date-type`;

export function couldNotParseStringAsDate(text: string): SpannerError {
  return failed(`Could not parse ${text} as a DATE. ${DATE_RULES}`);
}

/** A date that parses but whose year is outside [1, 9999]. */
export function invalidDate(text: string): SpannerError {
  return invalid(`Invalid date value: ${text}. ${DATE_RULES}`);
}

export function couldNotParseStringAsBytes(text: string): SpannerError {
  return failed(
    `Could not parse ${text} as BYTES. Byte strings must be base64-encoded. For more details, see ` +
      'https://cloud.google.com/spanner/docs/reference/rpc/google.spanner.v1#typecode',
  );
}

/** `reason` is ZetaSQL's (`Invalid input: '...'. UUID must be at least 32 characters long.`). */
export function couldNotParseStringAsUuid(text: string, reason: string): SpannerError {
  return failed(
    `Could not parse ${text} as a UUID: ${reason}.For details on the UUID type, see ${TYPES_DOC}#uuid_type`,
  );
}

/**
 * A STRING value holding an unpaired UTF-16 surrogate (possible only through REST's JSON escapes):
 * it has no UTF-8 form, so Spanner could not store it.
 */
export function stringNotValidUtf8(valueText: string): SpannerError {
  return failed(`Could not parse ${valueText} as STRING: the value is not valid UTF-8 (unpaired surrogate)`);
}

export function intervalValuesNotSupported(): SpannerError {
  return new SpannerError(Code.UNIMPLEMENTED, 'INTERVAL values in requests and results are not supported yet.');
}

/** PROTO and ENUM types and values: the catalog does not model them as value types yet. */
export function protoTypesNotSupported(typeCode: string): SpannerError {
  return new SpannerError(Code.UNIMPLEMENTED, `${typeCode} types in requests and results are not supported yet.`);
}

export function typeAnnotationNotSupported(annotation: string): SpannerError {
  return new SpannerError(
    Code.UNIMPLEMENTED,
    `Type annotation ${annotation} (PostgreSQL dialect) is not supported by this emulator.`,
  );
}

/** `typeText` is the Type in protobuf text format (empty for an all-default Type). */
export function unspecifiedType(typeText: string): SpannerError {
  return invalid(`Type code must be specified, found ${typeText}`);
}

export function arrayTypeMustSpecifyElementType(typeText: string): SpannerError {
  return invalid(`Array types must specify element type, found ${typeText}`);
}

export function arrayOfArrayType(): SpannerError {
  return invalid('Array of array types are not supported');
}

export function projectTokenlistNotAllowed(): SpannerError {
  return invalid('TOKENLIST is an internal-only type and cannot be returned to the user by SQL query.');
}
