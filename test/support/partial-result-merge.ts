/**
 * Client-side reassembly of PartialResultSet streams, to check the chunker against what clients
 * do with its output. Two merges, written from the clients' rules:
 *  - `node`: @google-cloud/spanner's PartialResultStream (merge by the column type: ARRAY/STRUCT
 *    values merge as lists unless one side is null, the list's boundary elements merged by the
 *    element or field type; otherwise two strings concatenate and anything else stays two values);
 *  - `kinds`: the proto's documented rule as the Go client applies it (merge by kind: strings
 *    concatenate, lists concatenate merging their boundary elements when the last one is a string
 *    or list, in which case both must be of the same kind, else it is an error).
 */
import type { PartialResultSet } from '../../generated/google/spanner/v1/result_set';
import { Type, TypeCode } from '../../generated/google/spanner/v1/type';

export type Wire = null | boolean | number | string | Wire[];
export type MergeRule = 'node' | 'kinds';

function nodeMerge(type: Type, head: Wire | undefined, tail: Wire | undefined): (Wire | undefined)[] {
  if (type.code === TypeCode.ARRAY || type.code === TypeCode.STRUCT) {
    if (head === null || tail === null) return [head, tail];
    return [nodeMergeLists(type, head as Wire[], tail as Wire[])];
  }
  if (typeof head === 'string' && typeof tail === 'string') return [head + tail];
  return [head, tail];
}

function nodeMergeLists(type: Type, head: Wire[], tail: Wire[]): Wire[] {
  const elementType =
    type.code === TypeCode.ARRAY ? type.arrayElementType! : type.structType!.fields[head.length - 1].type!;
  const merged = nodeMerge(elementType, head.pop(), tail.shift());
  return [...head, ...(merged as Wire[]), ...tail];
}

function kindsMerge(head: Wire, tail: Wire): Wire {
  if (typeof head === 'string') {
    if (typeof tail !== 'string') throw new Error(`cannot merge a string with ${JSON.stringify(tail)}`);
    return head + tail;
  }
  if (Array.isArray(head)) {
    if (!Array.isArray(tail)) throw new Error(`cannot merge a list with ${JSON.stringify(tail)}`);
    const last = head[head.length - 1];
    if (head.length > 0 && tail.length > 0 && (typeof last === 'string' || Array.isArray(last))) {
      return [...head.slice(0, -1), kindsMerge(last, tail[0]), ...tail.slice(1)];
    }
    return [...head, ...tail];
  }
  throw new Error(`cannot merge ${JSON.stringify(head)}`);
}

/** The rows a client builds from `messages` (the first carries the metadata). */
export function reassemble(messages: readonly PartialResultSet[], rule: MergeRule): Wire[][] {
  const fields = messages[0].metadata!.rowType!.fields;
  const rows: Wire[][] = [];
  let row: Wire[] = [];
  let pending: Wire | undefined;
  for (const message of messages) {
    const values = structuredClone(message.values) as (Wire | undefined)[];
    if (pending !== undefined && values.length > 0) {
      const type = fields[row.length].type!;
      const first = values.shift();
      const merged = rule === 'node' ? nodeMerge(type, pending, first) : [kindsMerge(pending, first as Wire)];
      values.unshift(...merged);
      pending = undefined;
    }
    if (message.chunkedValue) pending = values.pop();
    for (const v of values) {
      if (v === undefined) throw new Error('merge produced an undefined value');
      row.push(v);
      if (row.length === fields.length) {
        rows.push(row);
        row = [];
      }
    }
  }
  if (pending !== undefined || row.length > 0) throw new Error('stream ended inside a row');
  return rows;
}
