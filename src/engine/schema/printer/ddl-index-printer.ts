/**
 * Canonical CREATE [UNIQUE] [NULL_FILTERED] / SEARCH / VECTOR INDEX. Clauses come in grammar order
 * so the output parses back; OPTIONS spacing follows what GetDatabaseDdl uses per index kind.
 */

import { assertNever } from '../../../errors/assert-never';
import type { IndexDef, IndexKindDef } from './ddl-definitions';
import { printIdent, printName } from '../../../sql/printer/ddl-names';
import { printOptionsClause, type OptionsLayout } from './ddl-options-printer';
import { printKeyParts } from './ddl-table-printer';

export function printCreateIndex(index: IndexDef): string {
  let out = 'CREATE' + (index.unique ? ' UNIQUE' : '') + kindKeyword(index.kind);
  out += index.nullFiltered ? ' NULL_FILTERED' : '';
  out += ` INDEX ${printName(index.name)} ON ${printName(index.table)}(${printKeyParts(index.keys)})`;
  if (index.storing.length > 0) out += ` STORING (${index.storing.map(printIdent).join(', ')})`;
  if (index.partitionBy.length > 0) out += ` PARTITION BY ${index.partitionBy.map(printIdent).join(', ')}`;
  if (index.orderBy.length > 0) out += ` ORDER BY ${printKeyParts(index.orderBy)}`;
  if (index.whereNotNull.length > 0) {
    out += ' WHERE ' + index.whereNotNull.map((c) => `${printIdent(c)} IS NOT NULL`).join(' AND ');
  }
  if (index.interleaveIn !== null) out += `, INTERLEAVE IN ${printName(index.interleaveIn)}`;
  const options = printOptionsClause(index.options, optionsLayout(index.kind));
  return options === '' ? out : `${out} ${options}`;
}

function kindKeyword(kind: IndexKindDef): string {
  switch (kind) {
    case 'index':
      return '';
    case 'search':
      return ' SEARCH';
    case 'vector':
      return ' VECTOR';
    default:
      return assertNever(kind, 'index kind');
  }
}

function optionsLayout(kind: IndexKindDef): OptionsLayout {
  return kind === 'vector' ? 'padded' : 'compact';
}
