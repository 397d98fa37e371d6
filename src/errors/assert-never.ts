/**
 * Exhaustiveness guard for switches over discriminated unions: adding a variant makes the compiler
 * point at every switch that forgot it. Reaching it at run time is a bug in the emulator, so it
 * throws a plain Error (turned into INTERNAL by the transport layer), not a user-facing error.
 */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
