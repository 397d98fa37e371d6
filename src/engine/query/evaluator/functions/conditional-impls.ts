/**
 * Conditional functions that evaluate all their arguments: NULLIF and ERROR. IF, IFNULL,
 * COALESCE and CASE choose a branch before evaluating it, in ../lazy-calls.ts.
 */

import { errorCalledWithNull, userRaisedError } from '../../../../errors/evaluation-errors';
import { argType, type ImplementationTable } from '../function-implementation';
import { sqlEquals } from '../value-comparison';

export const CONDITIONAL_IMPLS: ImplementationTable = {
  nullif: ([a, b], info) => (sqlEquals(argType(info, 0), a, b) === true ? null : a),
  error: ([message]) => {
    throw message === null ? errorCalledWithNull() : userRaisedError(String(message));
  },
};
