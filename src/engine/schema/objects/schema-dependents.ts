/**
 * The schema objects that read other objects by name (views and SQL functions), taken together:
 * what dropping an object they read says, and the re-check of their definitions after a change
 * to one. Views are consulted before functions.
 */

import type { Catalog } from '../catalog/catalog';
import type { SchemaObjectRef } from '../catalog/dependencies';
import { checkDropByFunctions, revalidateDependentFunctions } from './function-dependents';
import { lookupNamed } from '../catalog/named-map';
import { checkDropByViews, revalidateDependentViews, sameRef } from './view-dependents';

/** Refuses to drop `ref` while a view or a function reads it. */
export function checkDropByDependents(catalog: Catalog, ref: SchemaObjectRef): void {
  checkDropByViews(catalog, ref);
  checkDropByFunctions(catalog, ref);
}

/**
 * Re-checks the views and functions reading `ref` against `after` (the catalog with the change
 * applied) and returns `after` with their analysis refreshed. `action` and `dependency` word the
 * refusal (`Cannot alter VIEW `v`...`).
 */
export function revalidateDependents(
  after: Catalog,
  ref: SchemaObjectRef,
  action: string,
  dependency: string,
): Catalog {
  return revalidateDependentFunctions(
    revalidateDependentViews(after, ref, action, dependency),
    ref,
    action,
    dependency,
  );
}

/**
 * True when following the dependencies of views and functions from `refs` reaches `target` (a
 * view or function): its new definition would read itself.
 */
export function readsTransitively(
  catalog: Catalog,
  refs: readonly SchemaObjectRef[],
  target: SchemaObjectRef,
): boolean {
  const visited = new Set<string>();
  const pending = [...refs];
  while (pending.length > 0) {
    const ref = pending.pop() as SchemaObjectRef;
    if (ref.kind !== 'function' && ref.kind !== 'view') continue;
    if (sameRef(ref, target)) return true;
    const key = `${ref.kind}:${ref.name.toLowerCase()}`;
    if (visited.has(key)) continue;
    visited.add(key);
    const object =
      ref.kind === 'function' ? lookupNamed(catalog.functions, ref.name) : lookupNamed(catalog.views, ref.name);
    pending.push(...(object?.dependencies ?? []));
  }
  return false;
}
