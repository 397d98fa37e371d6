/**
 * Questions asked of an analyzed expression by the contexts that restrict what expressions may do:
 * which columns it reads, which functions it calls that are not deterministic or that Spanner does
 * not offer, and how deep its tree is (column expressions are limited in depth).
 */

import { lookupFunction } from './functions/function-registry';
import { childrenOf, type TypedCall, type TypedExpression } from './typed-expression';

/** Pre-order walk; stops when `visit` returns a value other than undefined, and returns it. */
export function findInExpression<T>(
  e: TypedExpression,
  visit: (node: TypedExpression) => T | undefined,
): T | undefined {
  const found = visit(e);
  if (found !== undefined) return found;
  for (const child of childrenOf(e)) {
    const inner = findInExpression(child, visit);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** Post-order walk: children before their parent, as GoogleSQL's validators report. */
export function findInExpressionPostOrder<T>(
  e: TypedExpression,
  visit: (node: TypedExpression) => T | undefined,
): T | undefined {
  for (const child of childrenOf(e)) {
    const inner = findInExpressionPostOrder(child, visit);
    if (inner !== undefined) return inner;
  }
  return visit(e);
}

function catalogFunction(node: TypedExpression): TypedCall | undefined {
  return node.kind === 'call' && !node.fn.startsWith('$') ? node : undefined;
}

/** The scope positions of the columns the expression reads, in first-use order, without repeats. */
export function referencedColumns(e: TypedExpression): number[] {
  const seen: number[] = [];
  findInExpression(e, (node) => {
    if (node.kind === 'column' && !seen.includes(node.index)) seen.push(node.index);
    return undefined;
  });
  return seen;
}

/** The name (as messages print it) of the first function GoogleSQL has but Spanner refuses. */
export function firstUnsupportedFunction(e: TypedExpression): string | undefined {
  return findInExpression(e, (node) => {
    const call = catalogFunction(node);
    const def = call === undefined ? undefined : lookupFunction(call.fn);
    return def !== undefined && !def.supported ? def.name : undefined;
  });
}

/**
 * The first function whose result may differ between evaluations with the same inputs: volatile
 * ones (GENERATE_UUID) and, unless `allowStable`, stable ones (CURRENT_TIMESTAMP).
 */
export function firstNonDeterministicFunction(e: TypedExpression, allowStable = false): string | undefined {
  return findInExpressionPostOrder(e, (node) => {
    const call = catalogFunction(node);
    const def = call === undefined ? undefined : lookupFunction(call.fn);
    if (def === undefined || def.volatility === 'immutable') return undefined;
    return def.volatility === 'volatile' || !allowStable ? def.name : undefined;
  });
}

/** Whether the expression calls `fn` (a function id, lower case) anywhere. */
export function callsFunction(e: TypedExpression, fn: string): boolean {
  return findInExpression(e, (node) => (node.kind === 'call' && node.fn === fn ? true : undefined)) === true;
}

/** The first subquery node, if any. */
export function firstSubquery(e: TypedExpression): TypedExpression | undefined {
  return findInExpression(e, (node) => (node.kind === 'subquery' ? node : undefined));
}

/** Height of the tree: a leaf is 1. */
export function expressionDepth(e: TypedExpression): number {
  let max = 0;
  for (const child of childrenOf(e)) max = Math.max(max, expressionDepth(child));
  return max + 1;
}
