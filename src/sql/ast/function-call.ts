/**
 * Function calls and their arguments: plain expressions, `name => value`, lambdas, schema objects
 * passed by name (SEQUENCE / MODEL / TABLE) and `expr AS path`; plus the aggregate modifiers.
 * Syntax only: which function is meant is resolved by the analyzer.
 */

import type { Expression } from './expression';
import type { Hint, Identifier, PathName, SourceSpan } from './node';
import type { OrderByItem } from './query';

interface Node {
  readonly loc: SourceSpan;
}

export interface AggregateHaving extends Node {
  readonly kind: 'aggregateHaving';
  readonly extremum: 'MAX' | 'MIN';
  readonly expr: Expression;
}

export interface FunctionCall extends Node {
  readonly kind: 'functionCall';
  /** The name without a `SAFE.` prefix, which sets `safe` instead. */
  readonly name: PathName;
  readonly safe: boolean;
  readonly args: readonly FunctionArgument[];
  /** `COUNT(*)`. */
  readonly star: boolean;
  readonly distinct: boolean;
  readonly nullHandling: 'IGNORE' | 'RESPECT' | null;
  readonly having: AggregateHaving | null;
  readonly orderBy: readonly OrderByItem[] | null;
  readonly limit: Expression | null;
  readonly hint: Hint | null;
}

/** `name => value`. */
export interface NamedArgument extends Node {
  readonly kind: 'namedArgument';
  readonly name: Identifier;
  readonly value: Expression;
}

/** `x -> expr` or `(x, y) -> expr`. */
export interface LambdaArgument extends Node {
  readonly kind: 'lambda';
  readonly params: readonly Identifier[];
  readonly body: Expression;
}

/** `SEQUENCE name`, `MODEL name`, `TABLE name`: a schema object passed by name. */
export interface ObjectArgument extends Node {
  readonly kind: 'objectArgument';
  readonly objectKind: 'SEQUENCE' | 'MODEL' | 'TABLE';
  readonly name: PathName;
}

/** `expr AS path` in REPLACE_FIELDS. */
export interface AliasedArgument extends Node {
  readonly kind: 'aliasedArgument';
  readonly expr: Expression;
  readonly alias: PathName;
}

export type FunctionArgument = Expression | NamedArgument | LambdaArgument | ObjectArgument | AliasedArgument;
