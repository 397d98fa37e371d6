/**
 * The Spanner long-running-operation paths. Spanner serves google.longrunning.Operations under each
 * resource that owns operations, but those bindings live in the service configuration, not in the
 * protos, so they are listed here once. Everything else is derived from annotations.
 */
import { HttpRule } from './http-rules';

const OPERATION_PARENTS = [
  'projects/*/instances/*/databases/*',
  'projects/*/instances/*',
  'projects/*/instances/*/backups/*',
  'projects/*/instanceConfigs/*',
  'projects/*/instances/*/instancePartitions/*',
];

/** Extra rules per google.longrunning.Operations method name. */
export function operationRules(): Map<string, HttpRule[]> {
  const rules = new Map<string, HttpRule[]>([
    ['GetOperation', []],
    ['ListOperations', []],
    ['DeleteOperation', []],
    ['CancelOperation', []],
  ]);
  for (const parent of OPERATION_PARENTS) {
    const one = `/v1/{name=${parent}/operations/*}`;
    rules.get('GetOperation')!.push({ verb: 'GET', template: one, body: undefined });
    rules.get('DeleteOperation')!.push({ verb: 'DELETE', template: one, body: undefined });
    rules.get('CancelOperation')!.push({ verb: 'POST', template: `${one}:cancel`, body: '*' });
    rules.get('ListOperations')!.push({ verb: 'GET', template: `/v1/{name=${parent}/operations}`, body: undefined });
  }
  return rules;
}
