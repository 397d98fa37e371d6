/**
 * Overload resolution: which signature of a function the analyzed arguments call, the type each
 * argument converts to, and the result type. Lower cost wins: an exact type costs nothing, a
 * literal or untyped value converting costs less than a column converting (so `1.5 + numeric_col`
 * is NUMERIC while `int_col + 1.5` is FLOAT64); ties go to the signature listed first.
 */

import { assertNever } from '../../../errors/assert-never';
import { coercesTo, commonSupertype, type ArgumentShape } from './coercion';
import type { Param, ParamType, Signature } from './functions/function-signature';
import { arrayOf, INT64, sameType, type SqlType } from './sql-type';
import type { TypedExpression } from './typed-expression';

export interface SignatureMatch {
  readonly signature: Signature;
  /** The type each argument converts to; null for date parts, intervals and lambdas. */
  readonly argumentTypes: readonly (SqlType | null)[];
  readonly resultType: SqlType;
  /** True when the result type came from untyped arguments only (`COALESCE(NULL, NULL)`). */
  readonly untypedResult: boolean;
  readonly cost: number;
}

/** Assigns the arguments to parameters, honouring optional and repeated ones; null if impossible. */
function assignParams(params: readonly Param[], count: number): Param[] | null {
  const assigned: Param[] = [];
  let left = count;
  for (let i = 0; i < params.length; i++) {
    const param = params[i];
    const requiredAfter = params.slice(i + 1).filter((p) => p.mode === 'required').length;
    if (param.mode === 'required') {
      if (left === 0) return null;
      assigned.push(param);
      left--;
    } else if (param.mode === 'optional') {
      if (left > requiredAfter) {
        assigned.push(param);
        left--;
      }
    } else {
      const take = Math.max(0, left - requiredAfter);
      for (let k = 0; k < take; k++) assigned.push(param);
      left -= take;
    }
  }
  return left === 0 ? assigned : null;
}

function shape(arg: TypedExpression): ArgumentShape {
  return { type: arg.type, coercibility: arg.coercibility };
}

function conversionCost(arg: ArgumentShape, target: SqlType): number {
  if (arg.coercibility === 'untyped') return 0;
  if (sameType(arg.type, target)) return 0;
  return arg.coercibility === 'literal' ? 0.5 : 1;
}

interface SlotBinding {
  readonly args: ArgumentShape[];
}

/** Arguments bound to T1/T2 (for ARRAY<T1>, the element of each array argument). */
function collectSlots(params: readonly Param[], args: readonly TypedExpression[]): Map<number, SlotBinding> | null {
  const slots = new Map<number, SlotBinding>();
  const bind = (slot: number, a: ArgumentShape) => {
    const binding = slots.get(slot) ?? { args: [] };
    binding.args.push(a);
    slots.set(slot, binding);
  };
  for (let i = 0; i < params.length; i++) {
    const type = params[i].type;
    const arg = args[i];
    if (type.kind === 'templated') {
      if (isSpecialArgument(arg)) return null;
      bind(type.slot, shape(arg));
    } else if (type.kind === 'arrayOfTemplated') {
      if (arg.type.kind !== 'array' || isSpecialArgument(arg)) {
        if (arg.coercibility !== 'untyped') return null;
        continue;
      }
      bind(type.slot, { type: arg.type.element, coercibility: arg.coercibility });
    }
  }
  return slots;
}

function isSpecialArgument(arg: TypedExpression): boolean {
  return arg.kind === 'datePart' || arg.kind === 'intervalArg' || arg.kind === 'schemaObject';
}

function resolveSlots(slots: Map<number, SlotBinding>): Map<number, SqlType | 'untyped'> | null {
  const resolved = new Map<number, SqlType | 'untyped'>();
  for (const [slot, binding] of slots) {
    const t = commonSupertype(binding.args);
    if (t === null) return null;
    resolved.set(slot, t);
  }
  return resolved;
}

function concreteType(type: ParamType, slots: Map<number, SqlType | 'untyped'>): SqlType | 'untyped' | null {
  switch (type.kind) {
    case 'fixed':
      return type.type;
    case 'templated':
      return slots.get(type.slot) ?? 'untyped';
    case 'arbitrary':
      return 'untyped';
    case 'arrayOfTemplated': {
      const element = slots.get(type.slot) ?? 'untyped';
      return element === 'untyped' ? 'untyped' : arrayOf(element);
    }
    case 'datePart':
    case 'interval':
    case 'lambda':
    case 'sequence':
      return null;
    default:
      return assertNever(type, 'parameter type');
  }
}

function argumentFits(param: Param, arg: TypedExpression, target: SqlType | 'untyped' | null): boolean {
  switch (param.type.kind) {
    case 'datePart':
      return arg.kind === 'datePart';
    case 'interval':
      return arg.kind === 'intervalArg';
    case 'lambda':
      return false;
    case 'sequence':
      return arg.kind === 'schemaObject' && arg.objectKind === 'SEQUENCE';
    default:
      if (isSpecialArgument(arg)) return false;
      return target === 'untyped' || target === null || coercesTo(shape(arg), target);
  }
}

/** Matches one signature; null if the arguments do not fit it. */
export function matchSignature(signature: Signature, args: readonly TypedExpression[]): SignatureMatch | null {
  const params = assignParams(signature.params, args.length);
  if (params === null) return null;
  const slots = collectSlots(params, args);
  if (slots === null) return null;
  const resolved = resolveSlots(slots);
  if (resolved === null) return null;
  const argumentTypes: (SqlType | null)[] = [];
  let cost = 0;
  for (let i = 0; i < params.length; i++) {
    const target = concreteType(params[i].type, resolved);
    if (!argumentFits(params[i], args[i], target)) return null;
    const concrete = target === 'untyped' ? args[i].type : target;
    argumentTypes.push(concrete);
    if (concrete !== null) cost += conversionCost(shape(args[i]), concrete);
  }
  const result = concreteType(signature.result, resolved);
  return {
    signature,
    argumentTypes,
    resultType: result === null || result === 'untyped' ? INT64 : result,
    untypedResult: result === 'untyped',
    cost,
  };
}

/** The cheapest matching signature, or null. */
export function matchSignatures(
  signatures: readonly Signature[],
  args: readonly TypedExpression[],
): SignatureMatch | null {
  let best: SignatureMatch | null = null;
  for (const signature of signatures) {
    const m = matchSignature(signature, args);
    if (m !== null && (best === null || m.cost < best.cost)) best = m;
  }
  return best;
}

/** Whether any signature takes this many arguments (for GoogleSQL's "Number of arguments" message). */
export function arityMatches(signature: Signature, count: number): boolean {
  return assignParams(signature.params, count) !== null;
}
