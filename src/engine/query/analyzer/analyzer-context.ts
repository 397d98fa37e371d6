/**
 * What an analysis runs against: the columns in scope, the text error positions refer to, the
 * declared parameter types and the caller's policy for constructs the context forbids
 * (subqueries in column expressions, aggregates outside a grouped query). One AnalyzerContext
 * per analyzed expression; it is read-only.
 */

import type { ErrorSite } from '../../../errors/analyzer-errors';
import type { SpannerError } from '../../../errors/spanner-error';
import type { Expression } from '../../../sql/ast/expression';
import type { SourceSpan } from '../../../sql/ast/node';
import type { SqlType } from './sql-type';
import type { TypedExpression } from './typed-expression';

/** A column visible by name (case-insensitively). */
export interface ScopeColumn {
  readonly name: string;
  readonly type: SqlType;
}

export type SubqueryPolicy =
  /** Type the subquery where that is simple and leave a `subquery` node for the caller to judge. */
  | { readonly kind: 'deferred'; readonly nonScalarError: () => SpannerError }
  /** The query analyzer does not exist yet: refuse with UNIMPLEMENTED. */
  | { readonly kind: 'unsupported' };

export interface AnalyzerOptions {
  readonly columns: readonly ScopeColumn[];
  /** The text the AST was parsed from (or the part of it errors should quote). */
  readonly text: string;
  /** The AST offset of `text[0]`: non-zero when the expression was parsed inside a longer statement. */
  readonly baseOffset?: number;
  /** Declared query parameter types by name (case-insensitive); others are untyped. */
  readonly parameters?: ReadonlyMap<string, SqlType>;
  readonly subqueries?: SubqueryPolicy;
  /** Where aggregates would be, for "Aggregate function X not allowed in <where>". */
  readonly aggregateContext?: string;
  /** A sequence's name as the schema spells it, or null when there is none (`SEQUENCE s` arguments). */
  readonly resolveSequence?: (name: string) => string | null;
}

export class AnalyzerContext {
  private readonly byName = new Map<string, number>();
  readonly baseOffset: number;
  readonly subqueries: SubqueryPolicy;
  readonly aggregateContext: string;

  constructor(
    readonly options: AnalyzerOptions,
    /** Analyzes a sub-expression in this context (the dispatcher, passed in to avoid import cycles). */
    readonly analyze: (e: Expression, ctx: AnalyzerContext) => TypedExpression,
  ) {
    options.columns.forEach((c, i) => {
      const key = c.name.toLowerCase();
      if (!this.byName.has(key)) this.byName.set(key, i);
    });
    this.baseOffset = options.baseOffset ?? 0;
    this.subqueries = options.subqueries ?? { kind: 'unsupported' };
    this.aggregateContext = options.aggregateContext ?? 'standalone expression';
  }

  get columns(): readonly ScopeColumn[] {
    return this.options.columns;
  }

  /** The column's position in scope, or -1. */
  findColumn(name: string): number {
    return this.byName.get(name.toLowerCase()) ?? -1;
  }

  parameterType(name: string): SqlType | undefined {
    const params = this.options.parameters;
    if (params === undefined) return undefined;
    for (const [key, type] of params) if (key.toLowerCase() === name.toLowerCase()) return type;
    return undefined;
  }

  /** The error site of a node. */
  site(loc: SourceSpan): ErrorSite {
    return { text: this.options.text, offset: loc.start - this.baseOffset };
  }

  /** The error site at an offset of the analyzed text. */
  siteAt(textOffset: number): ErrorSite {
    return { text: this.options.text, offset: textOffset };
  }

  /** The text offset of a node's start. */
  offsetOf(loc: SourceSpan): number {
    return loc.start - this.baseOffset;
  }

  /**
   * The site of the first `word` (case-insensitive, whole word) at or after the node end `from`:
   * GoogleSQL points some errors at an operator keyword (`IN`, `BETWEEN`, `<<`).
   */
  siteOfWordAfter(from: SourceSpan, word: string): ErrorSite {
    const text = this.options.text;
    const start = from.end - this.baseOffset;
    const pattern = /^\w/.test(word) ? new RegExp(`\\b${word}\\b`, 'i') : null;
    const rest = text.slice(start);
    const at = pattern === null ? rest.indexOf(word) : rest.search(pattern);
    return this.siteAt(at < 0 ? start : start + at);
  }
}
