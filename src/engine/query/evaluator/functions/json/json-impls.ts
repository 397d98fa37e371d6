/**
 * JSON functions, JSON subscripts and field access: the topic tables merged. The JSON model and
 * its canonical text are src/types/json/json-value.ts; parsing json-parser.ts there; JSONPath json-path.ts.
 */

import type { ImplementationTable } from '../../function-implementation';
import { JSON_CONSTRUCT_IMPLS } from './json-construct-impls';
import { JSON_CONVERT_IMPLS } from './json-convert-impls';
import { JSON_EDIT_IMPLS } from './json-edit-impls';
import { JSON_QUERY_IMPLS } from './json-query-impls';

export const JSON_IMPLS: ImplementationTable = {
  ...JSON_QUERY_IMPLS,
  ...JSON_CONSTRUCT_IMPLS,
  ...JSON_EDIT_IMPLS,
  ...JSON_CONVERT_IMPLS,
};
