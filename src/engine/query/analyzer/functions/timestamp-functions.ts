/**
 * TIMESTAMP functions, and the DATETIME / TIME families that GoogleSQL has and Spanner does not
 * (named so that calling them says "Unsupported built-in function", as Spanner does).
 */

import { defineFunction as fn, type FunctionDef } from './function-signature';

export const TIMESTAMP_FUNCTIONS: readonly FunctionDef[] = [
  fn('CURRENT_TIMESTAMP', ['-> TIMESTAMP'], { volatility: 'stable' }),
  fn('TIMESTAMP', ['STRING, [STRING] -> TIMESTAMP', 'DATE, [STRING] -> TIMESTAMP']),
  fn('TIMESTAMP_ADD', ['TIMESTAMP, INTERVAL -> TIMESTAMP']),
  fn('TIMESTAMP_SUB', ['TIMESTAMP, INTERVAL -> TIMESTAMP']),
  fn('TIMESTAMP_DIFF', ['TIMESTAMP, TIMESTAMP, DATE_PART -> INT64']),
  fn('TIMESTAMP_TRUNC', ['TIMESTAMP, DATE_PART, [STRING] -> TIMESTAMP']),
  fn('TIMESTAMP_SECONDS', ['INT64 -> TIMESTAMP']),
  fn('TIMESTAMP_MILLIS', ['INT64 -> TIMESTAMP']),
  fn('TIMESTAMP_MICROS', ['INT64 -> TIMESTAMP']),
  fn('UNIX_SECONDS', ['TIMESTAMP -> INT64']),
  fn('UNIX_MILLIS', ['TIMESTAMP -> INT64']),
  fn('UNIX_MICROS', ['TIMESTAMP -> INT64']),
  fn('FORMAT_TIMESTAMP', ['STRING, TIMESTAMP, [STRING] -> STRING']),
  fn('PARSE_TIMESTAMP', ['STRING, STRING, [STRING] -> TIMESTAMP']),
  fn('JUSTIFY_DAYS', ['INTERVAL -> INTERVAL']),
  fn('JUSTIFY_HOURS', ['INTERVAL -> INTERVAL']),
  fn('JUSTIFY_INTERVAL', ['INTERVAL -> INTERVAL']),
  // GoogleSQL civil-time functions Spanner does not offer.
  fn('CURRENT_DATETIME', ['[STRING] -> TIMESTAMP'], { supported: false, volatility: 'stable' }),
  fn('CURRENT_TIME', ['[STRING] -> TIMESTAMP'], { supported: false, volatility: 'stable' }),
  ...[
    'DATETIME',
    'TIME',
    'DATETIME_ADD',
    'DATETIME_SUB',
    'DATETIME_DIFF',
    'DATETIME_TRUNC',
    'TIME_ADD',
    'TIME_SUB',
    'TIME_DIFF',
    'TIME_TRUNC',
    'FORMAT_DATETIME',
    'FORMAT_TIME',
    'PARSE_DATETIME',
    'PARSE_TIME',
    'TIMESTAMP_BUCKET',
  ].map((name) => fn(name, [], { supported: false })),
];
