/**
 * DATE functions. Date parts are keyword arguments (`DATE_TRUNC(d, MONTH)`) and intervals are
 * `INTERVAL n part` arguments; which parts each function accepts is checked in
 * ../date-parts.ts. CURRENT_DATE is stable (fixed per statement), so not deterministic.
 */

import { defineFunction as fn, type FunctionDef } from './function-signature';

export const DATE_FUNCTIONS: readonly FunctionDef[] = [
  fn('CURRENT_DATE', ['[STRING] -> DATE'], { volatility: 'stable' }),
  fn('DATE', ['TIMESTAMP, [STRING] -> DATE', 'INT64, INT64, INT64 -> DATE']),
  fn('DATE_ADD', ['DATE, INTERVAL -> DATE']),
  fn('DATE_SUB', ['DATE, INTERVAL -> DATE']),
  fn('DATE_DIFF', ['DATE, DATE, DATE_PART -> INT64']),
  fn('DATE_TRUNC', ['DATE, DATE_PART -> DATE']),
  fn('DATE_FROM_UNIX_DATE', ['INT64 -> DATE']),
  fn('FORMAT_DATE', ['STRING, DATE -> STRING']),
  fn('PARSE_DATE', ['STRING, STRING -> DATE']),
  fn('UNIX_DATE', ['DATE -> INT64']),
  fn('GENERATE_DATE_ARRAY', ['DATE, DATE, [INTERVAL] -> ARRAY<DATE>']),
  // GoogleSQL date functions Spanner does not offer.
  fn('LAST_DAY', ['DATE, [DATE_PART] -> DATE'], { supported: false }),
  fn('DATE_BUCKET', ['DATE, INTERVAL, [DATE] -> DATE'], { supported: false }),
];
