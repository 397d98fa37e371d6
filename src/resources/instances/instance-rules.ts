/**
 * The rules an instance must satisfy, as the official emulator checks them: the instance id
 * pattern, labels, and how node count and processing units relate. Validation only; storing and
 * looking up instances is instance-store.ts.
 */
import {
  badLabelKey,
  badLabelValue,
  instanceCapacityNegative,
  instanceNodeCountTooLarge,
  instanceUnitsNotBoth,
  instanceUnitsNotMultiple,
  invalidInstanceId,
  tooManyLabels,
} from '../../errors';

const INSTANCE_ID = /^[a-z][-a-z0-9]*[a-z0-9]$/;
const LABEL_KEY = /^[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{N}_-]{0,62}$/u;
const LABEL_VALUE = /^[\p{Ll}\p{Lo}\p{N}_-]{0,63}$/u;
const MAX_LABELS = 64;
const UNITS_PER_NODE = 1000;
/** processing_units is an int32, so nodes * 1000 must be one too. */
const MAX_NODE_COUNT = Math.floor((2 ** 31 - 1) / UNITS_PER_NODE);

export function validateInstanceId(id: string): void {
  if (id.length < 2 || id.length > 64 || !INSTANCE_ID.test(id)) throw invalidInstanceId(id);
}

export function validateLabels(labels: Readonly<Record<string, string>>): void {
  const entries = Object.entries(labels);
  if (entries.length > MAX_LABELS) throw tooManyLabels(entries.length, MAX_LABELS);
  for (const [key, value] of entries) {
    if (!LABEL_KEY.test(key)) throw badLabelKey(key);
    if (!LABEL_VALUE.test(value)) throw badLabelValue(key);
  }
}

export interface ComputeCapacity {
  nodeCount: number;
  processingUnits: number;
}

/**
 * Node count and processing units describe one capacity: at most one may be given, processing
 * units come in hundreds below one node and in whole nodes above, and the other is derived.
 * Neither given means no capacity (the client libraries send a default of one node). Negative
 * values are refused, and so are node counts whose processing units would overflow the int32 field
 * (the answer could not even be encoded).
 */
export function resolveCapacity(
  requested: ComputeCapacity,
  request: 'CreateInstance' | 'UpdateInstance',
): ComputeCapacity {
  const { nodeCount, processingUnits } = requested;
  if (nodeCount < 0 || processingUnits < 0) throw instanceCapacityNegative(request);
  if (nodeCount > MAX_NODE_COUNT) throw instanceNodeCountTooLarge(request, nodeCount, MAX_NODE_COUNT);
  if (nodeCount > 0 && processingUnits > 0) throw instanceUnitsNotBoth(request);
  if (processingUnits > 0 && processingUnits < UNITS_PER_NODE && processingUnits % 100 !== 0) {
    throw instanceUnitsNotMultiple(request);
  }
  if (processingUnits > UNITS_PER_NODE && processingUnits % UNITS_PER_NODE !== 0) {
    throw instanceUnitsNotMultiple(request);
  }
  const units = nodeCount > 0 ? nodeCount * UNITS_PER_NODE : processingUnits;
  return { nodeCount: Math.floor(units / UNITS_PER_NODE), processingUnits: units };
}
