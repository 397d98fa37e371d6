/**
 * GENERATE_ARRAY over INT64, FLOAT64 and NUMERIC (at most 16000 elements, as in GoogleSQL) and
 * the vector distances COSINE_DISTANCE, EUCLIDEAN_DISTANCE and DOT_PRODUCT. The APPROX_ forms
 * compute the exact distance: without a vector index there is nothing to approximate.
 */

import { evaluationFailed, overflowWithoutOperands } from '../../../../../errors/evaluation-errors';
import type { SpannerValue } from '../../../../../types/spanner-value';
import { strict, type FunctionImpl } from '../../function-implementation';
import { float64Arithmetic } from './arithmetic-ops';
import { fromScaled, toScaled } from './numeric-math';

const MAX_ELEMENTS = 16000;

function tooMany(): Error {
  return evaluationFailed(`Cannot generate arrays with more than ${MAX_ELEMENTS} elements.`);
}

/** start, start + step... while within end; `at(i)` is the i-th element. */
function sequence<T>(start: T, end: T, step: T, zero: T, less: (a: T, b: T) => boolean, at: (i: number) => T): T[] {
  if (step === zero) throw evaluationFailed('Sequence step cannot be 0.');
  const up = less(zero, step);
  if (up ? less(end, start) : less(start, end)) return [];
  const out: T[] = [];
  for (let i = 0; ; i++) {
    const v = at(i);
    if (up ? less(end, v) : less(v, end)) break;
    if (out.length === MAX_ELEMENTS) throw tooMany();
    out.push(v);
  }
  return out;
}

function floatSequence(start: number, end: number, step: number): number[] {
  if ([start, end, step].some(Number.isNaN)) throw evaluationFailed('Sequence start, end, and step cannot be NaN.');
  if (!Number.isFinite(step)) throw evaluationFailed('Sequence step cannot be +/-inf.');
  return sequence(
    start,
    end,
    step,
    0,
    (a, b) => a < b,
    (i) => start + i * step,
  );
}

function bigintSequence(start: bigint, end: bigint, step: bigint): bigint[] {
  if (step === 0n) throw evaluationFailed('Sequence step cannot be 0.');
  if ((end - start) / step >= BigInt(MAX_ELEMENTS)) throw tooMany();
  return sequence(
    start,
    end,
    step,
    0n,
    (a, b) => a < b,
    (i) => start + BigInt(i) * step,
  );
}

export const generateArray: FunctionImpl = strict((args, info): SpannerValue => {
  const type = info.call.type;
  const name = type.kind === 'array' && type.element.kind === 'scalar' ? type.element.name : 'INT64';
  if (name === 'FLOAT64')
    return floatSequence(args[0] as number, args[1] as number, args.length > 2 ? (args[2] as number) : 1);
  if (name === 'NUMERIC') {
    const step = args.length > 2 ? toScaled(args[2] as string) : 1_000_000_000n;
    return bigintSequence(toScaled(args[0] as string), toScaled(args[1] as string), step).map(fromScaled);
  }
  return bigintSequence(args[0] as bigint, args[1] as bigint, args.length > 2 ? (args[2] as bigint) : 1n);
});

function ordinal(i: number): string {
  return i === 0 ? 'first' : 'second';
}

/** The two vectors as numbers, after the length and NULL checks each distance words its own way. */
function vectors(args: readonly SpannerValue[], dot: boolean): [number[], number[]] {
  const [a, b] = args as [readonly SpannerValue[], readonly SpannerValue[]];
  if (a.length !== b.length) {
    throw evaluationFailed(
      dot
        ? `Array arguments to DOT_PRODUCT must have equal length. The given arrays have lengths of ${a.length} and ${b.length}`
        : `Array length mismatch: ${a.length} and ${b.length}`,
    );
  }
  [a, b].forEach((v, which) => {
    const at = v.indexOf(null);
    if (at < 0) return;
    if (!dot) throw evaluationFailed(`NULL array element in ${ordinal(which)} argument`);
    throw evaluationFailed(
      `Cannot compute DOT_PRODUCT with a NULL element, since it is unclear if NULLs should be ignored, counted as a zero value, or another interpretation. The NULL element was found in the ${ordinal(which)} array argument at OFFSET ${at}`,
    );
  });
  return [a.map(Number), b.map(Number)];
}

/** DOT_PRODUCT's sum: each product is checked like `*`, the running sum reports no operands. */
function dotOf(a: number[], b: number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const product = float64Arithmetic('*', a[i], b[i]);
    const next = sum + product;
    if (!Number.isFinite(next) && Number.isFinite(sum) && Number.isFinite(product))
      throw overflowWithoutOperands('double');
    sum = next;
  }
  return sum;
}

export const cosineDistance: FunctionImpl = strict((args) => {
  const [a, b] = vectors(args, false);
  let dot = 0;
  let normA = 0;
  let normB = 0;
  // One pass in GoogleSQL's order, so the first overflowing operation is the one reported.
  for (let i = 0; i < a.length; i++) {
    dot = float64Arithmetic('+', dot, float64Arithmetic('*', a[i], b[i]));
    normA = float64Arithmetic('+', normA, float64Arithmetic('*', a[i], a[i]));
    normB = float64Arithmetic('+', normB, float64Arithmetic('*', b[i], b[i]));
  }
  const norms = Math.sqrt(normA) * Math.sqrt(normB);
  if (norms === 0) throw evaluationFailed('Cannot compute cosine distance against zero vector');
  return 1 - dot / norms;
});

export const euclideanDistance: FunctionImpl = strict((args) => {
  const [a, b] = vectors(args, false);
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const difference = float64Arithmetic('-', a[i], b[i]);
    sum = float64Arithmetic('+', sum, float64Arithmetic('*', difference, difference));
  }
  return Math.sqrt(sum);
});

export const dotProduct: FunctionImpl = strict((args) => {
  const [a, b] = vectors(args, true);
  return dotOf(a, b);
});
