/**
 * The function catalog: every function and operator by name, from the topic files. Lookup is
 * case-insensitive and follows aliases. User-defined functions are the schema's, not this
 * catalog's.
 */

import { AGGREGATE_FUNCTIONS } from './aggregate-functions';
import { ARRAY_FUNCTIONS } from './array-functions';
import { CONDITIONAL_FUNCTIONS } from './conditional-functions';
import { DATE_FUNCTIONS } from './date-functions';
import type { FunctionDef } from './function-signature';
import { HASHING_FUNCTIONS } from './hashing-functions';
import { JSON_FUNCTIONS } from './json-functions';
import { MATH_FUNCTIONS } from './math-functions';
import { NET_FUNCTIONS } from './net-functions';
import { OPERATORS, type OperatorDef } from './operator-functions';
import { SPANNER_FUNCTIONS } from './spanner-functions';
import { STRING_FUNCTIONS } from './string-functions';
import { TIMESTAMP_FUNCTIONS } from './timestamp-functions';

const ALL_FUNCTIONS: readonly FunctionDef[] = [
  ...STRING_FUNCTIONS,
  ...MATH_FUNCTIONS,
  ...DATE_FUNCTIONS,
  ...TIMESTAMP_FUNCTIONS,
  ...ARRAY_FUNCTIONS,
  ...JSON_FUNCTIONS,
  ...HASHING_FUNCTIONS,
  ...NET_FUNCTIONS,
  ...CONDITIONAL_FUNCTIONS,
  ...AGGREGATE_FUNCTIONS,
  ...SPANNER_FUNCTIONS,
];

function buildIndex(): Map<string, FunctionDef> {
  const index = new Map<string, FunctionDef>();
  for (const def of ALL_FUNCTIONS) {
    for (const name of [def.name, ...def.aliases]) {
      if (index.has(name)) throw new Error(`Function defined twice: ${name}`);
      index.set(name, def);
    }
  }
  return index;
}

const FUNCTIONS = buildIndex();
const OPERATOR_INDEX = new Map<string, OperatorDef>(OPERATORS.map((o) => [o.id, o]));

/** A function by its (possibly dotted) name, any case; undefined if GoogleSQL has no such function. */
export function lookupFunction(name: string): FunctionDef | undefined {
  return FUNCTIONS.get(name.toUpperCase());
}

/** An operator by its id (`$add`); operators are fixed, so a missing one is a bug. */
export function operator(id: string): OperatorDef {
  const def = OPERATOR_INDEX.get(id);
  if (def === undefined) throw new Error(`Unknown operator ${id}`);
  return def;
}

/** Every function definition (for documentation and tests). */
export function allFunctions(): readonly FunctionDef[] {
  return ALL_FUNCTIONS;
}
