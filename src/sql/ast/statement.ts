/**
 * Top-level statements: a query with its optional statement hint, the DML statements, and the
 * DDL statements (defined in ddl-statement.ts).
 */

import type { DdlStatement } from './ddl-statement';
import type { DmlStatement } from './dml';
import type { Hint, SourceSpan } from './node';
import type { Query } from './query';

export interface QueryStatement {
  readonly kind: 'queryStatement';
  readonly hint: Hint | null;
  readonly query: Query;
  readonly loc: SourceSpan;
}

/** What ExecuteSql runs: a query or a DML statement. */
export type SqlStatement = QueryStatement | DmlStatement;

export type Statement = SqlStatement | DdlStatement;
