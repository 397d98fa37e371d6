/**
 * Columns whose values Spanner computes on write: DEFAULT values (identity columns draw from
 * their internal sequence) for the columns an insert leaves out, ON UPDATE columns set to the
 * commit timestamp when an update writes a non-key column, and generated columns, recomputed
 * from the row after every write (stored or not: the row store keeps every computed value). Key
 * columns come first, since the key must be known before the row is looked up: a DEFAULT key
 * column, a generated one (with the DEFAULT columns it reads), or, when an update gives a
 * generated key column along with what it reads, the check that the two agree. A NULL computed
 * for a NOT NULL key column is refused here, at once (the key decides which row is written); one
 * computed for another column waits for the row's final state (not-null.ts). Expressions are
 * compiled by the schema's TableExpressions; this maps rows to them.
 */
import { generatedKeyModified, nullWrittenToNotNullColumn } from '../../errors/row-write-errors';
import type { SpannerValue } from '../../types/spanner-value';
import { encodeKey } from '../storage/key-codec';
import { findColumn } from '../schema/catalog/catalog-lookup';
import { nameKey } from '../schema/catalog/named-map';
import type { Column, Table } from '../schema/catalog/table';
import { columnDependencies } from '../schema/constraints/table-scope';
import { identitySequenceName } from '../schema/ddl/identity-columns';
import { isTokenList, type TableExpressions } from '../schema/evaluation/table-expressions';
import type { MutationBatch, WriteTarget } from './mutation-batch';
import type { WriteKind } from './mutation';
import { nextSequenceValue } from './sequences';
import { hasDefault } from './write-columns';

/**
 * A row being written (table column order), the positions the write sets, and among them those
 * whose values the mutation gave (the others were computed).
 */
export interface RowImage {
  readonly row: SpannerValue[];
  readonly written: Set<number>;
  readonly given: ReadonlySet<number>;
}

export class EvaluatedColumns {
  private readonly expressions: TableExpressions;
  /** The full-row position of each expression-row column. */
  private readonly scopePositions: readonly number[];
  private readonly generated: readonly number[];
  private readonly keyPositions: ReadonlySet<number>;

  constructor(
    private readonly batch: MutationBatch,
    private readonly target: WriteTarget,
  ) {
    const { table } = target;
    this.expressions = batch.expressionsOf(table);
    this.scopePositions = this.expressions.columns.map((c) => table.columns.findIndex((t) => t.name === c.name));
    this.generated = positionsOf(table, (c) => c.generated !== null && !isTokenList(c));
    this.keyPositions = new Set(target.layouts.table.keyPositions);
  }

  /**
   * Fills the key columns `image` does not write (and the DEFAULT columns a generated key column
   * reads); checks a generated key column an update writes against its expression. Returns the
   * positions it filled.
   */
  evaluateKey(image: RowImage, kind: WriteKind): number[] {
    const { table } = this.target;
    const keyColumns = [...this.keyPositions].map((p) => table.columns[p]);
    const generatedKeys = keyColumns.filter((c) => c.generated !== null && this.needsComputing(c, image, kind));
    const needed = new Set([...keyColumns.map((c) => nameKey(c.name)), ...this.readsOf(generatedKeys)]);
    const filled = this.fillDefaults(image, (c) => needed.has(nameKey(c.name)));
    for (const p of filled) if (this.keyPositions.has(p)) this.notNull(table.columns[p], image.row[p]);
    if (generatedKeys.length === 0) return filled;
    const computed = this.compute(image.row, generatedKeys);
    for (const column of generatedKeys) {
      const p = this.position(column);
      if (image.written.has(p)) {
        if (!sameKeyValue(this.target, p, image.row[p], computed[p])) {
          throw generatedKeyModified(`${table.name}.${column.name}`);
        }
      } else {
        image.row[p] = this.notNull(column, computed[p]);
        filled.push(p);
      }
    }
    return filled;
  }

  /** An insert: DEFAULTs of the columns not yet set, then every generated column. */
  completeInsert(image: RowImage, filled: ReadonlySet<number>): number[] {
    const defaults = this.fillDefaults(image, (_c, p) => !filled.has(p));
    return [...defaults, ...this.computeGenerated(image.row)];
  }

  /** An update: ON UPDATE columns when a non-key column is written, then every generated column. */
  completeUpdate(row: SpannerValue[], written: ReadonlySet<number>): number[] {
    const touched: number[] = [];
    if ([...written].some((p) => !this.keyPositions.has(p))) {
      this.target.table.columns.forEach((column, p) => {
        if (column.onUpdate === null || written.has(p)) return;
        row[p] = this.defaultValue(column);
        touched.push(p);
      });
    }
    return [...touched, ...this.computeGenerated(row)];
  }

  /** A generated key column an update writes is computed only when it gives something it reads. */
  private needsComputing(column: Column, image: RowImage, kind: WriteKind): boolean {
    if (!image.written.has(this.position(column))) return true;
    return kind === 'update' && this.readsOf([column]).some((name) => image.written.has(this.positionByName(name)));
  }

  /** Lower-cased names of what `columns` read, through generated columns, transitively. */
  private readsOf(columns: readonly Column[]): string[] {
    const seen = new Set<string>();
    const visit = (column: Column): void => {
      for (const name of columnDependencies(column.generated!.expression)) {
        if (seen.has(nameKey(name))) continue;
        seen.add(nameKey(name));
        const dependency = findColumn(this.target.table, name);
        if (dependency?.generated != null) visit(dependency);
      }
    };
    columns.forEach(visit);
    return [...seen];
  }

  /** Evaluates, in column order, the DEFAULTs of unwritten columns `wanted` selects. */
  private fillDefaults(image: RowImage, wanted: (column: Column, position: number) => boolean): number[] {
    const filled: number[] = [];
    this.target.table.columns.forEach((column, p) => {
      if (image.written.has(p) || column.generated !== null || !hasDefault(column) || !wanted(column, p)) return;
      image.row[p] = this.defaultValue(column);
      filled.push(p);
    });
    return filled;
  }

  private defaultValue(column: Column): SpannerValue {
    const { table } = this.target;
    if (column.identity !== null) {
      const name = identitySequenceName(table.name, column.name);
      return nextSequenceValue(this.batch.ctx.sequences, name, column.identity);
    }
    const evaluate = this.expressions.defaultOf(column);
    return evaluate === null ? null : evaluate([], this.batch.evaluation);
  }

  /** Every generated column recomputed from `row`, into it (NULLs judged at the end of the batch). */
  private computeGenerated(row: SpannerValue[]): number[] {
    if (this.generated.length === 0) return [];
    const computed = this.compute(row, null);
    for (const p of this.generated) row[p] = computed[p];
    return [...this.generated];
  }

  /** The generated columns `only` (all when null) computed from `row`, by full-row position. */
  private compute(row: readonly SpannerValue[], only: readonly Column[] | null): SpannerValue[] {
    const scoped = this.scopePositions.map((p) => row[p]);
    this.expressions.computeGenerated(
      scoped,
      this.batch.evaluation,
      only?.map((c) => c.name),
    );
    const full = [...row];
    this.scopePositions.forEach((p, i) => (full[p] = scoped[i]));
    return full;
  }

  /** `value`, unless it is a NULL for a NOT NULL key column. */
  private notNull(column: Column, value: SpannerValue): SpannerValue {
    const { table } = this.target;
    if (value === null && column.notNull) throw nullWrittenToNotNullColumn(table.name, `${table.name}.${column.name}`);
    return value;
  }

  private position(column: Column): number {
    return this.target.table.columns.indexOf(column);
  }

  private positionByName(name: string): number {
    return this.target.table.columns.findIndex((c) => nameKey(c.name) === nameKey(name));
  }
}

function positionsOf(table: Table, predicate: (column: Column) => boolean): number[] {
  return table.columns.flatMap((c, p) => (predicate(c) ? [p] : []));
}

/** Key values compare as keys do (NaN equals NaN, -0 equals 0). */
function sameKeyValue(target: WriteTarget, position: number, a: SpannerValue, b: SpannerValue): boolean {
  const i = target.layouts.table.keyPositions.indexOf(position);
  const part = [target.layouts.table.keyParts[i]];
  return encodeKey(part, [a]).equals(encodeKey(part, [b]));
}
