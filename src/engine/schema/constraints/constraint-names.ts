/**
 * Names of constraints: the rules a user-given name must meet, and the names Spanner generates for
 * unnamed check constraints (`CK_<table>_<hash>_<n>`), unnamed foreign keys
 * (`FK_<table>_<referenced>_<hash>_<n>`) and foreign key backing indexes
 * (`IDX_<table>_<columns>_[U_|N_]<hash>`). The hash is a seeded FarmHash fingerprint of the name's
 * base, so the names match Spanner's exactly; `<n>` is the first sequence number not in use.
 */

import { invalidConstraintName, reservedConstraintNamePrefix } from '../../../errors/constraint-errors';
import type { Catalog } from '../catalog/catalog';
import { schemaNameInUse } from '../catalog/catalog-lookup';
import { fingerprint64 } from '../../../common/farmhash';

const SEPARATOR = '_';
const FINGERPRINT_SEED = '2695C62E33338E4B';
const MAX_NAME_LENGTH = 128;
const RESERVED_PREFIXES = ['PK_', 'CK_IS_NOT_NULL_'];

function fingerprint(signature: string): string {
  return fingerprint64(`${FINGERPRINT_SEED}${SEPARATOR}${signature}`).toString(16).toUpperCase().padStart(16, '0');
}

/** `base_suffix`, the base cut so the whole fits the schema name limit. */
function makeName(base: string, suffix: string): string {
  const excess = base.length + SEPARATOR.length + suffix.length - MAX_NAME_LENGTH;
  let cut = excess > 0 ? base.slice(0, base.length - excess) : base;
  if (excess > 0 && cut.endsWith(SEPARATOR)) cut = cut.slice(0, -SEPARATOR.length);
  return `${cut}${SEPARATOR}${suffix}`;
}

function sequencedName(catalog: Catalog, base: string, taken: ReadonlySet<string>): string {
  const hash = fingerprint(base);
  for (let n = 1; ; n++) {
    const name = makeName(base, `${hash}${SEPARATOR}${n}`);
    if (schemaNameInUse(catalog, name) === undefined && !taken.has(name.toLowerCase())) return name;
  }
}

/** `taken`: lower-cased names already given out in the same statement but not yet in `catalog`. */
export function generatedCheckConstraintName(
  catalog: Catalog,
  table: string,
  taken: ReadonlySet<string> = new Set(),
): string {
  return sequencedName(catalog, `CK${SEPARATOR}${table}`, taken);
}

export function generatedForeignKeyName(
  catalog: Catalog,
  table: string,
  referenced: string,
  taken: ReadonlySet<string> = new Set(),
): string {
  return sequencedName(catalog, ['FK', table, referenced].join(SEPARATOR), taken);
}

/** The name of the index backing a foreign key on `columns` of `table`; equal inputs share it. */
export function managedIndexName(
  table: string,
  columns: readonly string[],
  nullFiltered: boolean,
  unique: boolean,
): string {
  const base = ['IDX', table, columns.join(SEPARATOR)].join(SEPARATOR);
  const codes = unique ? 'U' : nullFiltered ? 'N' : '';
  const signature = codes === '' ? base : `${base}${SEPARATOR}${codes}`;
  const hash = fingerprint(signature);
  return makeName(base, codes === '' ? hash : `${codes}${SEPARATOR}${hash}`);
}

/**
 * A constraint name must be a valid schema name (a letter first, then letters, digits and `_`,
 * at most 128 characters) without a reserved prefix. `kind` names the constraint in messages; check
 * constraints use an empty kind, as Spanner does.
 */
export function validateConstraintName(kind: string, name: string): void {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name) || name.length > MAX_NAME_LENGTH) throw invalidConstraintName(kind, name);
  const prefix = RESERVED_PREFIXES.find((p) => name.toUpperCase().startsWith(p));
  if (prefix !== undefined) throw reservedConstraintNamePrefix(kind, name, prefix);
}
