/**
 * Factories for errors of the expression and query analyzer (name resolution, typing, function
 * signatures). Messages are GoogleSQL's, and most end like Spanner's: ` [at line:column]`, then
 * the offending source line and a caret under the column. Where the analyzer's input came from
 * (a query, a check constraint...) is for the caller to add.
 */

import { Code } from './codes';
import { SpannerError } from './spanner-error';

/** Where an error points: the analyzed text and an offset into it. */
export interface ErrorSite {
  readonly text: string;
  readonly offset: number;
}

/** Lines longer than this are cut around the error, as GoogleSQL does. */
const MAX_SNIPPET_WIDTH = 80;
const ELLIPSIS = '...';

function lineAndColumn(text: string, offset: number): { line: number; column: number; lineStart: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    const ch = text[i];
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1, lineStart };
}

/** The source line holding the error and a caret under its column, cut to the snippet width. */
function caretSnippet(text: string, lineStart: number, column: number): string {
  let lineEnd = lineStart;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  const line = text.slice(lineStart, lineEnd);
  if (line.length <= MAX_SNIPPET_WIDTH) return `${line}\n${' '.repeat(column - 1)}^`;
  const room = MAX_SNIPPET_WIDTH - 2 * ELLIPSIS.length;
  let start = Math.max(0, column - 1 - (MAX_SNIPPET_WIDTH - 28));
  while (start > 0 && start < column - 1 && line[start - 1] !== ' ') start++;
  const end = start + room;
  const head = start > 0 ? ELLIPSIS : '';
  const tail = end < line.length ? ELLIPSIS : '';
  const shown = `${head}${line.slice(start, end)}${tail}`;
  return `${shown}\n${' '.repeat(column - 1 - start + head.length)}^`;
}

/** `message [at l:c]` followed by the line and caret. */
export function locatedMessage(message: string, site: ErrorSite): string {
  const { line, column, lineStart } = lineAndColumn(site.text, site.offset);
  return `${message} [at ${line}:${column}]\n${caretSnippet(site.text, lineStart, column)}`;
}

/**
 * A message that already ends in ` [at l:c]` (a syntax error from the parser) gets the line and
 * caret appended, as Spanner prints expression errors; other messages are returned unchanged.
 */
export function withCaretSnippet(message: string, text: string): string {
  const m = /\[at (\d+):(\d+)\]$/.exec(message);
  if (!m) return message;
  const lineNo = Number(m[1]);
  const column = Number(m[2]);
  let lineStart = 0;
  for (let l = 1; l < lineNo; l++) {
    const next = text.indexOf('\n', lineStart);
    if (next < 0) return message;
    lineStart = next + 1;
  }
  return `${message}\n${caretSnippet(text, lineStart, column)}`;
}

function located(message: string, site: ErrorSite): SpannerError {
  return new SpannerError(Code.INVALID_ARGUMENT, locatedMessage(message, site));
}

export function unrecognizedName(name: string, site: ErrorSite): SpannerError {
  return located(`Unrecognized name: ${name}`, site);
}

export function typeNotFound(name: string, site: ErrorSite): SpannerError {
  return located(`Type not found: ${name}`, site);
}

export function functionNotFound(name: string, site: ErrorSite): SpannerError {
  return located(`Function not found: ${name}`, site);
}

/** A GoogleSQL function Spanner does not offer; Spanner reports it without a position. */
export function unsupportedBuiltinFunction(name: string): SpannerError {
  return new SpannerError(Code.INVALID_ARGUMENT, `Unsupported built-in function: ${name}`);
}

/**
 * `No matching signature for function F for argument types: A, B. Supported signatures: ...`;
 * `what` is `function F` or `operator +`.
 */
export function noMatchingSignature(
  what: string,
  argumentTypes: readonly string[],
  supported: readonly string[],
  site: ErrorSite,
  hint = '',
): SpannerError {
  const list =
    supported.length === 1 ? `Supported signature: ${supported[0]}` : `Supported signatures: ${supported.join('; ')}`;
  const args = argumentTypes.length === 0 ? '' : ` for argument types: ${argumentTypes.join(', ')}`;
  return located(`No matching signature for ${what}${args}. ${hint === '' ? '' : `${hint} `}${list}`, site);
}

/** Any other signature failure whose wording GoogleSQL fixes per operator (IN, CASE, bitwise...). */
export function signatureMismatch(message: string, site: ErrorSite): SpannerError {
  return located(message, site);
}

export function expectedType(expected: string, found: string, site: ErrorSite): SpannerError {
  return located(`Expected type ${expected}; found ${found}`, site);
}

export function invalidCast(from: string, to: string, site: ErrorSite): SpannerError {
  return located(`Invalid cast from ${from} to ${to}`, site);
}

export function castFormatNotSupported(site: ErrorSite): SpannerError {
  return located('CAST with FORMAT is not supported', site);
}

export function invalidArrayCast(from: string, to: string, site: ErrorSite): SpannerError {
  return located(
    `Casting between arrays with incompatible element types is not supported: Invalid cast from ${from} to ${to}`,
    site,
  );
}

export function invalidIntegerLiteral(text: string, site: ErrorSite): SpannerError {
  return located(`Invalid integer literal: ${text}`, site);
}

export function invalidFloatLiteral(text: string, site: ErrorSite): SpannerError {
  return located(`Invalid floating point literal: ${text}`, site);
}

/** `DATE '...'` / `TIMESTAMP '...'` that does not parse. */
export function invalidTypedLiteral(type: string, site: ErrorSite): SpannerError {
  return located(`Invalid ${type} literal`, site);
}

export function invalidNumericLiteral(type: string, text: string, site: ErrorSite): SpannerError {
  return located(`Invalid ${type} literal: "${text}"`, site);
}

export function invalidJsonLiteral(detail: string, site: ErrorSite): SpannerError {
  return located(`Invalid JSON literal: ${detail}`, site);
}

export function fieldAccessOnNonStruct(field: string, type: string, site: ErrorSite): SpannerError {
  return located(`Cannot access field ${field} on a value with type ${type}`, site);
}

export function structFieldNotFound(field: string, type: string, site: ErrorSite): SpannerError {
  return located(`Field name ${field} does not exist in ${type}`, site);
}

export function ambiguousStructField(field: string, type: string, site: ErrorSite): SpannerError {
  return located(`Field name ${field} is ambiguous in ${type}`, site);
}

export function arrayPositionAccess(site: ErrorSite): SpannerError {
  return located(
    'Array element access with array[position] is not supported. Use array[OFFSET(zero_based_offset)] or array[ORDINAL(one_based_ordinal)]',
    site,
  );
}

export function subscriptNotSupported(mode: string, type: string, site: ErrorSite): SpannerError {
  return located(`Subscript access using [${mode}(INT64)] is not supported on values of type ${type}`, site);
}

export function literalNullOperand(operator: string, site: ErrorSite): SpannerError {
  return located(`Operands of ${operator} cannot be literal NULL`, site);
}

export function comparisonNotDefined(what: string, type: string, site: ErrorSite): SpannerError {
  return located(`${what} is not defined for arguments of type ${type}`, site);
}

/** ARRAY_MIN / ARRAY_MAX (`ordering`) and ARRAY_IS_DISTINCT (`grouping`) of an array of STRUCT or JSON. */
export function arrayElementNotComparable(
  functionName: string,
  type: string,
  property: 'ordering' | 'grouping',
  site: ErrorSite,
): SpannerError {
  return located(
    `${functionName} cannot be used on argument of type ${type} because the array's element type does not support ${property}`,
    site,
  );
}

export function arrayElementsNoSupertype(types: readonly string[], site: ErrorSite): SpannerError {
  return located(`Array elements of types {${types.join(', ')}} do not have a common supertype`, site);
}

export function arrayElementDoesNotCoerce(from: string, to: string, site: ErrorSite): SpannerError {
  return located(`Array element type ${from} does not coerce to ${to}`, site);
}

export function arrayOfArrays(elementType: string, site: ErrorSite): SpannerError {
  return located(
    `Cannot construct array with element type ${elementType} because nested arrays are not supported`,
    site,
  );
}

export function arrayIndexNotInt64(type: string, site: ErrorSite): SpannerError {
  return located(`Array position in [] must be coercible to INT64 type, but has type ${type}`, site);
}

export function unsupportedDatePartArgument(site: ErrorSite): SpannerError {
  return located('Date part arguments are not supported', site);
}

export function invalidDatePart(found: string, site: ErrorSite): SpannerError {
  return located(`A valid date part name is required but found ${found}`, site);
}

export function unexpectedInterval(site: ErrorSite): SpannerError {
  return located('Unexpected INTERVAL expression', site);
}

export function aggregateNotAllowed(name: string, where: string, site: ErrorSite): SpannerError {
  return located(`Aggregate function ${name} not allowed in ${where}`, site);
}

export function unsupportedExpression(what: string, site: ErrorSite): SpannerError {
  return located(`${what} is not supported`, site);
}

export function namedArgumentsNotSupported(name: string, site: ErrorSite): SpannerError {
  return located(`Named arguments are not supported for function ${name}`, site);
}

/** Spanner's rule, not GoogleSQL's: PENDING_COMMIT_TIMESTAMP() only as a written value. */
export function pendingCommitTimestampValueOnly(): SpannerError {
  return new SpannerError(
    Code.INVALID_ARGUMENT,
    'The PENDING_COMMIT_TIMESTAMP() function may only be used as a value for INSERT or UPDATE of an appropriately typed column. It cannot be used in SELECT, or as the input to any other scalar expression.',
  );
}

export function subqueryNotSupported(site: ErrorSite): SpannerError {
  return new SpannerError(
    Code.UNIMPLEMENTED,
    locatedMessage('Subqueries are not supported by this emulator yet', site),
  );
}

/** A literal that signature matching converts (`date_col = 'x'`) but whose value does not fit. */
export function couldNotCastLiteral(literal: string, type: string, site: ErrorSite): SpannerError {
  return located(`Could not cast literal ${literal} to type ${type}`, site);
}

export function parameterizedTypeNotSupported(site: ErrorSite): SpannerError {
  return located('Parameterized types are not supported', site);
}

export function unaryPlusNotNumeric(type: string, site: ErrorSite): SpannerError {
  return located(`Operands of + must be numeric type but was ${type}`, site);
}

export function structFieldCountMismatch(declared: number, given: number, site: ErrorSite): SpannerError {
  return located(`STRUCT type has ${declared} fields but constructor call has ${given} fields`, site);
}

/** `TIMESTAMP_ADD does not support the YEAR date part`, `EXTRACT from DATE does not support ...`. */
export function datePartNotSupported(operation: string, part: string, site: ErrorSite): SpannerError {
  return located(`${operation} does not support the ${part} date part`, site);
}

export function structFieldDoesNotCoerce(position: number, from: string, to: string, site: ErrorSite): SpannerError {
  return located(`Struct field ${position} has type ${from} which does not coerce to ${to}`, site);
}

export function sequenceNotFound(name: string, site: ErrorSite): SpannerError {
  return located(`Sequence not found: ${name}`, site);
}
