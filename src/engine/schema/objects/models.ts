/**
 * Remote ML models (CREATE [OR REPLACE] / ALTER / DROP MODEL). The emulator cannot discover a
 * model's schema, so INPUT and OUTPUT must be written; the model must be REMOTE with exactly one
 * of `endpoint` / `endpoints`, and `default_batch_size` in 1..10. Options are kept in the order
 * GetDatabaseDdl prints them. Calling the model is the query engine's concern.
 */

import { duplicateNameInSchema } from '../../../errors/schema-errors';
import {
  invalidModelDefaultBatchSize,
  localModelUnsupported,
  modelEndpointAmbiguous,
  modelEndpointMissing,
  modelNotFound,
  modelWithoutColumns,
  tooManyModelColumns,
  tooManyModelsPerDatabase,
} from '../../../errors/model-errors';
import type { DdlAlterModel, DdlCreateModel, DdlDropModel } from '../../../sql/ast/ddl-model';
import type { SchemaOption } from '../catalog/schema-option';
import type { Catalog } from '../catalog/catalog';
import { objectNameInUse } from './object-namespace';
import { lookupNamed, putNamed, removeNamed } from '../catalog/named-map';
import type { Model, ModelColumn } from '../catalog/schema-objects';
import type { ApplyContext } from '../ddl/apply-context';
import { buildModelColumn, validateModelColumns } from './model-columns';
import { findOptionValue, mergedOptions } from './object-options';
import { validateObjectName } from './object-names';
import { checkDropByDependents } from './schema-dependents';

export const MAX_MODELS_PER_DATABASE = 100;
export const MAX_MODEL_COLUMNS = 1024;
export const MAX_DEFAULT_BATCH_SIZE = 10;

const OPTION_ORDER = ['endpoint', 'endpoints', 'default_batch_size'];

export function createModel(catalog: Catalog, stmt: DdlCreateModel, ctx: ApplyContext): Catalog {
  void ctx;
  const name = stmt.name.name;
  const existing = lookupNamed(catalog.models, name);
  if (existing !== undefined && stmt.ifNotExists) return catalog;
  const replacing = existing !== undefined && stmt.orReplace;
  if (!replacing) {
    if (catalog.models.size >= MAX_MODELS_PER_DATABASE) throw tooManyModelsPerDatabase(name, MAX_MODELS_PER_DATABASE);
    if (objectNameInUse(catalog, name) !== undefined) throw duplicateNameInSchema(name);
  }
  const model: Model = {
    name,
    input: buildColumns(name, stmt.input),
    output: buildColumns(name, stmt.output),
    remote: stmt.remote,
    options: orderedOptions(mergedOptions([], stmt.options ?? [])),
  };
  validateModel(model);
  // OR REPLACE overwrites the entry under the same key, so the model keeps its place.
  return { ...catalog, models: putNamed(catalog.models, model) };
}

function buildColumns(model: string, defs: DdlCreateModel['input']): ModelColumn[] {
  return (defs ?? []).map((d) => buildModelColumn(model, d));
}

function orderedOptions(options: readonly SchemaOption[]): SchemaOption[] {
  const rank = (o: SchemaOption) => OPTION_ORDER.indexOf(o.name.toLowerCase());
  return [...options].map((o) => ({ name: o.name.toLowerCase(), value: o.value })).sort((a, b) => rank(a) - rank(b));
}

/** The rules a model must satisfy whenever it is created or changed. */
function validateModel(model: Model): void {
  validateObjectName('Model', model.name);
  if (!model.remote) throw localModelUnsupported(model.name);
  const seen = new Map<string, string>();
  checkColumnList(model, model.input, 'Input', seen);
  checkColumnList(model, model.output, 'Output', seen);
  const endpoint = findOptionValue(model.options, 'endpoint');
  const endpoints = findOptionValue(model.options, 'endpoints');
  const hasEndpoints = endpoints !== undefined && endpoints.kind === 'stringList' && endpoints.values.length > 0;
  if (endpoint === undefined && !hasEndpoints) throw modelEndpointMissing(model.name);
  if (endpoint !== undefined && hasEndpoints) throw modelEndpointAmbiguous(model.name);
  const batch = findOptionValue(model.options, 'default_batch_size');
  if (batch?.kind === 'int') {
    const size = BigInt(batch.value);
    if (size <= 0n || size > BigInt(MAX_DEFAULT_BATCH_SIZE)) {
      throw invalidModelDefaultBatchSize(model.name, batch.value, MAX_DEFAULT_BATCH_SIZE);
    }
  }
}

function checkColumnList(
  model: Model,
  columns: readonly ModelColumn[],
  kind: 'Input' | 'Output',
  seen: Map<string, string>,
): void {
  if (columns.length === 0) throw modelWithoutColumns(model.name, kind);
  if (columns.length > MAX_MODEL_COLUMNS)
    throw tooManyModelColumns(model.name, kind === 'Input' ? 'Inputs' : 'Outputs', MAX_MODEL_COLUMNS);
  validateModelColumns(model.name, columns, seen);
}

export function alterModel(catalog: Catalog, stmt: DdlAlterModel, ctx: ApplyContext): Catalog {
  void ctx;
  const model = lookupNamed(catalog.models, stmt.name.name);
  if (model === undefined) {
    if (stmt.ifExists) return catalog;
    throw modelNotFound(stmt.name.name);
  }
  const next: Model = { ...model, options: orderedOptions(mergedOptions(model.options, stmt.options ?? [])) };
  validateModel(next);
  return { ...catalog, models: putNamed(catalog.models, next) };
}

export function dropModel(catalog: Catalog, stmt: DdlDropModel, ctx: ApplyContext): Catalog {
  void ctx;
  const model = lookupNamed(catalog.models, stmt.name.name);
  if (model === undefined) {
    if (stmt.ifExists) return catalog;
    throw modelNotFound(stmt.name.name);
  }
  checkDropByDependents(catalog, { kind: 'model', name: model.name });
  return { ...catalog, models: removeNamed(catalog.models, model.name) };
}
