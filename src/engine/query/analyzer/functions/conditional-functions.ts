/**
 * Conditional functions: IF, IFNULL, NULLIF, COALESCE, and ERROR. Their ANY arguments share one
 * supertype (`IF(c, 1, 2.5)` is a FLOAT64); NULLIF also needs an equatable type, which the
 * analyzer checks after matching.
 */

import { defineFunction as fn, type FunctionDef } from './function-signature';

export const CONDITIONAL_FUNCTIONS: readonly FunctionDef[] = [
  fn('IF', ['BOOL, T1, T1 -> T1']),
  fn('IFNULL', ['T1, T1 -> T1']),
  fn('NULLIF', ['T1, T1 -> T1']),
  fn('COALESCE', ['T1... -> T1']),
  // ERROR(message) has no value of its own: its result takes whatever type the context needs.
  fn('ERROR', ['STRING -> T1']),
];
