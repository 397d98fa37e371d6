/**
 * The state of one running SQL conformance case: its database and session, the values saved by
 * `saveValueAs`/`commitTimestampAs` and their `$var` substitution, the current transaction and the
 * one most recently ended (for `inLastTransaction`), the transaction selector each step uses and
 * the DML sequence numbers counted per transaction. It sends no request itself.
 */
import type { Json, JsonObject, Step } from './sql-conformance-cases';
import type { SpannerRest } from './sql-conformance-rest';

export type TransactionKind = 'readWrite' | 'readOnly' | 'partitionedDml';

export interface RunningTransaction {
  id: string;
  kind: TransactionKind;
  /** The next sequence number to send with a statement in this transaction. */
  nextSeqno: number;
}

/** The selector a step sends, and the tracked transaction it names (null for single-use or inline begin). */
export interface Selection {
  selector: JsonObject | undefined;
  transaction: RunningTransaction | null;
}

export class CaseContext {
  private readonly vars = new Map<string, Json>();
  current: RunningTransaction | null = null;
  last: RunningTransaction | null = null;

  constructor(
    readonly rest: SpannerRest,
    readonly database: string,
    readonly session: string,
  ) {}

  save(name: string, value: Json): void {
    this.vars.set(name, value);
  }

  /** The step with every `{"$var": NAME}` replaced by the value saved under NAME. */
  substitute<T extends Step>(step: T): T {
    return this.replaceVars(step as unknown as Json) as unknown as T;
  }

  private replaceVars(value: Json): Json {
    if (Array.isArray(value)) return value.map((v) => this.replaceVars(v));
    if (value === null || typeof value !== 'object') return value;
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === '$var') {
      const name = String(value.$var);
      if (!this.vars.has(name)) throw new Error(`$var ${name} is used before it is saved`);
      return this.vars.get(name) as Json;
    }
    return Object.fromEntries(keys.map((k) => [k, this.replaceVars(value[k])]));
  }

  /**
   * The transaction a step runs in: its explicit selector, else the last ended transaction when
   * asked, else the current one; `fallback` (single-use or inline begin) when there is none.
   */
  select(step: Step, fallback: JsonObject | undefined): Selection {
    if (step.transaction !== undefined) return { selector: step.transaction, transaction: null };
    const transaction = step.inLastTransaction === true ? this.requireLast() : this.current;
    if (transaction === null) return { selector: fallback, transaction: null };
    return { selector: { id: transaction.id }, transaction };
  }

  /** The sequence number of a statement: the step's own, else the transaction's next, else 1. */
  seqno(step: Step, transaction: RunningTransaction | null): string {
    if (step.seqno !== undefined) return String(step.seqno);
    return String(transaction === null ? 1 : transaction.nextSeqno++);
  }

  begin(id: string, options: JsonObject): void {
    this.current = { id, kind: transactionKind(options), nextSeqno: 1 };
  }

  /** Ends the current transaction (commit, rollback, endTransaction): it becomes the last one. */
  endCurrent(): RunningTransaction {
    const ended = this.current;
    if (ended === null) throw new Error('no transaction to end');
    this.last = ended;
    this.current = null;
    return ended;
  }

  requireLast(): RunningTransaction {
    if (this.last === null) throw new Error('inLastTransaction with no ended transaction');
    return this.last;
  }
}

function transactionKind(options: JsonObject): TransactionKind {
  if ('readWrite' in options) return 'readWrite';
  if ('readOnly' in options) return 'readOnly';
  if ('partitionedDml' in options) return 'partitionedDml';
  throw new Error(`unknown transaction options ${JSON.stringify(options)}`);
}
