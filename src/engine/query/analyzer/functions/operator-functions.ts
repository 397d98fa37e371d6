/**
 * Operators as functions of the catalog (`$add` for `+`...), with the signatures Spanner offers
 * and the way GoogleSQL prints each in "Supported signatures" (`INT64 + INT64`, `-(INT64)`,
 * `NOT (BOOL)`). Operators whose errors GoogleSQL words specially (IN, CASE, bitwise, comparison
 * of unorderable types) keep that wording in the analyzer.
 */

import { defineFunction, type FunctionDef, type FunctionOptions } from './function-signature';

/** How a signature is printed: `infix` (`A + B`), `prefix` (`-(A)`) or a fixed text per signature. */
export type OperatorStyle =
  | { readonly kind: 'infix' }
  | { readonly kind: 'prefix' }
  | { readonly kind: 'fixed'; readonly texts: readonly string[] };

export interface OperatorDef {
  readonly id: string;
  /** As messages name it: `+`, `NOT`, `IS TRUE`. */
  readonly symbol: string;
  readonly def: FunctionDef;
  readonly style: OperatorStyle;
}

function op(
  id: string,
  symbol: string,
  signatures: readonly string[],
  style: OperatorStyle,
  options: FunctionOptions = {},
): OperatorDef {
  return { id, symbol, def: defineFunction(symbol, signatures, options), style };
}

const INFIX: OperatorStyle = { kind: 'infix' };
const PREFIX: OperatorStyle = { kind: 'prefix' };
const ARITHMETIC = ['INT64, INT64 -> INT64', 'FLOAT64, FLOAT64 -> FLOAT64', 'NUMERIC, NUMERIC -> NUMERIC'];
const BITWISE = ['INT64, INT64 -> INT64', 'BYTES, BYTES -> BYTES'];
const SHIFT = ['INT64, INT64 -> INT64', 'BYTES, INT64 -> BYTES'];
const COMPARISON = ['T1, T1 -> BOOL'];

export const OPERATORS: readonly OperatorDef[] = [
  op('$add', '+', ARITHMETIC, INFIX),
  op('$subtract', '-', ARITHMETIC, INFIX),
  op('$multiply', '*', ARITHMETIC, INFIX),
  op('$divide', '/', ['FLOAT64, FLOAT64 -> FLOAT64', 'NUMERIC, NUMERIC -> NUMERIC'], INFIX),
  op('$unary_minus', '-', ['INT64 -> INT64', 'FLOAT32 -> FLOAT32', 'FLOAT64 -> FLOAT64', 'NUMERIC -> NUMERIC'], PREFIX),
  op(
    '$concat_op',
    '||',
    ['STRING, STRING -> STRING', 'BYTES, BYTES -> BYTES', 'ARRAY<T1>, ARRAY<T1> -> ARRAY<T1>'],
    INFIX,
  ),
  op('$bitwise_and', '&', BITWISE, INFIX),
  op('$bitwise_or', '|', BITWISE, INFIX),
  op('$bitwise_xor', '^', BITWISE, INFIX),
  op('$bitwise_left_shift', '<<', SHIFT, INFIX),
  op('$bitwise_right_shift', '>>', SHIFT, INFIX),
  op('$bitwise_not', '~', ['INT64 -> INT64', 'BYTES -> BYTES'], PREFIX),
  op('$equal', '=', COMPARISON, INFIX),
  op('$not_equal', '!=', COMPARISON, INFIX),
  op('$less', '<', COMPARISON, INFIX),
  op('$less_or_equal', '<=', COMPARISON, INFIX),
  op('$greater', '>', COMPARISON, INFIX),
  op('$greater_or_equal', '>=', COMPARISON, INFIX),
  op('$like', 'LIKE', ['STRING, STRING -> BOOL', 'BYTES, BYTES -> BOOL'], INFIX),
  op('$and', 'AND', ['BOOL, BOOL... -> BOOL'], { kind: 'fixed', texts: ['BOOL AND ([BOOL, ...])'] }),
  op('$or', 'OR', ['BOOL, BOOL... -> BOOL'], { kind: 'fixed', texts: ['BOOL OR ([BOOL, ...])'] }),
  op('$not', 'NOT', ['BOOL -> BOOL'], { kind: 'fixed', texts: ['NOT (BOOL)'] }),
  op('$is_null', 'IS NULL', ['T1 -> BOOL'], { kind: 'fixed', texts: ['(ANY) IS NULL'] }),
  op('$is_true', 'IS TRUE', ['BOOL -> BOOL'], { kind: 'fixed', texts: ['(BOOL) IS TRUE'] }),
  op('$is_false', 'IS FALSE', ['BOOL -> BOOL'], { kind: 'fixed', texts: ['(BOOL) IS FALSE'] }),
  op('$between', 'BETWEEN', ['T1, T1, T1 -> BOOL'], { kind: 'fixed', texts: ['(ANY) BETWEEN (ANY) AND (ANY)'] }),
  op('$in', 'IN', ['T1, T1... -> BOOL'], { kind: 'fixed', texts: ['(ANY) IN (ANY, ...)'] }),
  op('$array_at_offset', '[]', ['ARRAY<T1>, INT64 -> T1'], { kind: 'fixed', texts: ['ARRAY[OFFSET(INT64)]'] }),
  op('$safe_array_at_offset', '[]', ['ARRAY<T1>, INT64 -> T1'], {
    kind: 'fixed',
    texts: ['ARRAY[SAFE_OFFSET(INT64)]'],
  }),
  op('$array_at_ordinal', '[]', ['ARRAY<T1>, INT64 -> T1'], { kind: 'fixed', texts: ['ARRAY[ORDINAL(INT64)]'] }),
  op('$safe_array_at_ordinal', '[]', ['ARRAY<T1>, INT64 -> T1'], {
    kind: 'fixed',
    texts: ['ARRAY[SAFE_ORDINAL(INT64)]'],
  }),
  op('$subscript', '[]', ['JSON, INT64 -> JSON', 'JSON, STRING -> JSON'], {
    kind: 'fixed',
    texts: ['JSON[INT64]', 'JSON[STRING]'],
  }),
  op('$json_field', '.', ['JSON, STRING -> JSON'], { kind: 'fixed', texts: ['JSON.field'] }),
  op('$make_array', 'ARRAY', ['T1... -> ARRAY<T1>'], { kind: 'fixed', texts: ['ARRAY[ANY, ...]'] }),
  op(
    '$is_distinct_from',
    'IS DISTINCT FROM',
    ['T1, T1 -> BOOL'],
    { kind: 'fixed', texts: ['(ANY) IS DISTINCT FROM (ANY)'] },
    { supported: false },
  ),
  op(
    '$is_not_distinct_from',
    'IS NOT DISTINCT FROM',
    ['T1, T1 -> BOOL'],
    { kind: 'fixed', texts: ['(ANY) IS NOT DISTINCT FROM (ANY)'] },
    { supported: false },
  ),
];
