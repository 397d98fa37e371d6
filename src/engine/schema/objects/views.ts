/**
 * Views (CREATE [OR REPLACE] VIEW, DROP VIEW). The body is kept as written and analyzed against
 * the catalog (view-analysis/); the view records its output columns and what it reads, so drops
 * of those objects can be refused and changes re-checked (view-dependents.ts). Replacing a view
 * keeps its place, may change its name's case, must not make it recursive and must keep its
 * dependents valid. A view named like a built-in function is refused, as Spanner does.
 */

import { duplicateNameInSchema } from '../../../errors/schema-errors';
import {
  createWithBuiltinFunctionName,
  viewBodyAnalysisError,
  viewMissingSqlSecurity,
  viewNotFound,
  viewReplaceError,
  viewReplaceRecursive,
} from '../../../errors/view-errors';
import { isSpannerError } from '../../../errors/spanner-error';
import type { DdlCreateView, DdlDropView } from '../../../sql/ast/ddl-view';
import type { Catalog } from '../catalog/catalog';
import { objectNameInUse } from './object-namespace';
import { lookupNamed, putNamed, removeNamed, replaceNamed } from '../catalog/named-map';
import type { View } from '../catalog/schema-objects';
import type { ApplyContext } from '../ddl/apply-context';
import { requireSchemaOfName } from './object-names';
import { isBuiltinFunction } from './view-analysis/call-typing';
import { analyzeViewBody, type ViewAnalysis } from './view-analysis/view-analyzer';
import { checkDropByDependents, readsTransitively, revalidateDependents } from './schema-dependents';

export function createView(catalog: Catalog, stmt: DdlCreateView, ctx: ApplyContext): Catalog {
  void ctx;
  const name = stmt.name.name;
  if (stmt.security === null) throw viewMissingSqlSecurity(name);
  const existing = lookupNamed(catalog.views, name);
  const replaced = stmt.orReplace ? existing : undefined;
  if (replaced === undefined && objectNameInUse(catalog, name) !== undefined) throw duplicateNameInSchema(name);
  if (isBuiltinFunction(name)) {
    throw createWithBuiltinFunctionName(stmt.orReplace ? 'create or replace' : 'create', 'View', name);
  }
  requireSchemaOfName(catalog, name);
  const analysis = analyzeNewDefinition(catalog, name, stmt.query.text, replaced !== undefined);
  const view: View = {
    name,
    security: stmt.security,
    body: stmt.query.text,
    ast: analysis.ast,
    columns: analysis.columns.map((c) => ({ name: c.name, type: c.type })),
    dependencies: analysis.dependencies,
  };
  if (replaced === undefined) return { ...catalog, views: putNamed(catalog.views, view) };
  if (readsTransitively(catalog, analysis.dependencies, { kind: 'view', name: replaced.name }))
    throw viewReplaceRecursive(replaced.name);
  const after = { ...catalog, views: replaceNamed(catalog.views, replaced.name, view) };
  return revalidateDependents(after, { kind: 'view', name }, 'alter VIEW', name);
}

function analyzeNewDefinition(catalog: Catalog, name: string, body: string, replacing: boolean): ViewAnalysis {
  try {
    return analyzeViewBody(catalog, name, body);
  } catch (e) {
    if (!isSpannerError(e)) throw e;
    throw replacing ? viewReplaceError(name, e.message) : viewBodyAnalysisError(name, e.message);
  }
}

export function dropView(catalog: Catalog, stmt: DdlDropView, ctx: ApplyContext): Catalog {
  void ctx;
  const view = lookupNamed(catalog.views, stmt.name.name);
  if (view === undefined) {
    if (stmt.ifExists) return catalog;
    throw viewNotFound(stmt.name.name);
  }
  checkDropByDependents(catalog, { kind: 'view', name: view.name });
  return { ...catalog, views: removeNamed(catalog.views, view.name) };
}
