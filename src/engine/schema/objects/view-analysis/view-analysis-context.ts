/**
 * State of one analysis of a view or function body: the catalog it reads, where error positions
 * point (GoogleSQL reports them in a statement it builds around the body, e.g. `CREATE VIEW `name`
 * SQL SECURITY INVOKER AS <body>`), the schema objects the body reads (its dependencies, in
 * first-use order), the common table expressions in reach and whether a WITH clause was seen
 * (views and functions refuse them once the body is otherwise valid).
 */

import type { ErrorSite } from '../../../../errors/analyzer-errors';
import type { SourceSpan } from '../../../../sql/ast/node';
import type { Catalog } from '../../catalog/catalog';
import type { SchemaObjectRef } from '../../catalog/dependencies';
import type { Query } from '../../../../sql/ast/query';
import type { NameList, Scope } from './view-scope';

/** Resolves a nested query against the scope it appears in. */
export type QueryResolver = (query: Query, scope: Scope, ctx: ViewAnalysisContext) => NameList;

export class ViewAnalysisContext {
  private readonly refs: SchemaObjectRef[] = [];
  private readonly seen = new Set<string>();
  private readonly cteFrames: Map<string, NameList>[] = [];
  private readonly text: string;
  private readonly prefixLength: number;
  sawWithClause = false;
  /** Set by the analyzer: expressions hand their subqueries to it. */
  resolveQuery: QueryResolver | null = null;

  /**
   * `prefix` and `suffix` surround the body in the statement errors quote; `body` is the text as
   * written and `bodyStart` the offset its first character has in the AST's source positions.
   */
  constructor(
    readonly catalog: Catalog,
    prefix: string,
    body: string,
    private readonly bodyStart: number,
    suffix = '',
  ) {
    this.prefixLength = prefix.length;
    this.text = prefix + body + suffix;
  }

  site(loc: SourceSpan): ErrorSite {
    return { text: this.text, offset: this.prefixLength + loc.start - this.bodyStart };
  }

  addDependency(ref: SchemaObjectRef): void {
    const key = refKey(ref);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.refs.push(ref);
  }

  get dependencies(): readonly SchemaObjectRef[] {
    return this.refs;
  }

  pushCtes(ctes: Map<string, NameList>): void {
    this.cteFrames.push(ctes);
  }

  popCtes(): void {
    this.cteFrames.pop();
  }

  findCte(name: string): NameList | undefined {
    const key = name.toLowerCase();
    for (let i = this.cteFrames.length - 1; i >= 0; i--) {
      const found = this.cteFrames[i].get(key);
      if (found !== undefined) return found;
    }
    return undefined;
  }
}

export function refKey(ref: SchemaObjectRef): string {
  switch (ref.kind) {
    case 'column':
      return `column:${ref.table.toLowerCase()}.${ref.column.toLowerCase()}`;
    default:
      return `${ref.kind}:${ref.name.toLowerCase()}`;
  }
}
