/**
 * Factories for the errors of change streams: FOR clause rules, tracking limits, options, and the
 * drops that tracked tables and columns block. Codes and messages are Spanner's.
 */

import { SpannerError } from './spanner-error';
import { failed, notFound } from './status-builders';

export function changeStreamNotFound(name: string): SpannerError {
  return notFound(`Change Stream not found: ${name}`);
}

export function tooManyChangeStreamsPerDatabase(stream: string, limit: number): SpannerError {
  return failed(
    `Cannot add Change Stream ${stream} : because the maximum number of Change Streams per Database ` +
      `(limit ${limit}) has been reached.`,
  );
}

export function tooManyChangeStreamsTrackingSameObject(stream: string, limit: number, object: string): SpannerError {
  return failed(
    `Failed to create or alter Change Stream ${stream} : because it is not allowed to have more than ${limit} ` +
      `Change Streams tracking the same table or non-key column or ALL: ${object}.`,
  );
}

export function changeStreamDuplicateTable(stream: string, table: string): SpannerError {
  return failed(`Change Stream ${stream} should not list Table ${table} more than once in the FOR clause.`);
}

export function changeStreamDuplicateColumn(stream: string, column: string, table: string): SpannerError {
  return failed(
    `Change Stream ${stream} should not list Column ${column} of Table ${table} more than once in the FOR clause.`,
  );
}

export function changeStreamUntrackableObject(stream: string, objectKind: string, object: string): SpannerError {
  return failed(
    `Change Stream ${stream} does not support tracking ${objectKind} ${object}. Change Streams support tracking ` +
      'Tables and Columns in the default schema (not in INFORMATION_SCHEMA or SPANNER_SYS). Change Streams, ' +
      'Indexes, Queues, Views/Functions and non-key Generated Columns that are not STORED VOLATILE are not ' +
      'supported for tracking.',
  );
}

export function changeStreamTableNotFound(stream: string, table: string): SpannerError {
  return failed(
    `Change Stream ${stream} cannot track ${table} because either Change Streams do not track database objects ` +
      'of this type, or this Table does not exist.',
  );
}

export function changeStreamColumnNotFound(stream: string, column: string, table: string): SpannerError {
  return failed(`Change Stream ${stream} cannot track column ${column} because it does not exist in Table ${table}.`);
}

export function changeStreamKeyColumnListed(stream: string, column: string, table: string): SpannerError {
  return failed(
    `The FOR clause of Change Stream ${stream} should not list the primary key column ${column} of Table ` +
      `${table}. Please list non-key columns only, because primary key columns are always tracked if the table ` +
      'is tracked.',
  );
}

export function invalidTimeDuration(text: string): SpannerError {
  return failed(`Invalid time duration format: ${text}.`);
}

export function invalidChangeStreamRetentionPeriod(text: string): SpannerError {
  return failed(
    `Invalid retention_period: ${text}. Change Streams retention period must be a value in the range [24h, 7d].`,
  );
}

export function invalidValueCaptureType(value: string): SpannerError {
  return failed(
    `Invalid value_capture_type: ${value}. Change Streams only support value capture types in ` +
      'OLD_AND_NEW_VALUES, NEW_ROW, and NEW_VALUES.',
  );
}

export function changeStreamHasNoForClause(stream: string): SpannerError {
  return failed(
    `The ALTER CHANGE STREAM DROP FOR clause cannot be applied on Change Stream ${stream}, because it does not ` +
      'have a FOR clause and it does not track any database object.',
  );
}

export function dropTableTrackedByChangeStream(table: string, streams: readonly string[]): SpannerError {
  return failed(
    `Cannot drop table ${table}. Table ${table} is tracked by ${streams.length} Change Stream: ` +
      `${streams.join(',')}. Tables explicitly tracked by a Change Stream cannot be dropped. Please drop the ` +
      'Change Stream or modify its FOR clause to stop tracking the table explicitly before dropping the table.',
  );
}

export function dropColumnTrackedByChangeStream(
  table: string,
  column: string,
  streams: readonly string[],
): SpannerError {
  return failed(
    `Cannot drop column ${table}.${column} . Column ${table}.${column} is tracked by ${streams.length} Change ` +
      `Stream: ${streams.join(',')}. Columns explicitly tracked by a Change Stream cannot be dropped. Please ` +
      'alter the Change Stream to stop tracking the column before dropping the column.',
  );
}
