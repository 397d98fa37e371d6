/**
 * SQL functions (CREATE [OR REPLACE] FUNCTION, DROP FUNCTION). A SQL function's body is analyzed
 * against its parameters and the catalog (view-analysis/function-analyzer.ts) and must fit its
 * RETURNS type; a remote function takes only `endpoint` and `max_batching_rows` options. GetDatabaseDdl
 * prints the statement as written. Replacing keeps the function's place and must keep the views
 * and functions reading it valid; calling functions is the query engine's concern.
 */

import { duplicateNameInSchema } from '../../../errors/schema-errors';
import { isSpannerError } from '../../../errors/spanner-error';
import {
  createWithBuiltinFunctionName,
  functionBodyAnalysisError,
  functionDefinerSecurity,
  functionNotFoundInSchema,
  functionReplaceError,
  invalidFunctionOption,
  invalidFunctionOptionValue,
  viewReplaceRecursive,
} from '../../../errors/view-errors';
import type { DdlCreateFunction, DdlDropFunction } from '../../../sql/ast/ddl-view';
import type { Catalog } from '../catalog/catalog';
import { objectNameInUse } from './object-namespace';
import type { SchemaObjectRef } from '../catalog/dependencies';
import { lookupNamed, putNamed, removeNamed, replaceNamed } from '../catalog/named-map';
import type { SqlFunction } from '../catalog/schema-objects';
import type { ApplyContext } from '../ddl/apply-context';
import { requireSchemaOfName } from './object-names';
import { checkDropByDependents, readsTransitively, revalidateDependents } from './schema-dependents';
import { isBuiltinFunction } from './view-analysis/call-typing';
import { analyzeFunctionBody } from './view-analysis/function-analyzer';

export function createFunction(catalog: Catalog, stmt: DdlCreateFunction, ctx: ApplyContext): Catalog {
  void ctx;
  const name = stmt.name.name;
  const remote = stmt.remote || stmt.language === 'REMOTE';
  if (!remote && stmt.security === 'DEFINER') throw functionDefinerSecurity(name);
  const existing = lookupNamed(catalog.functions, name);
  const replaced = stmt.orReplace ? existing : undefined;
  if (replaced === undefined && objectNameInUse(catalog, name) !== undefined) throw duplicateNameInSchema(name);
  if (isBuiltinFunction(name)) {
    throw createWithBuiltinFunctionName(stmt.orReplace ? 'create or replace' : 'create', 'Function', name);
  }
  requireSchemaOfName(catalog, name);
  const dependencies = remote ? checkRemoteOptions(stmt) : analyzeDefinition(catalog, stmt, replaced !== undefined);
  const fn: SqlFunction = { name, text: stmt.text, definition: stmt, dependencies };
  if (replaced === undefined) return { ...catalog, functions: putNamed(catalog.functions, fn) };
  if (readsTransitively(catalog, dependencies, { kind: 'function', name: replaced.name }))
    throw viewReplaceRecursive(replaced.name);
  const after = { ...catalog, functions: replaceNamed(catalog.functions, replaced.name, fn) };
  return revalidateDependents(after, { kind: 'function', name }, 'alter FUNCTION', name);
}

function analyzeDefinition(catalog: Catalog, stmt: DdlCreateFunction, replacing: boolean): readonly SchemaObjectRef[] {
  if (stmt.body === null) return [];
  try {
    return analyzeFunctionBody(catalog, stmt, stmt.body.text).dependencies;
  } catch (e) {
    if (!isSpannerError(e)) throw e;
    throw replacing
      ? functionReplaceError(stmt.name.name, e.message)
      : functionBodyAnalysisError(stmt.name.name, e.message);
  }
}

/** A remote function takes `endpoint` (a string) and `max_batching_rows` (an integer) only. */
function checkRemoteOptions(stmt: DdlCreateFunction): readonly SchemaObjectRef[] {
  for (const option of stmt.options ?? []) {
    const key = option.name.toLowerCase();
    if (key === 'max_batching_rows' && option.value.kind !== 'int') {
      throw invalidFunctionOptionValue(JSON.stringify(option.value), option.name, stmt.name.name);
    }
    if (key !== 'max_batching_rows' && key !== 'endpoint') throw invalidFunctionOption(option.name, stmt.name.name);
  }
  return [];
}

export function dropFunction(catalog: Catalog, stmt: DdlDropFunction, ctx: ApplyContext): Catalog {
  void ctx;
  const fn = lookupNamed(catalog.functions, stmt.name.name);
  if (fn === undefined) {
    if (stmt.ifExists) return catalog;
    throw functionNotFoundInSchema(stmt.name.name);
  }
  checkDropByDependents(catalog, { kind: 'function', name: fn.name });
  return { ...catalog, functions: removeNamed(catalog.functions, fn.name) };
}
