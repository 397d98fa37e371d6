/**
 * Views as dependents of other schema objects: the refusal to drop what a view reads (`Cannot
 * drop TABLE `t` on which there are dependent views: v.`), and the re-analysis of the views that
 * read an object being changed (a replaced view, an altered column), which must keep every
 * dependent view valid with the same output column names and types. Spanner checks direct
 * dependents only: a dependent whose signature is unchanged cannot affect the views reading it.
 */

import { isSpannerError } from '../../../errors/spanner-error';
import {
  dependentViewBecomesInvalid,
  dependentViewColumnRename,
  dependentViewColumnRetype,
  dropWithDependentViews,
} from '../../../errors/view-errors';
import type { Catalog } from '../catalog/catalog';
import type { SchemaObjectRef } from '../catalog/dependencies';
import { namedValues, putNamed } from '../catalog/named-map';
import type { View } from '../catalog/schema-objects';
import { analyzeViewBody, type ViewAnalysis } from './view-analysis/view-analyzer';
import { sameViewType, viewTypeName } from './view-analysis/view-types';

export function sameRef(a: SchemaObjectRef, b: SchemaObjectRef): boolean {
  if (a.kind === 'column' || b.kind === 'column') {
    return (
      a.kind === 'column' &&
      b.kind === 'column' &&
      a.table.toLowerCase() === b.table.toLowerCase() &&
      a.column.toLowerCase() === b.column.toLowerCase()
    );
  }
  return a.kind === b.kind && a.name.toLowerCase() === b.name.toLowerCase();
}

/** Views that read `ref` directly, in creation order. */
export function viewsDependingOn(catalog: Catalog, ref: SchemaObjectRef): View[] {
  return namedValues(catalog.views).filter((v) => v.dependencies.some((d) => sameRef(d, ref)));
}

/** How Spanner names the kind of a dropped object in the message: schema-wide kinds upper case. */
export function droppedKind(ref: SchemaObjectRef): string {
  if (ref.kind === 'column') return 'column';
  return ref.kind === 'function' ? 'UDF' : ref.kind.toUpperCase();
}

export function refName(ref: SchemaObjectRef): string {
  return ref.kind === 'column' ? ref.column : ref.name;
}

/** Refuses to drop `ref` while a view reads it. */
export function checkDropByViews(catalog: Catalog, ref: SchemaObjectRef): void {
  const dependent = viewsDependingOn(catalog, ref)[0];
  if (dependent !== undefined) throw dropWithDependentViews(droppedKind(ref), refName(ref), dependent.name);
}

/**
 * Re-analyzes the views that read `ref` against `after` (the catalog with the change applied) and
 * returns `after` with their analysis refreshed. `action` and `dependency` word the refusal:
 * `Cannot alter VIEW `v`...`, `Cannot alter column `t.c`...`.
 */
export function revalidateDependentViews(
  after: Catalog,
  ref: SchemaObjectRef,
  action: string,
  dependency: string,
): Catalog {
  let next = after;
  for (const view of viewsDependingOn(after, ref)) {
    const analysis = reanalyze(after, view, action, dependency);
    checkSameSignature(view, analysis, action, dependency);
    const columns = analysis.columns.map((c) => ({ name: c.name, type: c.type }));
    next = { ...next, views: putNamed(next.views, { ...view, columns, dependencies: analysis.dependencies }) };
  }
  return next;
}

function reanalyze(catalog: Catalog, view: View, action: string, dependency: string): ViewAnalysis {
  try {
    return analyzeViewBody(catalog, view.name, view.body);
  } catch (e) {
    if (!isSpannerError(e)) throw e;
    throw dependentViewBecomesInvalid(action, dependency, view.name, e.message);
  }
}

function checkSameSignature(view: View, analysis: ViewAnalysis, action: string, dependency: string): void {
  const count = Math.min(view.columns.length, analysis.columns.length);
  for (let i = 0; i < count; i++) {
    const before = view.columns[i];
    const now = analysis.columns[i];
    if (before.name.toLowerCase() !== now.name.toLowerCase()) {
      throw dependentViewColumnRename(action, dependency, view.name, before.name, now.name);
    }
    const oldType = before.type;
    if (!sameViewType(oldType, now.type) && oldType !== null && now.type !== null) {
      throw dependentViewColumnRetype(action, dependency, view.name, viewTypeName(oldType), viewTypeName(now.type));
    }
  }
}
