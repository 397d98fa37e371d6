/**
 * Building blocks shared by every AST node: the source span, identifiers, dotted paths and
 * `@{...}` hints. The AST is plain immutable data (readonly everywhere); nothing here parses or
 * prints.
 */

import type { Expression } from './expression';

/** Where a node sits in the statement text: [start, end) offsets and the 1-based start line/column. */
export interface SourceSpan {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
}

/** A name as written, quotes removed. Names compare case-insensitively; the spelling is kept. */
export interface Identifier {
  readonly kind: 'identifier';
  readonly name: string;
  readonly loc: SourceSpan;
}

/** A dotted name: `sch.Table`, `NET.HOST`, `googlesql.example.Album`. */
export interface PathName {
  readonly kind: 'pathName';
  readonly parts: readonly Identifier[];
  readonly loc: SourceSpan;
}

/** One `key=value` of a hint; keys may be qualified (`spanner.optimizer_version`). */
export interface HintEntry {
  readonly kind: 'hintEntry';
  readonly key: PathName;
  readonly value: Expression;
  readonly loc: SourceSpan;
}

/** `@{key=value, ...}` on a statement, table, join, GROUP BY or function call. */
export interface Hint {
  readonly kind: 'hint';
  readonly entries: readonly HintEntry[];
  readonly loc: SourceSpan;
}
