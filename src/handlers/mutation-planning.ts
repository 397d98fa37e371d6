/**
 * A Commit's mutations as the commit pipeline runs them: converted from protos against the schema
 * the transaction began on (unknown tables and columns, bad values are refused there) and applied
 * to the transaction's WriteSet with every check. Conversion happens inside the first planning
 * attempt, so a refused mutation fails the commit like any other check and ends the transaction.
 * Also the check of BeginTransaction's mutation key.
 */
import type { Mutation as WireMutation } from '../../generated/google/spanner/v1/mutation';
import { mutationsFromProto, type MutationTable, type MutationTableLookup } from '../convert/mutations';
import { applyMutations } from '../engine/mutation/apply-mutations';
import type { Mutation } from '../engine/mutation/mutation';
import type { Catalog } from '../engine/schema/catalog/catalog';
import { findTable } from '../engine/schema/catalog/catalog-lookup';
import { sameName } from '../engine/schema/catalog/named-map';
import type { WritePlanner } from '../engine/transaction/commit-pipeline';
import { Code } from '../errors/codes';
import { isSpannerError } from '../errors/spanner-error';
import { invalidMutationKey } from '../errors/transaction-errors';
import type { FrontTransaction } from '../resources/transactions/front-transaction';

export function mutationPlanner(txn: FrontTransaction, wire: readonly WireMutation[]): WritePlanner {
  const catalog = txn.readWrite?.catalog ?? txn.database.catalog;
  let mutations: Mutation[] | null = null;
  return (writes, commitTimestamp) => {
    mutations ??= mutationsFromProto(wire, mutationTables(catalog));
    return applyMutations({ catalog, writes, commitTimestamp }, mutations);
  };
}

/**
 * The mutation key a multiplexed read-write BeginTransaction names must be a valid mutation of
 * the schema; Spanner answers INVALID_ARGUMENT for every refusal there (an unknown table or
 * column too, which a commit answers NOT_FOUND).
 */
export function validateMutationKey(catalog: Catalog, key: WireMutation): void {
  try {
    mutationsFromProto([key], mutationTables(catalog));
  } catch (e) {
    if (isSpannerError(e) && e.code !== Code.INVALID_ARGUMENT) throw invalidMutationKey(e);
    throw e;
  }
}

/** The catalog's tables as mutation conversion asks for them. */
export function mutationTables(catalog: Catalog): MutationTableLookup {
  return (name) => {
    const table = findTable(catalog, name);
    if (table === undefined) return undefined;
    const described: MutationTable = {
      name: table.name,
      columns: table.columns.map((c) => ({ name: c.name, type: c.type })),
      keyColumns: table.primaryKey.map((k) => ({
        name: table.columns.find((c) => sameName(c.name, k.column))?.name ?? k.column,
        desc: k.direction === 'DESC',
      })),
    };
    return described;
  };
}
