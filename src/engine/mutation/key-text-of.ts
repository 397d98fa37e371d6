/**
 * A row's primary key as Spanner's messages print it (`{Int64(1), String("a")}`), from the row's
 * values and its table's layout.
 */
import { keyText } from '../../types/key-text';
import type { SpannerValue } from '../../types/spanner-value';
import type { TableLayout } from '../layout/table-layout';

export function keyTextOf(table: TableLayout, row: readonly SpannerValue[]): string {
  const parts = table.keyPositions.map((p, i) => ({ type: table.columnTypes[p], desc: table.keyParts[i].desc }));
  return keyText(
    parts,
    table.keyPositions.map((p) => row[p]),
  );
}
