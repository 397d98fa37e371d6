/**
 * Errors raised while evaluating JSON, array and Spanner-specific functions: bad JSON text, bad
 * JSONPaths, JSON-to-SQL conversions that do not fit, array accessors on empty arrays, functions
 * used where Spanner forbids them. Messages are the ones Spanner (GoogleSQL) returns.
 */

import { Code } from './codes';
import { SpannerError } from './spanner-error';

function outOfRange(message: string): SpannerError {
  return new SpannerError(Code.OUT_OF_RANGE, message);
}

/** PARSE_JSON of text that is not JSON; `detail` is the parser's description. */
export function invalidParseJsonInput(detail: string): SpannerError {
  return outOfRange(`Invalid input to PARSE_JSON: ${detail}`);
}

export function invalidWideNumberMode(mode: string, functionName: string | null): SpannerError {
  const suffix = functionName === null ? '' : ` for ${functionName}`;
  return outOfRange(`Invalid \`wide_number_mode\` specified${suffix}: ${mode}`);
}

/** `JSONPath must start with '$'`, `Invalid token in JSONPath at: [a]`... */
export function invalidJsonPath(message: string): SpannerError {
  return outOfRange(message);
}

export function jsonRemoveRootPath(): SpannerError {
  return outOfRange("The JSONPath cannot be '$'");
}

/** BOOL(json), INT64(json)...: `The provided JSON input is not a boolean`. */
export function jsonInputNotOfType(article: string, typeWord: string): SpannerError {
  return outOfRange(`The provided JSON input is not ${article} ${typeWord}`);
}

export function jsonNumberNotInt64(numberText: string): SpannerError {
  return outOfRange(`The provided JSON number: ${numberText} cannot be converted to an int64`);
}

export function jsonNumberPrecisionLoss(numberText: string, typeName: string): SpannerError {
  return outOfRange(`JSON number: ${numberText} cannot be converted to ${typeName} without loss of precision`);
}

export function jsonNumberOutOfRange(numberText: string, typeName: string): SpannerError {
  return outOfRange(`JSON number: ${numberText} is out of range for ${typeName}`);
}

/** TO_JSON of a value JSON cannot hold exactly (a NUMERIC with more digits than a double). */
export function toJsonConversionFailed(typeName: string): SpannerError {
  return outOfRange(`Failed to convert type ${typeName} to JSON`);
}

/** Spanner offers TO_JSON_STRING on JSON values only. */
export function toJsonStringUnsupportedType(typeName: string): SpannerError {
  return new SpannerError(Code.UNIMPLEMENTED, `TO_JSON_STRING is not supported on values of type ${typeName}`);
}

/** JSON_OBJECT: `A key cannot be NULL`, `The number of keys and values must match`... */
export function invalidJsonObjectInput(detail: string): SpannerError {
  return outOfRange(`Invalid input to JSON_OBJECT: ${detail}`);
}

export function invalidJsonKeysArgument(detail: string): SpannerError {
  return outOfRange(detail);
}

/** A JSON value built (JSON_ARRAY, JSON_SET...) deeper than the JSON parser's nesting limit. */
export function jsonNestingTooDeep(detail: string): SpannerError {
  return outOfRange(`Invalid JSON value: ${detail}`);
}

/** A JSONPath with more steps than a JSON value may have levels. */
export function jsonPathTooDeep(limit: number): SpannerError {
  return outOfRange(`JSONPath has more than ${limit} steps`);
}

/** JSON_SET / JSON_ARRAY_INSERT at an index so far past the array's end that its null padding passes the limit. */
export function jsonArrayPaddingTooLarge(index: number, limitBytes: number): SpannerError {
  return outOfRange(
    `JSON array index ${index} is too large: padding the array with nulls up to it would exceed ${limitBytes} bytes`,
  );
}

/** `ARRAY_FIRST cannot get the first element of an empty array`. */
export function emptyArrayElement(functionName: string, which: 'first' | 'last'): SpannerError {
  return outOfRange(`${functionName} cannot get the ${which} element of an empty array`);
}

export function pendingCommitTimestampOutsideDml(): SpannerError {
  return new SpannerError(
    Code.INVALID_ARGUMENT,
    'The PENDING_COMMIT_TIMESTAMP() function may only be used as a value for INSERT or UPDATE of an ' +
      'appropriately typed column. It cannot be used in SELECT, or as the input to any other scalar expression.',
  );
}

/** A sequence function evaluated where no schema (and so no sequence) is reachable. */
/** A sequence function evaluated where no sequence state is at hand (before the data plane exists). */
export function sequenceFunctionWithoutSchema(): SpannerError {
  return new SpannerError(
    Code.UNIMPLEMENTED,
    'Sequence functions are not supported in this context by this emulator yet.',
  );
}
