/**
 * The expression evaluator's public API: compile a typed expression once, evaluate it per row.
 * Values are the engine's (src/types/spanner-value.ts); errors are SpannerErrors with the codes
 * and messages Spanner returns for the same failure.
 */

export { compileExpression, type Evaluator, type Row } from './compile-expression';
export { evalContext, type EvalContext } from './eval-context';
export { evaluateCast } from './casts/cast-evaluation';
export { sqlEquals, sqlCompare } from './value-comparison';
