/**
 * Change streams (CREATE / ALTER / DROP CHANGE STREAM). A stream takes its name and the name of
 * its read function (`READ_<name>`) in the schema-wide namespace, may track ALL or listed tables
 * and columns (change-stream-tracking.ts), and carries options (change-stream-options.ts). The
 * change records themselves are the data plane's.
 *
 * Options follow Spanner's bookkeeping: each OPTIONS / SET OPTIONS list replaces the previous one
 * as written (NULLs included), and GetDatabaseDdl shows it once any option was ever given a value.
 */

import {
  changeStreamHasNoForClause,
  changeStreamNotFound,
  tooManyChangeStreamsPerDatabase,
} from '../../../errors/change-stream-errors';
import type {
  DdlAlterChangeStream,
  DdlCreateChangeStream,
  DdlDropChangeStream,
} from '../../../sql/ast/ddl-change-stream';
import type { DdlOption } from '../../../sql/ast/ddl-common';
import type { SchemaOption } from '../catalog/schema-option';
import type { Catalog } from '../catalog/catalog';
import { lookupNamed, putNamed, removeNamed } from '../catalog/named-map';
import type { ChangeStream, ChangeStreamFor } from '../catalog/schema-objects';
import type { ApplyContext } from '../ddl/apply-context';
import { validateChangeStreamOptions } from './change-stream-options';
import { checkTrackingLimits, forClauseOf, validateForClause } from './change-stream-tracking';
import { optionDefs } from './object-options';
import { validateObjectName } from './object-names';
import { assertObjectNameFree, changeStreamReadFunctionName } from './object-namespace';

export const MAX_CHANGE_STREAMS_PER_DATABASE = 10;

export function createChangeStream(catalog: Catalog, stmt: DdlCreateChangeStream, ctx: ApplyContext): Catalog {
  void ctx;
  const name = stmt.name.name;
  if (stmt.ifNotExists && lookupNamed(catalog.changeStreams, name) !== undefined) return catalog;
  if (catalog.changeStreams.size >= MAX_CHANGE_STREAMS_PER_DATABASE) {
    throw tooManyChangeStreamsPerDatabase(name, MAX_CHANGE_STREAMS_PER_DATABASE);
  }
  assertObjectNameFree(catalog, name);
  assertObjectNameFree(catalog, changeStreamReadFunctionName(name));
  let forClause: ChangeStreamFor | null = null;
  if (stmt.forClause !== null) {
    validateForClause(catalog, name, stmt.forClause);
    forClause = forClauseOf(stmt.forClause);
    checkTrackingLimits(catalog, name, forClause);
  }
  validateChangeStreamOptions(stmt.options ?? []);
  validateObjectName('Change Stream', name);
  const stream: ChangeStream = { name, forClause, options: shownOptions([], stmt.options ?? []) };
  return { ...catalog, changeStreams: putNamed(catalog.changeStreams, stream) };
}

/**
 * The option list a stream shows after `written`: the list as written, or nothing while no option
 * has ever had a value (the stored list is non-empty exactly when one had).
 */
function shownOptions(current: readonly SchemaOption[], written: readonly DdlOption[]): SchemaOption[] {
  const list = optionDefs(written).map((o) => ({ name: o.name.toLowerCase(), value: o.value }));
  const everValued = current.length > 0 || list.some((o) => o.value.kind !== 'null');
  return everValued ? list : [];
}

export function alterChangeStream(catalog: Catalog, stmt: DdlAlterChangeStream, ctx: ApplyContext): Catalog {
  void ctx;
  const stream = lookupNamed(catalog.changeStreams, stmt.name.name);
  if (stream === undefined) throw changeStreamNotFound(stmt.name.name);
  const action = stmt.action;
  let next: ChangeStream;
  switch (action.kind) {
    case 'setFor': {
      validateForClause(catalog, stream.name, action.forClause);
      const forClause = forClauseOf(action.forClause);
      checkTrackingLimits(catalog, stream.name, forClause);
      next = { ...stream, forClause };
      break;
    }
    case 'dropForAll':
      if (stream.forClause === null) throw changeStreamHasNoForClause(stream.name);
      next = { ...stream, forClause: null };
      break;
    case 'setOptions':
      validateChangeStreamOptions(action.options);
      next = { ...stream, options: shownOptions(stream.options, action.options) };
      break;
  }
  return { ...catalog, changeStreams: putNamed(catalog.changeStreams, next) };
}

export function dropChangeStream(catalog: Catalog, stmt: DdlDropChangeStream, ctx: ApplyContext): Catalog {
  void ctx;
  const stream = lookupNamed(catalog.changeStreams, stmt.name.name);
  if (stream === undefined) throw changeStreamNotFound(stmt.name.name);
  return { ...catalog, changeStreams: removeNamed(catalog.changeStreams, stream.name) };
}
