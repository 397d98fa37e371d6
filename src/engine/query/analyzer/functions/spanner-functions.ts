/**
 * Functions that Spanner adds to GoogleSQL: commit timestamps, sequences, bit reversal and the
 * search tokenizers used by TOKENLIST generated columns. Sequence functions take a `SEQUENCE name`
 * argument, resolved by the caller against the schema.
 */

import { defineFunction, type FunctionDef, type FunctionOptions } from './function-signature';

/** Spanner's functions, which its messages name `SPANNER:NAME`. */
function fn(name: string, signatures: readonly string[], options: FunctionOptions = {}): FunctionDef {
  return defineFunction(name, signatures, { ...options, group: 'SPANNER' });
}

const TOKENIZE_TEXT = ['STRING -> TOKENLIST', 'ARRAY<STRING> -> TOKENLIST'];

export const SPANNER_FUNCTIONS: readonly FunctionDef[] = [
  fn('PENDING_COMMIT_TIMESTAMP', ['-> TIMESTAMP'], { volatility: 'volatile' }),
  fn('GET_NEXT_SEQUENCE_VALUE', ['SEQUENCE -> INT64', 'STRING -> INT64'], { volatility: 'volatile' }),
  fn('GET_INTERNAL_SEQUENCE_STATE', ['SEQUENCE -> INT64'], { volatility: 'volatile' }),
  fn('BIT_REVERSE', ['INT64, BOOL -> INT64']),
  fn('TOKENIZE_FULLTEXT', TOKENIZE_TEXT, { namedArguments: ['language_tag', 'content_type', 'token_category'] }),
  fn('TOKENIZE_SUBSTRING', TOKENIZE_TEXT, {
    namedArguments: ['ngram_size_min', 'ngram_size_max', 'relative_search_types', 'content_type', 'language_tag'],
  }),
  fn('TOKENIZE_NGRAMS', TOKENIZE_TEXT, { namedArguments: ['ngram_size_min', 'ngram_size_max', 'remove_diacritics'] }),
  fn(
    'TOKENIZE_NUMBER',
    ['INT64 -> TOKENLIST', 'FLOAT64 -> TOKENLIST', 'ARRAY<INT64> -> TOKENLIST', 'ARRAY<FLOAT64> -> TOKENLIST'],
    { namedArguments: ['comparison_type', 'algorithm', 'min', 'max', 'granularity', 'tree_base', 'precision'] },
  ),
  fn('TOKENIZE_BOOL', ['BOOL -> TOKENLIST', 'ARRAY<BOOL> -> TOKENLIST']),
  fn('TOKENIZE_JSON', ['JSON -> TOKENLIST']),
  fn('TOKEN', ['STRING -> TOKENLIST', 'BYTES -> TOKENLIST', 'ARRAY<STRING> -> TOKENLIST', 'ARRAY<BYTES> -> TOKENLIST']),
  fn('TOKENLIST_CONCAT', ['ARRAY<TOKENLIST> -> TOKENLIST']),
  fn('SEARCH', ['TOKENLIST, STRING -> BOOL'], { namedArguments: ['dialect', 'language_tag', 'enhance_query'] }),
  fn('SEARCH_SUBSTRING', ['TOKENLIST, STRING -> BOOL'], { namedArguments: ['relative_search_type', 'language_tag'] }),
  fn('SEARCH_NGRAMS', ['TOKENLIST, STRING -> BOOL'], {
    namedArguments: ['min_ngrams', 'min_ngrams_percent', 'language_tag'],
  }),
  fn('SCORE', ['TOKENLIST, STRING -> FLOAT64'], { namedArguments: ['dialect', 'language_tag', 'enhance_query'] }),
  fn('SCORE_NGRAMS', ['TOKENLIST, STRING -> FLOAT64'], { namedArguments: ['algorithm', 'language_tag'] }),
  fn('SNIPPET', ['STRING, STRING -> JSON'], {
    namedArguments: ['language_tag', 'enhance_query', 'max_snippet_width', 'max_snippets', 'content_type'],
  }),
];
