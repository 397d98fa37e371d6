/**
 * The lock manager's key spaces for a database: one per table (its primary keys) and one per
 * secondary index (its entry keys), named after the object as the catalog spells it, and how
 * a space reads in an abort message. Renames and drops happen only in schema changes, which abort
 * the transactions that began before them, so a name is stable while locks on it are held.
 */

export function tableSpace(table: string): string {
  return `table:${table}`;
}

export function indexSpace(index: string): string {
  return `index:${index}`;
}

/** `table Accounts` / `index AccountsByName`, as wound messages name the conflict. */
export function describeSpace(space: string): string {
  const colon = space.indexOf(':');
  return `${space.slice(0, colon)} ${space.slice(colon + 1)}`;
}
