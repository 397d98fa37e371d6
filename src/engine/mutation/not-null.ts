/**
 * NOT NULL on written rows, as production Spanner applies it. A NULL a write gives for a NOT NULL
 * column is refused at once, whatever later mutations of the commit write (in production's
 * wording). A NULL Spanner computes (a DEFAULT, a generated column) is judged on the row's final
 * state once the whole batch is applied, so a later mutation of the same commit may still fill the
 * column (the official emulator refuses it per mutation). Key columns are not this file's: a key
 * cannot change once the row is written, so a NULL computed for a NOT NULL key column is refused at
 * once (evaluated-columns.ts), as is a key column a write leaves out (write-mutation.ts). Missing
 * NOT NULL columns of an insert are write-columns.ts's.
 */
import { nullGivenForNotNullColumn, nullWrittenToNotNullColumn } from '../../errors/row-write-errors';
import type { Column, Table } from '../schema/catalog/table';
import { isTokenList } from '../schema/evaluation/table-expressions';
import type { MutationBatch, Row, TouchedRow } from './mutation-batch';
import { hasDefault } from './write-columns';

/** Refuses a NULL among the values a write gives (`given`: positions in `row`). */
export function refuseGivenNulls(table: Table, row: Row, given: Iterable<number>): void {
  for (const p of given) {
    const column = table.columns[p];
    if (row[p] === null && column.notNull) throw nullGivenForNotNullColumn(`${table.name}.${column.name}`);
  }
}

/** Refuses the row `touched`, whose final state is `current`, if a computed column is NULL. */
export function verifyNotNull(batch: MutationBatch, touched: TouchedRow, current: Row | null): void {
  if (current === null) return;
  const { table } = touched.target;
  for (const p of computedNotNull(batch, table)) {
    if (current[p] === null) {
      throw nullWrittenToNotNullColumn(table.name, `${table.name}.${table.columns[p].name}`);
    }
  }
}

/**
 * The NOT NULL columns whose value Spanner may compute: only they can be NULL in a written row,
 * since a given NULL or a left-out column without a DEFAULT is refused before. TOKENLIST columns
 * are not computed into rows.
 */
function computedNotNull(batch: MutationBatch, table: Table): readonly number[] {
  const computed = (c: Column) => hasDefault(c) || (c.generated !== null && !isTokenList(c));
  return batch.memo(`not-null:${table.name}`, () =>
    table.columns.flatMap((c, p) => (c.notNull && computed(c) ? [p] : [])),
  );
}
