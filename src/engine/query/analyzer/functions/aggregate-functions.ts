/**
 * Aggregate functions. The expression analyzer only recognises them (so that a column expression
 * can say "Aggregate function SUM not allowed in standalone expression"); grouping is the query
 * analyzer's business.
 */

import { defineFunction as fn, type FunctionDef } from './function-signature';

const aggregate = { aggregate: true };
const SUM_LIKE = ['INT64 -> INT64', 'FLOAT64 -> FLOAT64', 'NUMERIC -> NUMERIC'];
const STATISTIC = ['FLOAT64 -> FLOAT64'];

export const AGGREGATE_FUNCTIONS: readonly FunctionDef[] = [
  fn('ANY_VALUE', ['T1 -> T1'], aggregate),
  fn('ARRAY_AGG', ['T1 -> ARRAY<T1>'], aggregate),
  fn('ARRAY_CONCAT_AGG', ['ARRAY<T1> -> ARRAY<T1>'], aggregate),
  fn('AVG', ['INT64 -> FLOAT64', 'FLOAT64 -> FLOAT64', 'NUMERIC -> NUMERIC'], aggregate),
  fn('BIT_AND', ['INT64 -> INT64'], aggregate),
  fn('BIT_OR', ['INT64 -> INT64'], aggregate),
  fn('BIT_XOR', ['INT64 -> INT64'], aggregate),
  fn('COUNT', ['ANY -> INT64'], aggregate),
  fn('COUNTIF', ['BOOL -> INT64'], aggregate),
  fn('LOGICAL_AND', ['BOOL -> BOOL'], aggregate),
  fn('LOGICAL_OR', ['BOOL -> BOOL'], aggregate),
  fn('MAX', ['T1 -> T1'], aggregate),
  fn('MIN', ['T1 -> T1'], aggregate),
  fn('STRING_AGG', ['STRING, [STRING] -> STRING', 'BYTES, [BYTES] -> BYTES'], aggregate),
  fn('SUM', SUM_LIKE, aggregate),
  fn('STDDEV', STATISTIC, aggregate),
  fn('STDDEV_SAMP', STATISTIC, aggregate),
  fn('VARIANCE', STATISTIC, aggregate),
  fn('VAR_SAMP', STATISTIC, aggregate),
  // GoogleSQL aggregates Spanner does not offer.
  ...['APPROX_COUNT_DISTINCT', 'CORR', 'COVAR_POP', 'COVAR_SAMP', 'STDDEV_POP', 'VAR_POP'].map((name) =>
    fn(name, ['T1 -> FLOAT64'], { aggregate: true, supported: false }),
  ),
];
