/**
 * One batch of row writes checked together, as a commit's mutations are: the schema, the
 * transaction's WriteSet (read through, so later writes see earlier ones), the commit timestamp
 * the batch is planned at, how column expressions are evaluated (its clock, the database's time
 * zone and sequences, PENDING_COMMIT_TIMESTAMP() as the commit timestamp), and what the checks
 * at the end of the batch need: every row it touched, with its state before the batch touched it.
 * Also the batch's own bookkeeping (rows deleted by delete mutations, cascade restrictions) and
 * the mutations still to come after the one being applied, for checks that tell a failure the
 * commit causes itself from one the database causes. It checks nothing itself: the topic files
 * beside it do.
 */
import type { Micros } from '../../common/clock';
import { timestampValue, type SpannerValue, type TimestampValue } from '../../types/spanner-value';
import { DEFAULT_TIME_ZONE } from '../query/analyzer/date-time-text';
import { evalContext, type EvalContext } from '../query/evaluator/index';
import { layoutsOf, type TableLayouts } from '../layout/catalog-layouts';
import type { Catalog } from '../schema/catalog/catalog';
import { requireTable } from '../schema/catalog/catalog-lookup';
import { databaseOptionsOf } from '../schema/catalog/database-options';
import type { Table } from '../schema/catalog/table';
import { TableExpressions } from '../schema/evaluation/table-expressions';
import type { WriteSet } from '../transaction/write-set';
import { DeletedKeys } from './deleted-keys';
import { CascadeRestrictions } from './foreign-key-restrictions';
import type { Mutation } from './mutation';
import type { SequenceCounters } from './sequence-counters';
import { sequenceSource } from './sequences';

export type Row = readonly SpannerValue[];

export interface MutationContext {
  readonly catalog: Catalog;
  readonly writes: WriteSet;
  readonly commitTimestamp: Micros;
  /** The database's sequence counters (DEFAULTs drawing from sequences, identity columns). */
  readonly sequences: SequenceCounters;
}

/** A table being written: its catalog entry and storage layouts. */
export interface WriteTarget {
  readonly table: Table;
  readonly layouts: TableLayouts;
}

/** A row the batch wrote or deleted, and its state before the batch first touched it. */
export interface TouchedRow {
  readonly target: WriteTarget;
  readonly key: Buffer;
  readonly prior: Row | null;
}

export class MutationBatch {
  readonly commitValue: TimestampValue;
  readonly evaluation: EvalContext;
  readonly deleted = new DeletedKeys();
  readonly restrictions: CascadeRestrictions;
  private readonly targets = new Map<string, WriteTarget>();
  private readonly expressions = new Map<Table, TableExpressions>();
  private readonly touchedRows = new Map<string, TouchedRow>();
  private readonly memos = new Map<string, unknown>();
  private mutations: readonly Mutation[] = [];
  private applying = -1;

  constructor(readonly ctx: MutationContext) {
    const nanos = BigInt(ctx.commitTimestamp) * 1000n;
    this.commitValue = timestampValue(nanos);
    const sequences = sequenceSource(ctx.sequences, ctx.catalog);
    this.evaluation = evalContext({
      statementTime: nanos,
      timeZone: databaseOptionsOf(ctx.catalog).defaultTimeZone ?? DEFAULT_TIME_ZONE,
      nextSequenceValue: (name) => sequences.next(name),
      sequenceState: (name) => sequences.state(name),
      pendingCommitTimestamp: () => this.commitValue,
    });
    this.restrictions = new CascadeRestrictions(ctx.catalog);
  }

  get catalog(): Catalog {
    return this.ctx.catalog;
  }

  get writes(): WriteSet {
    return this.ctx.writes;
  }

  /** The table named `name` (a NOT_FOUND error when the schema has none). */
  target(name: string): WriteTarget {
    const key = name.toLowerCase();
    let target = this.targets.get(key);
    if (target === undefined) {
      target = { table: requireTable(this.catalog, name), layouts: layoutsOf(this.catalog, name) };
      this.targets.set(key, target);
    }
    return target;
  }

  expressionsOf(table: Table): TableExpressions {
    let expressions = this.expressions.get(table);
    if (expressions === undefined) {
      expressions = new TableExpressions(this.catalog, table);
      this.expressions.set(table, expressions);
    }
    return expressions;
  }

  /** What `make` builds, once per batch and `key` (per-table helpers of the topic files). */
  memo<T>(key: string, make: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, make());
    return this.memos.get(key) as T;
  }

  /** Records that `mutations[index]`, of the batch's `mutations`, is the one being applied. */
  beginMutation(mutations: readonly Mutation[], index: number): void {
    this.mutations = mutations;
    this.applying = index;
  }

  /** The batch's mutations after the one being applied. */
  *laterMutations(): Iterable<Mutation> {
    for (let i = this.applying + 1; i < this.mutations.length; i++) yield this.mutations[i];
  }

  read(target: WriteTarget, key: Buffer): Row | null {
    return this.writes.readRow(target.layouts.table, key);
  }

  /** Makes `row` (null: deleted) the state of `key`, remembering the state it replaces. */
  put(target: WriteTarget, key: Buffer, row: Row | null): void {
    const id = touchedId(target, key);
    if (!this.touchedRows.has(id)) this.touchedRows.set(id, { target, key, prior: this.read(target, key) });
    this.writes.put(target.layouts, key, row);
  }

  /** The state of `key` before the batch first touched it: `read` when the batch never did. */
  priorState(target: WriteTarget, key: Buffer): Row | null {
    const touched = this.touchedRows.get(touchedId(target, key));
    return touched === undefined ? this.read(target, key) : touched.prior;
  }

  /** Every row the batch touched, in the order it first touched them. */
  touched(): Iterable<TouchedRow> {
    return this.touchedRows.values();
  }
}

function touchedId(target: WriteTarget, key: Buffer): string {
  return `${target.table.name.toLowerCase()}\u0000${key.toString('latin1')}`;
}
