/**
 * A table's column expressions made runnable: generated columns (computed in dependency order),
 * DEFAULT values and CHECK constraints, compiled with the expression evaluator over a row that
 * holds the table's columns in scope order (`columns`). Each expression is analyzed and compiled
 * on first use, so a table whose rows are never evaluated costs nothing, and a function the
 * evaluator lacks fails only the statement that needs it. Validation of the expressions is the
 * DDL's (constraints/); here they are known to be valid.
 */

import { unimplementedFeature } from '../../../errors/general-errors';
import type { SpannerValue } from '../../../types/spanner-value';
import { BOOL, isScalar, type ScopeColumn, type SqlType } from '../../query/analyzer/index';
import { analyzableType } from '../catalog/column-types';
import { compileExpression, type EvalContext, type Evaluator } from '../../query/evaluator/index';
import type { Catalog } from '../catalog/catalog';
import { sameName } from '../catalog/named-map';
import type { Column, SchemaExpression, Table } from '../catalog/table';
import { validateSchemaExpression } from '../constraints/expression-validation';
import { columnDependencies, sequenceResolver, tableScope } from '../constraints/table-scope';

export interface CompiledCheck {
  readonly name: string;
  /** The columns the check reads directly. */
  readonly reads: readonly string[];
  readonly evaluate: Evaluator;
}

export class TableExpressions {
  /** The columns of an expression row, in order: the table's analyzable columns. */
  readonly columns: readonly ScopeColumn[];
  private readonly compiled = new Map<string, Evaluator>();

  constructor(
    private readonly catalog: Catalog,
    readonly table: Table,
  ) {
    this.columns = tableScope(table);
  }

  /** The position of `column` in an expression row, or -1 when it is not analyzable. */
  positionOf(column: string): number {
    return this.columns.findIndex((c) => sameName(c.name, column));
  }

  /**
   * Fills the generated columns of `row` from the others, dependencies first: those `reads`
   * needs (directly or through other generated columns), or all of them when it is omitted.
   */
  computeGenerated(row: SpannerValue[], ctx: EvalContext, reads?: readonly string[]): void {
    const needed = reads === undefined ? null : this.generatedNeededBy(reads);
    for (const column of this.generatedOrder()) {
      if (needed !== null && !needed.has(column.name.toLowerCase())) continue;
      const at = this.positionOf(column.name);
      if (at >= 0) row[at] = this.generatedEvaluator(column)(row, ctx);
    }
  }

  /** The DEFAULT of `column` as an evaluator (it reads no columns), or null when it has none. */
  defaultOf(column: Column): Evaluator | null {
    const value = column.defaultValue;
    if (value === null) return null;
    return this.compile(`default:${column.name}`, value, this.targetOf(column), false, true);
  }

  /** The named CHECK constraint compiled, with the columns it reads; undefined if none. */
  check(name: string): CompiledCheck | undefined {
    const check = this.table.checks.find((c) => c.name === name);
    if (check === undefined) return undefined;
    return {
      name: check.name,
      reads: columnDependencies(check.expression),
      evaluate: this.compile(`check:${check.name}`, check.expression, BOOL, false, false),
    };
  }

  private generatedEvaluator(column: Column): Evaluator {
    const generated = column.generated!;
    return this.compile(`generated:${column.name}`, generated.expression, this.targetOf(column), true, false);
  }

  /** Lower-case names of the generated columns that reading `columns` involves. */
  private generatedNeededBy(columns: readonly string[]): Set<string> {
    const needed = new Set<string>();
    const visit = (name: string): void => {
      const column = this.table.columns.find((c) => sameName(c.name, name));
      if (column?.generated == null || needed.has(column.name.toLowerCase())) return;
      needed.add(column.name.toLowerCase());
      columnDependencies(column.generated.expression).forEach(visit);
    };
    columns.forEach(visit);
    return needed;
  }

  /**
   * Generated columns such that each comes after the generated columns it reads. TOKENLIST
   * columns (search index tokens) are left out: nothing but search functions reads them, and
   * those have no evaluation here, so they stay NULL in an expression row.
   */
  private generatedOrder(): Column[] {
    const pending = this.table.columns.filter((c) => c.generated !== null && !isTokenList(c));
    const ordered: Column[] = [];
    while (pending.length > 0) {
      const ready = pending.findIndex((c) =>
        columnDependencies(c.generated!.expression).every((d) => !pending.some((p) => p !== c && sameName(p.name, d))),
      );
      // DDL refuses cycles; should one slip through, evaluate in declaration order.
      ordered.push(...pending.splice(ready < 0 ? 0 : ready, 1));
    }
    return ordered;
  }

  private targetOf(column: Column): SqlType {
    const type = analyzableType(column.type);
    if (type === null) throw unimplementedFeature(`Evaluating expressions of the PROTO or ENUM column ${column.name}`);
    return type;
  }

  private compile(
    key: string,
    expression: SchemaExpression,
    target: SqlType,
    parenthesized: boolean,
    isDefault: boolean,
  ): Evaluator {
    const cached = this.compiled.get(key);
    if (cached !== undefined) return cached;
    const { typed } = validateSchemaExpression(expression.text, expression.ast, target, this.columns, {
      use: isDefault ? 'column default' : 'check constraints',
      allowVolatile: isDefault,
      allowPendingCommitTimestamp: isDefault,
      parenthesized,
      resolveSequence: sequenceResolver(this.catalog),
    });
    const evaluator = compileExpression(typed);
    this.compiled.set(key, evaluator);
    return evaluator;
  }
}

/** Search index token columns: derived data the evaluator does not compute. */
export function isTokenList(column: Column): boolean {
  return isScalar(column.type, 'TOKENLIST');
}
