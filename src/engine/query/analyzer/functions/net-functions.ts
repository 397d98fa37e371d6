/** The NET.* functions (IP addresses and host names), called by their qualified names. */

import { defineFunction as fn, type FunctionDef } from './function-signature';

export const NET_FUNCTIONS: readonly FunctionDef[] = [
  fn('NET.IP_FROM_STRING', ['STRING -> BYTES']),
  fn('NET.SAFE_IP_FROM_STRING', ['STRING -> BYTES']),
  fn('NET.IP_TO_STRING', ['BYTES -> STRING']),
  fn('NET.IP_NET_MASK', ['INT64, INT64 -> BYTES']),
  fn('NET.IP_TRUNC', ['BYTES, INT64 -> BYTES']),
  fn('NET.IPV4_FROM_INT64', ['INT64 -> BYTES']),
  fn('NET.IPV4_TO_INT64', ['BYTES -> INT64']),
  fn('NET.HOST', ['STRING -> STRING']),
  fn('NET.PUBLIC_SUFFIX', ['STRING -> STRING']),
  fn('NET.REG_DOMAIN', ['STRING -> STRING']),
];
