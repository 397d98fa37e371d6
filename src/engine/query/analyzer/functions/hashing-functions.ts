/** Hash and fingerprint functions, and UUID generation (volatile: a new value per call). */

import { defineFunction as fn, type FunctionDef } from './function-signature';

export const HASHING_FUNCTIONS: readonly FunctionDef[] = [
  fn('FARM_FINGERPRINT', ['STRING -> INT64', 'BYTES -> INT64']),
  fn('MD5', ['STRING -> BYTES', 'BYTES -> BYTES']),
  fn('SHA1', ['STRING -> BYTES', 'BYTES -> BYTES']),
  fn('SHA256', ['STRING -> BYTES', 'BYTES -> BYTES']),
  fn('SHA512', ['STRING -> BYTES', 'BYTES -> BYTES']),
  fn('GENERATE_UUID', ['-> STRING'], { volatility: 'volatile' }),
  fn('NEW_UUID', ['-> UUID'], { volatility: 'volatile' }),
];
