/**
 * Every evaluable function by id, merged from the topic tables in functions/. A function the
 * analyzer accepts but no table implements is reported as UNIMPLEMENTED when an expression using
 * it is compiled (see compile-expression.ts); the test of this folder lists which ones remain.
 */

import { ARITHMETIC_IMPLS } from './functions/numeric/arithmetic-impls';
import { ARRAY_IMPLS } from './functions/array-impls';
import { COMPARISON_IMPLS } from './functions/comparison-impls';
import { CONDITIONAL_IMPLS } from './functions/conditional-impls';
import { DATE_IMPLS } from './functions/datetime/date-impls';
import { HASHING_IMPLS } from './functions/string/hashing-impls';
import { JSON_IMPLS } from './functions/json/json-impls';
import { MATH_IMPLS } from './functions/numeric/math-impls';
import { NET_IMPLS } from './functions/string/net-impls';
import { SPANNER_IMPLS } from './functions/spanner-impls';
import { STRING_IMPLS } from './functions/string/string-impls';
import { TIMESTAMP_IMPLS } from './functions/datetime/timestamp-impls';
import type { FunctionImpl, ImplementationTable } from './function-implementation';

const TABLES: readonly ImplementationTable[] = [
  COMPARISON_IMPLS,
  CONDITIONAL_IMPLS,
  ARITHMETIC_IMPLS,
  MATH_IMPLS,
  STRING_IMPLS,
  HASHING_IMPLS,
  NET_IMPLS,
  DATE_IMPLS,
  TIMESTAMP_IMPLS,
  JSON_IMPLS,
  ARRAY_IMPLS,
  SPANNER_IMPLS,
];

function merge(): Map<string, FunctionImpl> {
  const all = new Map<string, FunctionImpl>();
  for (const table of TABLES) {
    for (const [id, impl] of Object.entries(table)) {
      if (all.has(id)) throw new Error(`Function implemented twice: ${id}`);
      all.set(id, impl);
    }
  }
  return all;
}

const IMPLEMENTATIONS = merge();

export function implementationOf(fn: string): FunctionImpl | undefined {
  return IMPLEMENTATIONS.get(fn);
}
