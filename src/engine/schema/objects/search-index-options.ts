/**
 * OPTIONS of search indexes (sort_order_sharding, disable_automatic_uid_column) and vector
 * indexes (distance_type, tree_depth, num_leaves, num_branches, leaf_scatter_factor,
 * min_branch_splits, min_leaf_splits, locality_group). Names, repeats and value kinds are checked
 * the way Spanner's DDL parser does (syntax errors of the statement); the vector tree settings
 * are then range-checked with Spanner's `Bad Index options: ...` messages.
 */

import { ddlParseError } from '../../../errors/schema-errors';
import { badIndexOptions } from '../../../errors/search-index-errors';
import type { DdlOption, DdlOptionValue } from '../../../sql/ast/ddl-common';

type ValueKind = DdlOptionValue['kind'];

const VALUE_WORDING: Partial<Record<ValueKind, string>> = {
  bool: 'true and false',
  int: 'integers',
  string: 'strings',
};

// Key order is the order GetDatabaseDdl prints the options in, whatever order they were written.
const SEARCH_OPTIONS: Readonly<Record<string, ValueKind>> = {
  sort_order_sharding: 'bool',
  disable_automatic_uid_column: 'bool',
};

// Key order is the order GetDatabaseDdl prints the options in, whatever order they were written.
const VECTOR_OPTIONS: Readonly<Record<string, ValueKind>> = {
  tree_depth: 'int',
  num_leaves: 'int',
  num_branches: 'int',
  distance_type: 'string',
  leaf_scatter_factor: 'int',
  min_branch_splits: 'int',
  min_leaf_splits: 'int',
  locality_group: 'string',
};

const DISTANCE_TYPES: ReadonlySet<string> = new Set(['COSINE', 'EUCLIDEAN', 'DOT_PRODUCT']);

function checkSyntax(
  options: readonly DdlOption[],
  known: Readonly<Record<string, ValueKind>>,
  statementText: string,
): void {
  const fail = (detail: string) => ddlParseError(statementText.trim(), detail);
  const seen = new Set<string>();
  for (const option of options) {
    if (seen.has(option.name)) throw fail(`Duplicate option: ${option.name}`);
    seen.add(option.name);
    const expected = known[option.name];
    if (expected === undefined) throw fail(`Option: ${option.name} is unknown.`);
    if (option.value.kind !== expected) {
      throw fail(
        `Unexpected value for option: ${option.name}. Supported option values are ${VALUE_WORDING[expected]}.`,
      );
    }
  }
}

export function checkSearchIndexOptionSyntax(options: readonly DdlOption[], statementText: string): void {
  checkSyntax(options, SEARCH_OPTIONS, statementText);
}

export function checkVectorIndexOptionSyntax(options: readonly DdlOption[], statementText: string): void {
  checkSyntax(options, VECTOR_OPTIONS, statementText);
}

/**
 * Spanner keeps these options as fields of one settings record, so they print in that record's
 * field order rather than the order written or set.
 */
export function inCanonicalOptionOrder<T extends { readonly name: string }>(
  kind: 'search' | 'vector',
  options: readonly T[],
): T[] {
  const order = Object.keys(kind === 'search' ? SEARCH_OPTIONS : VECTOR_OPTIONS);
  const rank = (o: T) => {
    const at = order.indexOf(o.name);
    return at < 0 ? order.length : at;
  };
  return [...options].sort((a, b) => rank(a) - rank(b));
}

/** The ranges of a vector index's tree settings (options already syntax-checked). */
export function validateVectorIndexOptions(index: string, options: readonly DdlOption[]): void {
  const int = (name: string): bigint | null => {
    const value = options.find((o) => o.name === name)?.value;
    return value?.kind === 'int' ? BigInt(value.value) : null;
  };
  const depth = int('tree_depth') ?? 2n;
  if (depth !== 2n && depth !== 3n) throw badIndexOptions('vector index tree depth must be 2 or 3.');
  const leaves = int('num_leaves');
  const branches = int('num_branches');
  if (leaves !== null && leaves <= 0n) throw badIndexOptions('vector index num_leaves must be > 0.');
  if (branches !== null && branches <= 0n) throw badIndexOptions('vector index num_branches must be > 0.');
  if (leaves !== null && branches !== null && branches > leaves) {
    throw badIndexOptions('num_leaves cannot be fewer than num_branches.');
  }
  const distance = options.find((o) => o.name === 'distance_type')?.value;
  if (distance?.kind === 'string' && !DISTANCE_TYPES.has(distance.value)) {
    throw badIndexOptions(`The distance_type of ${index} is invalid.`);
  }
  const scatter = int('leaf_scatter_factor');
  if (scatter !== null && scatter < 0n) throw badIndexOptions('vector index leaf_scatter_factor must be >= 0.');
  if (scatter !== null && scatter > 32n) throw badIndexOptions('vector index leaf_scatter_factor must be <= 32.');
  const branchSplits = int('min_branch_splits');
  if (branchSplits !== null && branchSplits <= 0n) throw badIndexOptions('vector index min_branch_splits must be > 0.');
  const leafSplits = int('min_leaf_splits');
  if (leafSplits !== null && leafSplits <= 0n) throw badIndexOptions('vector index min_leaf_splits must be > 0.');
}
