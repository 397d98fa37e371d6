/**
 * SQL functions as dependents of other schema objects, like views (view-dependents.ts): dropping
 * what a function reads is refused (`Cannot drop TABLE `t` on which there is a dependent
 * function: f.`), and a change to it must leave every function reading it valid.
 */

import { dependentFunctionBecomesInvalid, dropWithDependentFunction } from '../../../errors/view-errors';
import { isSpannerError } from '../../../errors/spanner-error';
import type { Catalog } from '../catalog/catalog';
import type { SchemaObjectRef } from '../catalog/dependencies';
import { namedValues, putNamed } from '../catalog/named-map';
import type { SqlFunction } from '../catalog/schema-objects';
import { analyzeFunctionBody } from './view-analysis/function-analyzer';
import { droppedKind, refName, sameRef } from './view-dependents';

export function functionsDependingOn(catalog: Catalog, ref: SchemaObjectRef): SqlFunction[] {
  return namedValues(catalog.functions).filter((f) => f.dependencies.some((d) => sameRef(d, ref)));
}

/** Refuses to drop `ref` while a function reads it. */
export function checkDropByFunctions(catalog: Catalog, ref: SchemaObjectRef): void {
  const dependent = functionsDependingOn(catalog, ref)[0];
  if (dependent !== undefined) throw dropWithDependentFunction(droppedKind(ref), refName(ref), dependent.name);
}

/** Re-analyzes the functions reading `ref` against `after`; returns `after` with them refreshed. */
export function revalidateDependentFunctions(
  after: Catalog,
  ref: SchemaObjectRef,
  action: string,
  dependency: string,
): Catalog {
  let next = after;
  for (const fn of functionsDependingOn(after, ref)) {
    const body = fn.definition.body;
    if (body === null) continue;
    try {
      const analysis = analyzeFunctionBody(after, fn.definition, body.text);
      next = { ...next, functions: putNamed(next.functions, { ...fn, dependencies: analysis.dependencies }) };
    } catch (e) {
      if (!isSpannerError(e)) throw e;
      throw dependentFunctionBecomesInvalid(action, dependency, fn.name, e.message);
    }
  }
  return next;
}
