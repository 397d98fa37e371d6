/**
 * Case-insensitive, order-keeping collections of named schema objects. Spanner compares object
 * names case-insensitively but prints them as written, and GetDatabaseDdl lists objects in creation
 * order; a Map keyed by the lower-cased name keeps both. Updates return new maps (the catalog is an
 * immutable value); unchanged entries are shared.
 */

export interface Named {
  readonly name: string;
}

/** Objects keyed by `nameKey(name)`, iterated in creation order. */
export type NamedMap<T extends Named> = ReadonlyMap<string, T>;

export function nameKey(name: string): string {
  return name.toLowerCase();
}

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

export function emptyNamedMap<T extends Named>(): NamedMap<T> {
  return new Map<string, T>();
}

export function lookupNamed<T extends Named>(map: NamedMap<T>, name: string): T | undefined {
  return map.get(nameKey(name));
}

/** Adds `value`, or replaces the entry of the same name in place (keeping its position). */
export function putNamed<T extends Named>(map: NamedMap<T>, value: T): NamedMap<T> {
  const next = new Map(map);
  next.set(nameKey(value.name), value);
  return next;
}

export function removeNamed<T extends Named>(map: NamedMap<T>, name: string): NamedMap<T> {
  const next = new Map(map);
  next.delete(nameKey(name));
  return next;
}

/** Replaces the entry named `oldName` by `value` (possibly renamed) at the same position. */
export function replaceNamed<T extends Named>(map: NamedMap<T>, oldName: string, value: T): NamedMap<T> {
  const next = new Map<string, T>();
  const oldKey = nameKey(oldName);
  for (const [key, entry] of map) {
    if (key === oldKey) next.set(nameKey(value.name), value);
    else next.set(key, entry);
  }
  return next;
}

export function namedValues<T extends Named>(map: NamedMap<T>): T[] {
  return [...map.values()];
}

/** A plain list with one element replaced by name; the list's order is kept. */
export function replaceInList<T extends Named>(list: readonly T[], name: string, value: T): T[] {
  return list.map((entry) => (sameName(entry.name, name) ? value : entry));
}

export function findInList<T extends Named>(list: readonly T[], name: string): T | undefined {
  return list.find((entry) => sameName(entry.name, name));
}
