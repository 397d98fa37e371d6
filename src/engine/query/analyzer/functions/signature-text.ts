/**
 * How GoogleSQL prints signatures in "Supported signatures: ..." and argument lists in "for
 * argument types: ...": `SUBSTR(STRING, INT64, [INT64])`, `CONCAT(STRING, [STRING, ...])`,
 * `ARRAY_LENGTH(ARRAY)`, `INT64 + INT64`.
 */

import { assertNever } from '../../../../errors/assert-never';
import { typeName } from '../sql-type';
import type { FunctionDef, Param, ParamType, Signature } from './function-signature';
import type { OperatorDef } from './operator-functions';

export function paramTypeText(type: ParamType): string {
  switch (type.kind) {
    case 'fixed':
      return typeName(type.type);
    case 'templated':
    case 'arbitrary':
      return 'ANY';
    case 'arrayOfTemplated':
      return 'ARRAY';
    case 'datePart':
      return 'DATE_TIME_PART';
    case 'interval':
      return 'INTERVAL INT64 DATE_TIME_PART';
    case 'lambda':
      return 'FUNCTION<ANY->BOOL>';
    case 'sequence':
      return 'SEQUENCE';
    default:
      return assertNever(type, 'parameter type');
  }
}

function paramText(param: Param): string {
  const t = paramTypeText(param.type);
  switch (param.mode) {
    case 'required':
      return t;
    case 'optional':
      return `[${t}]`;
    case 'repeated':
      return `[${t}, ...]`;
    default:
      return assertNever(param.mode, 'parameter mode');
  }
}

export function functionSignatureText(def: FunctionDef, signature: Signature): string {
  return `${def.name}(${signature.params.map(paramText).join(', ')})`;
}

export function operatorSignatureText(op: OperatorDef, index: number): string {
  const signature = op.def.signatures[index];
  switch (op.style.kind) {
    case 'infix':
      return signature.params.map((p) => paramTypeText(p.type)).join(` ${op.symbol} `);
    case 'prefix':
      return `${op.symbol}(${paramTypeText(signature.params[0].type)})`;
    case 'fixed':
      return op.style.texts[index] ?? op.style.texts[0];
    default:
      return assertNever(op.style, 'operator style');
  }
}

export function supportedFunctionSignatures(def: FunctionDef): string[] {
  return def.signatures.map((s) => functionSignatureText(def, s));
}

export function supportedOperatorSignatures(op: OperatorDef): string[] {
  return op.def.signatures.map((_, i) => operatorSignatureText(op, i));
}
