/**
 * Errors raised while evaluating expressions over values: overflow, division by zero, bad casts,
 * out-of-range arguments, ERROR(). GoogleSQL reports all of them as OUT_OF_RANGE, with the
 * messages Spanner returns. Type errors are the analyzer's (analyzer-errors.ts), never raised here.
 */

import { Code } from './codes';
import { SpannerError } from './spanner-error';

function outOfRange(message: string): SpannerError {
  return new SpannerError(Code.OUT_OF_RANGE, message);
}

/** Any evaluation failure whose message the caller composes (a function's argument rule). */
export function evaluationFailed(message: string): SpannerError {
  return outOfRange(message);
}

/** `int64 overflow: 9223372036854775807 + 1`. */
export function arithmeticOverflow(typeName: string, expression: string): SpannerError {
  return outOfRange(`${typeName} overflow: ${expression}`);
}

/** `double overflow`: DOT_PRODUCT's running sum reports no operands. */
export function overflowWithoutOperands(typeName: string): SpannerError {
  return outOfRange(`${typeName} overflow`);
}

/** `division by zero: 1 / 0`. */
export function divisionByZero(expression: string): SpannerError {
  return outOfRange(`division by zero: ${expression}`);
}

export function arrayIndexOutOfBounds(index: bigint): SpannerError {
  return outOfRange(`Array index ${index} is out of bounds`);
}

/** `ERROR('message')`: the message is the user's, verbatim. */
export function userRaisedError(message: string): SpannerError {
  return outOfRange(message);
}

export function errorCalledWithNull(): SpannerError {
  return outOfRange('ERROR function called with NULL value');
}

/** `Bad int64 value: abc` and the like, from a cast of text. */
export function badValueForType(typeName: string, text: string): SpannerError {
  return outOfRange(`Bad ${typeName} value: ${text}`);
}

/** A parameter the statement names but the request does not bind. */
export function unboundParameter(name: string): SpannerError {
  return new SpannerError(Code.INVALID_ARGUMENT, `No parameter found for binding: ${name}`);
}

/** A function the analyzer accepts but this evaluator cannot compute yet. */
export function functionNotEvaluable(what: string): SpannerError {
  return new SpannerError(Code.UNIMPLEMENTED, `${what} is not supported by this emulator yet.`);
}
