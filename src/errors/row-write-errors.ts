/**
 * Factories for errors of rows being written by mutations (and later DML): a row that already
 * exists or is missing, values a column refuses (NULL, lengths, encodings, commit timestamps),
 * keys too large, evaluated (DEFAULT and generated) key columns, interleaving, foreign keys,
 * UNIQUE indexes, the per-commit mutation limit and exhausted sequences. Messages and codes are
 * the official emulator's (common/errors.cc; clients and tests match on them) except where
 * production Spanner differs and the engine follows it (said at each factory); keys print as
 * `{Int64(1), String("a")}`, columns qualified as `Table.Column` where the emulator says FullName.
 * CHECK and referenced-key-not-found violations reuse constraint-errors.ts's factories.
 */
import { Code } from './codes';
import { SpannerError } from './spanner-error';
import { failed, invalid, notFound } from './status-builders';

export function rowAlreadyExists(table: string, key: string): SpannerError {
  return new SpannerError(Code.ALREADY_EXISTS, `Table ${table}: Row ${key} already exists.`);
}

/** An insert of a key an earlier mutation of the same commit created (production's answer). */
export function rowCreatedInThisTransaction(table: string, key: string): SpannerError {
  return new SpannerError(Code.INVALID_ARGUMENT, `Table ${table}: Row ${key} was already created in this transaction.`);
}

export function rowNotFound(table: string, key: string): SpannerError {
  return notFound(`Table ${table}: Row ${key} not found.`);
}

/**
 * A NULL that Spanner computed for a NOT NULL column (a DEFAULT, a generated column), or a key
 * column a write leaves NULL; `column` as the emulator names it there (qualified, `t.c`, except a
 * key column left out of an update).
 */
export function nullWrittenToNotNullColumn(table: string, column: string): SpannerError {
  return failed(`Cannot specify a null value for column: ${column} in table: ${table}`);
}

/**
 * `column` qualified: a NULL a write gives for a NOT NULL column. Production Spanner's wording
 * (the official emulator says it as nullWrittenToNotNullColumn does).
 */
export function nullGivenForNotNullColumn(column: string): SpannerError {
  return failed(`The ${column} column must not be null`);
}

/** An insert (or insert_or_update, replace) that leaves out a NOT NULL column without a default. */
export function notNullColumnMissingFromInsert(table: string, column: string): SpannerError {
  return failed(`A new row in table ${table} does not specify a non-null value for NOT NULL column: ${column}`);
}

export function invalidStringEncoding(table: string, column: string): SpannerError {
  return invalid(`Invalid UTF-8 encoding for string value from column ${column} in table ${table}.`);
}

/** `column` qualified; sizes in characters for STRING, bytes for BYTES. */
export function valueExceedsColumnLimit(column: string, size: number, limit: number): SpannerError {
  return failed(`New value exceeds the maximum size limit for this column: ${column}, size: ${size}, limit: ${limit}.`);
}

export function unknownPlacement(placement: string): SpannerError {
  return invalid(`Unknown placement: ${placement}`);
}

export function vectorLengthExceedsLimit(column: string, elements: number, limit: number): SpannerError {
  return invalid(`Array column ${column} has ${elements} elements and exceeds the \`vector_length\` limit: ${limit}.`);
}

export function vectorLengthLessThanLimit(column: string, elements: number, limit: number): SpannerError {
  return invalid(
    `Array column ${column} has ${elements} elements and is less than the \`vector_length\` limit: ${limit}.`,
  );
}

/** The double period is the emulator's. */
export function nullInVectorArray(column: string): SpannerError {
  return invalid(`The array column ${column} has \`vector_length\`, and Null is not allowed..`);
}

/** `nanos` since the epoch, printed as absl prints times (`2999-01-01T00:00:00+00:00`). */
export function commitTimestampInFuture(nanos: bigint): SpannerError {
  return failed(`Cannot write timestamps in the future, found: ${absoluteTimeText(nanos)}`);
}

/** `column` qualified: spanner.commit_timestamp() into a column (or key hierarchy) without the option. */
export function commitTimestampOptionNotEnabled(column: string): SpannerError {
  return failed(
    'Cannot write commit timestamp because the allow_commit_timestamp column option is not set to true ' +
      `for column ${column}, or for all corresponding shared key columns in this table's interleaved table hierarchy.`,
  );
}

export function keyTooLarge(table: string, size: number, limit: number): SpannerError {
  return invalid(`Number of bytes for key of table ${table} is ${size} which exceeds the maximum of ${limit}.`);
}

export function indexKeyTooLarge(index: string, size: number, limit: number): SpannerError {
  return invalid(`Number of bytes for key of index ${index} is ${size} which exceeds the maximum of ${limit}.`);
}

/** The same limit met by an existing row when CREATE INDEX fills the index: FAILED_PRECONDITION. */
export function indexKeyTooLargeForBackfill(index: string, size: number, limit: number): SpannerError {
  return failed(`Number of bytes for key of index ${index} is ${size} which exceeds the maximum of ${limit}.`);
}

/** `column` qualified; `operation` as the emulator names it (`UPDATE`). */
export function defaultKeyNeedsExplicitValue(column: string, operation: string): SpannerError {
  return failed(
    `Implicit use of primary key default value for column \`${column}\` is not allowed in ${operation} ` +
      'mutations. The column must have a specific value.',
  );
}

export function generatedKeyNeedsExplicitValue(column: string): SpannerError {
  return failed(
    `The value of generated primary key column \`${column}\` must be explicitly specified or else its ` +
      'non-key dependent columns must be specified in Update mutations.',
  );
}

/** The trailing space is the emulator's. */
export function generatedKeyDependenciesMissing(column: string): SpannerError {
  return failed(
    `The value of generated primary key column \`${column}\` cannot be evaluated since value of all its ` +
      'dependent columns is not specified. ',
  );
}

export function generatedKeyModified(column: string): SpannerError {
  return new SpannerError(
    Code.OUT_OF_RANGE,
    `The value of generated primary key column \`${column}\` cannot be modified when its non-key dependent ` +
      'columns are updated.',
  );
}

export function cannotWriteToGeneratedColumn(table: string, column: string): SpannerError {
  return failed(`Cannot write into generated column \`${table}.${column}\`.`);
}

/** `key` is the parent's key (the child key's prefix): the database has no such parent row. */
export function parentKeyNotFound(parent: string, child: string, key: string): SpannerError {
  return notFound(parentMissingText(parent, child, key));
}

/*
 * A parent row missing because of the commit itself rather than the database: production Spanner
 * answers INVALID_ARGUMENT (the official emulator NOT_FOUND). No source shows production's text,
 * so the emulator's is kept and the reason added.
 */

/** The parent row of a child row was deleted earlier in the same commit. */
export function parentDeletedEarlierInTransaction(parent: string, child: string, key: string): SpannerError {
  return invalid(`${parentMissingText(parent, child, key)}. The parent row was deleted earlier in this transaction.`);
}

/** The parent row of a child row is inserted by a later mutation of the same commit. */
export function parentInsertedLaterInTransaction(parent: string, child: string, key: string): SpannerError {
  return invalid(
    `${parentMissingText(parent, child, key)}. The parent row is inserted later in this transaction; ` +
      'a parent row must be inserted before its child rows.',
  );
}

/** The parent's key holds the commit timestamp, and the commit has not inserted that row first. */
export function parentKeyHoldsCommitTimestamp(parent: string, child: string, key: string): SpannerError {
  return invalid(
    `${parentMissingText(parent, child, key)}. The parent key holds this transaction's commit timestamp, so ` +
      'only this transaction can insert the parent row, and it must do so before inserting the child row.',
  );
}

/** The official emulator's NOT_FOUND text (double spaces its own), which every missing parent starts with. */
function parentMissingText(parent: string, child: string, key: string): string {
  return `Insert failed because key was not found in parent table:  Parent Table: ${parent}  Child Table: ${child}  Key: ${key}`;
}

export function childKeyExists(parent: string, child: string, key: string): SpannerError {
  return failed(
    'Delete failed because one or more keys exist within the child table:  ' +
      `Parent Table: ${parent}  Child Table: ${child}  Key: ${key}`,
  );
}

export function foreignKeyReferencingKeyFound(
  fk: string,
  referencingTable: string,
  referencedTable: string,
  key: string,
): SpannerError {
  return failed(
    `Foreign key \`${fk}\` constraint violation when deleting or updating referenced key \`${key}\` in table ` +
      `\`${referencedTable}\`. A row with that key exists in the referencing table \`${referencingTable}\`.`,
  );
}

/** A row of a table referenced by an ON DELETE CASCADE foreign key, written and deleted in one transaction. */
export function writeAndDeleteOfCascadeReferencedRow(table: string, key: string): SpannerError {
  return failed(
    `Cannot write and delete the row with key ${key} in the foreign key referenced table ${table} within the same transaction.`,
  );
}

/** The double space is the emulator's. */
export function uniqueIndexViolation(index: string, key: string): SpannerError {
  return new SpannerError(
    Code.ALREADY_EXISTS,
    `UNIQUE violation on index ${index},  duplicate key: ${key} in this transaction.`,
  );
}

export function updateOfRowDeletedInTransaction(table: string, key: string): SpannerError {
  return invalid(`Row ${key} in ${table} was deleted and then updated in the same transaction.`);
}

/** Spanner's own wording (the official emulator has no limit). */
export function tooManyMutations(limit: number): SpannerError {
  return invalid(
    'The transaction contains too many mutations. Insert and update operations count with the multiplicity of ' +
      'the number of columns they affect. For example, inserting values into one key column and four non-key ' +
      'columns count as five mutations total for the insert. Delete and delete range operations count as one ' +
      'mutation regardless of the number of columns affected. The total mutation count includes any changes to ' +
      `indexes that the transaction generates. Please reduce the number of writes, or use fewer indexes. (Maximum number: ${limit})`,
  );
}

/** Every value of the sequence's range is skipped, or its counter reached the INT64 maximum. */
export function sequenceExhausted(sequence: string): SpannerError {
  return failed(`Sequence ${sequence} is exhausted`);
}

/** absl's default FormatTime, in UTC: the fraction only as long as needed. */
function absoluteTimeText(nanos: bigint): string {
  const seconds = nanos / 1_000_000_000n - (nanos % 1_000_000_000n < 0n ? 1n : 0n);
  const fraction = nanos - seconds * 1_000_000_000n;
  const iso = new Date(Number(seconds) * 1000).toISOString().slice(0, 19);
  const digits = fraction === 0n ? '' : `.${String(fraction).padStart(9, '0').replace(/0+$/, '')}`;
  return `${iso}${digits}+00:00`;
}
