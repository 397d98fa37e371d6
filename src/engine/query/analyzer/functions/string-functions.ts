/**
 * String and bytes functions of Spanner's GoogleSQL, with their signatures. Most come in a STRING
 * and a BYTES form; the order of signatures is the order messages list them in.
 */

import { defineFunction as fn, type FunctionDef } from './function-signature';

/** `F(STRING...) -> R` and `F(BYTES...) -> R'`, from one template using `S` for the string type. */
function stringAndBytes(name: string, template: string, options = {}): FunctionDef {
  return fn(name, [template.replace(/S/g, 'STRING'), template.replace(/S/g, 'BYTES')], options);
}

export const STRING_FUNCTIONS: readonly FunctionDef[] = [
  stringAndBytes('BYTE_LENGTH', 'S -> INT64'),
  fn('CHAR_LENGTH', ['STRING -> INT64'], { aliases: ['CHARACTER_LENGTH'] }),
  stringAndBytes('CONCAT', 'S, S... -> S'),
  stringAndBytes('ENDS_WITH', 'S, S -> BOOL'),
  stringAndBytes('STARTS_WITH', 'S, S -> BOOL'),
  fn('FORMAT', ['STRING, ANY... -> STRING']),
  fn('FROM_BASE32', ['STRING -> BYTES']),
  fn('FROM_BASE64', ['STRING -> BYTES']),
  fn('FROM_HEX', ['STRING -> BYTES']),
  fn('TO_BASE32', ['BYTES -> STRING']),
  fn('TO_BASE64', ['BYTES -> STRING']),
  fn('TO_HEX', ['BYTES -> STRING']),
  stringAndBytes('LENGTH', 'S -> INT64'),
  stringAndBytes('LOWER', 'S -> S'),
  stringAndBytes('UPPER', 'S -> S'),
  stringAndBytes('LPAD', 'S, INT64, [S] -> S'),
  stringAndBytes('RPAD', 'S, INT64, [S] -> S'),
  fn('LTRIM', ['STRING, [STRING] -> STRING', 'BYTES, BYTES -> BYTES']),
  fn('RTRIM', ['STRING, [STRING] -> STRING', 'BYTES, BYTES -> BYTES']),
  fn('TRIM', ['STRING, [STRING] -> STRING', 'BYTES, BYTES -> BYTES']),
  stringAndBytes('REGEXP_CONTAINS', 'S, S -> BOOL'),
  stringAndBytes('REGEXP_EXTRACT', 'S, S -> S'),
  fn('REGEXP_EXTRACT_ALL', ['STRING, STRING -> ARRAY<STRING>', 'BYTES, BYTES -> ARRAY<BYTES>']),
  stringAndBytes('REGEXP_REPLACE', 'S, S, S -> S'),
  stringAndBytes('REPLACE', 'S, S, S -> S'),
  stringAndBytes('REPEAT', 'S, INT64 -> S'),
  stringAndBytes('REVERSE', 'S -> S'),
  fn('SAFE_CONVERT_BYTES_TO_STRING', ['BYTES -> STRING']),
  fn('SPLIT', ['STRING, [STRING] -> ARRAY<STRING>', 'BYTES, BYTES -> ARRAY<BYTES>']),
  stringAndBytes('STRPOS', 'S, S -> INT64'),
  stringAndBytes('SUBSTR', 'S, INT64, [INT64] -> S', { aliases: ['SUBSTRING'] }),
  fn('CODE_POINTS_TO_BYTES', ['ARRAY<INT64> -> BYTES']),
  fn('CODE_POINTS_TO_STRING', ['ARRAY<INT64> -> STRING']),
  fn('TO_CODE_POINTS', ['STRING -> ARRAY<INT64>', 'BYTES -> ARRAY<INT64>']),
  fn('NORMALIZE', ['STRING -> STRING']),
  fn('NORMALIZE_AND_CASEFOLD', ['STRING -> STRING']),
  fn('SOUNDEX', ['STRING -> STRING']),
  // GoogleSQL string functions Spanner does not offer.
  fn('ASCII', ['STRING -> INT64', 'BYTES -> INT64'], { supported: false }),
  fn('CHR', ['INT64 -> STRING'], { supported: false }),
  fn('INITCAP', ['STRING, [STRING] -> STRING'], { supported: false }),
  fn('INSTR', ['STRING, STRING, [INT64], [INT64] -> INT64', 'BYTES, BYTES, [INT64], [INT64] -> INT64'], {
    supported: false,
  }),
  stringAndBytes('LEFT', 'S, INT64 -> S', { supported: false }),
  stringAndBytes('RIGHT', 'S, INT64 -> S', { supported: false }),
  stringAndBytes('TRANSLATE', 'S, S, S -> S', { supported: false }),
  fn('UNICODE', ['STRING -> INT64'], { supported: false }),
  stringAndBytes('OCTET_LENGTH', 'S -> INT64', { supported: false }),
  fn('CONTAINS_SUBSTR', ['ANY, STRING -> BOOL'], { supported: false }),
  fn('EDIT_DISTANCE', ['STRING, STRING -> INT64'], { supported: false }),
  stringAndBytes('REGEXP_INSTR', 'S, S -> INT64', { supported: false }),
];
