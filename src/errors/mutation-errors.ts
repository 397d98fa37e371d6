/**
 * Factories for mutations and key sets whose wire form Spanner refuses: no table named, a row
 * whose length differs from its column list, a column given twice, keys with too many (or, outside
 * ranges, too few) parts, key ranges without both ends, delete ranges that differ in more than
 * their last key part. Wording and codes are the official emulator's (common/errors.cc). Unknown
 * tables and columns are schema-errors.ts's; constraint violations found at commit are not here.
 */
import { Code } from './codes';
import { failed, invalid } from './status-builders';
import { SpannerError } from './spanner-error';

export function mutationTableRequired(): SpannerError {
  return invalid('Mutation does not specify table.');
}

/** `field` as the emulator names it: `Write.values`, `Mutation.operation`, `ReadRequest.key_set`. */
export function mutationColumnAndValueSizeMismatch(columns: number, values: number): SpannerError {
  return invalid(`Mutation column and value size mismatch: Found: ${columns} columns and ${values} values`);
}

export function multipleValuesForColumn(column: string): SpannerError {
  return invalid(`Multiple values for column ${column}.`);
}

/** The queue operations (`send`, `ack`) of newer protos, which no emulator serves. */
export function queueMutationsNotSupported(operation: string): SpannerError {
  return new SpannerError(Code.UNIMPLEMENTED, `Mutation.${operation} (queues) is not supported by this emulator.`);
}

/** `suppliedKey` is the key's ListValue in protobuf text format. */
export function wrongNumberOfKeyParts(
  tableOrIndex: string,
  expected: number,
  found: number,
  suppliedKey: string,
): SpannerError {
  return failed(
    `Wrong number of key parts for ${tableOrIndex}. Expected ${expected} key parts, found ${found} key parts. ` +
      `Supplied key: ${suppliedKey}`,
  );
}

export function keyRangeMissingStart(): SpannerError {
  return invalid('Key range must contain either start_closed or start_open.');
}

export function keyRangeMissingEnd(): SpannerError {
  return invalid('Key range must contain either end_closed or end_open.');
}

/** `start` and `limit` as key text (`{Int64(1), String("a")}`). */
export function badDeleteRange(start: string, limit: string): SpannerError {
  return new SpannerError(
    Code.UNIMPLEMENTED,
    `For delete ranges, start and limit keys may only differ in the final key part: start=${start}, limit=${limit}`,
  );
}
