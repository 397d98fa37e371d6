/**
 * Sequence settings as OPTIONS: the clause form (`BIT_REVERSED_POSITIVE SKIP RANGE 1, 9 START
 * COUNTER WITH 5`) is turned into the equivalent options so both forms share one validation, as
 * Spanner does. Validates names, value kinds and ranges against the sequence's current settings;
 * it does not decide which form a statement may use (sequences.ts does).
 */

import { ddlParseError } from '../../../errors/schema-errors';
import {
  invalidSequenceStartWithCounter,
  sequenceSkipRangeMinLargerThanMax,
  sequenceSkipRangeMinMaxNotSetTogether,
  sequenceSkipRangeWithoutPositiveValue,
} from '../../../errors/schema-object-errors';
import type { DdlOptionValue } from '../../../sql/ast/ddl-common';
import type { DdlSequenceParams } from '../../../sql/ast/ddl-table';
import type { SchemaOption } from '../catalog/schema-option';
import type { SequenceParams } from '../catalog/sequence-params';

export const SEQUENCE_KIND_OPTION = 'sequence_kind';
export const START_WITH_COUNTER_OPTION = 'start_with_counter';
export const SKIP_RANGE_MIN_OPTION = 'skip_range_min';
export const SKIP_RANGE_MAX_OPTION = 'skip_range_max';

/** The one kind Spanner offers, as the option value spells it. */
export const BIT_REVERSED_POSITIVE = 'bit_reversed_positive';

const INTEGER_OPTIONS: ReadonlySet<string> = new Set([
  START_WITH_COUNTER_OPTION,
  SKIP_RANGE_MIN_OPTION,
  SKIP_RANGE_MAX_OPTION,
]);

export const NO_SEQUENCE_PARAMS: SequenceParams = { sequenceKind: null, skipRange: null, startCounterWith: null };

/** The options a clause-form statement stands for. */
export function optionsFromClauses(params: DdlSequenceParams): SchemaOption[] {
  const options: SchemaOption[] = [];
  if (params.bitReversedPositive) {
    options.push({ name: SEQUENCE_KIND_OPTION, value: { kind: 'string', value: BIT_REVERSED_POSITIVE } });
  }
  if (params.startCounterWith !== null) {
    options.push({ name: START_WITH_COUNTER_OPTION, value: { kind: 'int', value: params.startCounterWith } });
  }
  if (params.skipRange !== null) options.push(...skipRangeOptions(params.skipRange));
  return options;
}

/** `SKIP RANGE a, b` as options; null stands for `NO SKIP RANGE`. */
export function skipRangeOptions(range: { min: string; max: string } | null): SchemaOption[] {
  const value = (v: string | undefined): DdlOptionValue =>
    v === undefined ? { kind: 'null' } : { kind: 'int', value: v };
  return [
    { name: SKIP_RANGE_MIN_OPTION, value: value(range?.min) },
    { name: SKIP_RANGE_MAX_OPTION, value: value(range?.max) },
  ];
}

/**
 * The checks Spanner makes while parsing sequence OPTIONS: known names, a string kind naming the
 * one supported kind, integer (or NULL) counters and ranges. They fail as syntax errors of the
 * statement, quoted as written.
 */
export function checkSequenceOptionSyntax(options: readonly SchemaOption[], statementText: string): void {
  const fail = (detail: string) => ddlParseError(statementText.trim(), detail);
  const seen = new Set<string>();
  for (const option of options) {
    if (seen.has(option.name)) throw fail(`Duplicate option: ${option.name}`);
    seen.add(option.name);
    const name = option.name.toLowerCase();
    const value = option.value;
    if (name === SEQUENCE_KIND_OPTION) {
      if (value.kind === 'null') throw fail('The only supported sequence kind is `bit_reversed_positive`');
      if (value.kind !== 'string') throw fail(unexpectedValue(option.name, 'strings'));
      if (value.value !== BIT_REVERSED_POSITIVE) throw fail(`Unsupported sequence kind: ${value.value}`);
    } else if (INTEGER_OPTIONS.has(name)) {
      if (value.kind !== 'int' && value.kind !== 'null') throw fail(unexpectedValue(option.name, 'integers'));
    } else {
      throw fail(`Option: ${option.name} is unknown.`);
    }
  }
}

function unexpectedValue(option: string, kinds: string): string {
  return `Unexpected value for option: ${option}. Supported option values are ${kinds} and NULL.`;
}

/**
 * Checks `options` (already syntax-checked) as they would apply on top of `current` (null for a
 * new sequence): a positive start counter, and a skip range set as a pair, ordered, and reaching
 * into the positive numbers.
 */
export function validateSequenceOptions(options: readonly SchemaOption[], current: SequenceParams | null): void {
  const integers = new Map<string, bigint | null>();
  for (const option of options) {
    const name = option.name.toLowerCase();
    const value = option.value;
    if (INTEGER_OPTIONS.has(name)) integers.set(name, value.kind === 'int' ? BigInt(value.value) : null);
  }
  const start = integers.get(START_WITH_COUNTER_OPTION);
  if (start !== undefined && start !== null && start < 1n) throw invalidSequenceStartWithCounter();
  let min = current?.skipRange ? BigInt(current.skipRange.min) : null;
  let max = current?.skipRange ? BigInt(current.skipRange.max) : null;
  if (integers.has(SKIP_RANGE_MIN_OPTION)) min = integers.get(SKIP_RANGE_MIN_OPTION) ?? null;
  if (integers.has(SKIP_RANGE_MAX_OPTION)) max = integers.get(SKIP_RANGE_MAX_OPTION) ?? null;
  if ((min === null) !== (max === null)) throw sequenceSkipRangeMinMaxNotSetTogether();
  if (min === null || max === null) return;
  if (min > max) throw sequenceSkipRangeMinLargerThanMax();
  if (max < 1n) throw sequenceSkipRangeWithoutPositiveValue();
}

/** The settings after applying already validated `options` to `params`. */
export function applySequenceOptions(params: SequenceParams, options: readonly SchemaOption[]): SequenceParams {
  let { sequenceKind, skipRange, startCounterWith } = params;
  let skipMin = skipRange?.min ?? null;
  let skipMax = skipRange?.max ?? null;
  for (const option of options) {
    const value = option.value.kind === 'int' ? option.value.value : null;
    switch (option.name.toLowerCase()) {
      case SEQUENCE_KIND_OPTION:
        sequenceKind = 'BIT_REVERSED_POSITIVE';
        break;
      case START_WITH_COUNTER_OPTION:
        startCounterWith = value;
        break;
      case SKIP_RANGE_MIN_OPTION:
        skipMin = value;
        break;
      case SKIP_RANGE_MAX_OPTION:
        skipMax = value;
        break;
    }
  }
  skipRange = skipMin !== null && skipMax !== null ? { min: skipMin, max: skipMax } : null;
  return { sequenceKind, skipRange, startCounterWith };
}

export function hasSequenceKindOption(options: readonly SchemaOption[]): boolean {
  return options.some((o) => o.name.toLowerCase() === SEQUENCE_KIND_OPTION);
}
