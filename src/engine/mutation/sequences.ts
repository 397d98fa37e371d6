/**
 * Sequence values, as GET_NEXT_SEQUENCE_VALUE in a DEFAULT (or an identity column) draws them:
 * the one kind Spanner offers, BIT_REVERSED_POSITIVE, bit-reverses the counter keeping the sign,
 * starting from START COUNTER WITH (1 by default); a value inside the SKIP RANGE is drawn again,
 * up to 2,000 times, after which, or once the counter reaches the INT64 maximum, the sequence is
 * exhausted. Names resolve to CREATE SEQUENCE objects and to identity columns' internal
 * sequences. Counters and their persistence are sequence-counters.ts's.
 */
import { sequenceExhausted } from '../../errors/row-write-errors';
import { sequenceNotFoundInSchema } from '../../errors/schema-object-errors';
import type { Catalog } from '../schema/catalog/catalog';
import { lookupNamed, nameKey } from '../schema/catalog/named-map';
import type { SequenceParams } from '../schema/catalog/sequence-params';
import { identitySequenceName } from '../schema/ddl/identity-columns';
import type { SequenceCounters } from './sequence-counters';

/** The official emulator's limit on draws that land in the skipped range. */
const MAX_ATTEMPTS = 2000;

const DEFAULT_START = 1n;

/** What expressions may ask of sequences (EvalContext's hooks). */
export interface SequenceSource {
  /** GET_NEXT_SEQUENCE_VALUE(SEQUENCE name). */
  next(name: string): bigint;
  /** GET_INTERNAL_SEQUENCE_STATE(SEQUENCE name): the counter, NULL before the first value. */
  state(name: string): bigint | null;
}

/** The sequences of `catalog` (identity columns' internal ones included) over `counters`. */
export function sequenceSource(counters: SequenceCounters, catalog: Catalog): SequenceSource {
  return {
    next: (name) => {
      const found = findSequence(catalog, name);
      if (found === null) throw sequenceNotFoundInSchema(name);
      return nextSequenceValue(counters, found.name, found.params);
    },
    state: (name) => counters.peek(findSequence(catalog, name)?.name ?? name),
  };
}

/** The next value of the sequence `name` with parameters `params`. */
export function nextSequenceValue(counters: SequenceCounters, name: string, params: SequenceParams): bigint {
  const start = params.startCounterWith === null ? DEFAULT_START : BigInt(params.startCounterWith);
  const skip =
    params.skipRange === null ? null : { min: BigInt(params.skipRange.min), max: BigInt(params.skipRange.max) };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const counter = counters.take(name, start);
    if (counter === null) break;
    const value = bitReversePositive(counter);
    if (skip === null || value < skip.min || value > skip.max) return value;
  }
  throw sequenceExhausted(name);
}

/** The low 63 bits reversed, the sign bit kept (BIT_REVERSE(counter, true)). */
function bitReversePositive(counter: bigint): bigint {
  let result = 0n;
  let rest = counter & ((1n << 63n) - 1n);
  for (let i = 0; i < 63; i++) {
    result = (result << 1n) | (rest & 1n);
    rest >>= 1n;
  }
  return result | (counter & (1n << 63n));
}

interface FoundSequence {
  /** As the schema spells it. */
  readonly name: string;
  readonly params: SequenceParams;
}

function findSequence(catalog: Catalog, name: string): FoundSequence | null {
  const sequence = lookupNamed(catalog.sequences, name);
  if (sequence !== undefined) return { name: sequence.name, params: sequence.params };
  const key = nameKey(name);
  for (const table of catalog.tables.values()) {
    for (const column of table.columns) {
      if (column.identity === null) continue;
      const internal = identitySequenceName(table.name, column.name);
      if (nameKey(internal) === key) return { name: internal, params: column.identity };
    }
  }
  return null;
}
