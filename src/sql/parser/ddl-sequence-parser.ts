/** CREATE / ALTER SEQUENCE, in the OPTIONS form and in the clause form (BIT_REVERSED_POSITIVE ...). */

import type { DdlAlterSequence, DdlAlterSequenceAction, DdlCreateSequence } from '../ast/ddl-sequence';
import type { Token } from '../token';
import { parseSequenceParams, parseSkipRange } from './ddl-column-parser';
import { parseOptionalOptions, parseOptionsClause } from './ddl-options-parser';
import { expectKeywords, parseDdlInteger, parseDdlName, parseIfExists, parseIfNotExists } from './ddl-tokens';
import { TokenCursor } from './token-cursor';

/** After `CREATE SEQUENCE`. */
export function parseCreateSequence(c: TokenCursor, start: Token): DdlCreateSequence {
  const ifNotExists = parseIfNotExists(c);
  const name = parseDdlName(c);
  const params = parseSequenceParams(c);
  const options = parseOptionalOptions(c);
  return { kind: 'createSequence', name, ifNotExists, params, options, loc: c.span(start) };
}

/** After `ALTER SEQUENCE`. */
export function parseAlterSequence(c: TokenCursor, start: Token): DdlAlterSequence {
  const ifExists = parseIfExists(c);
  const name = parseDdlName(c);
  return { kind: 'alterSequence', name, ifExists, action: parseAlterSequenceAction(c), loc: c.span(start) };
}

function parseAlterSequenceAction(c: TokenCursor): DdlAlterSequenceAction {
  if (c.acceptKeyword('SET')) return { kind: 'setOptions', options: parseOptionsClause(c) };
  if (c.acceptKeyword('RESTART')) {
    expectKeywords(c, 'COUNTER', 'WITH');
    return { kind: 'restartCounter', value: parseDdlInteger(c) };
  }
  if (c.acceptKeyword('NO')) {
    expectKeywords(c, 'SKIP', 'RANGE');
    return { kind: 'noSkipRange' };
  }
  if (!c.isKeyword('SKIP')) throw c.encountered('alter_sequence_statement');
  const range = parseSkipRange(c);
  return { kind: 'skipRange', min: range.min, max: range.max };
}
