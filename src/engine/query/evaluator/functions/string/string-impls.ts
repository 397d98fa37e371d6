/**
 * String and bytes functions, LIKE and the || operator: the merged table of the topic files
 * (basic operations, padding and trimming, encodings, code points and Unicode, LIKE, regular
 * expressions, FORMAT).
 */

import type { ImplementationTable } from '../../function-implementation';
import { FORMAT_IMPLS } from './format-function';
import { LIKE_IMPLS } from './like-impls';
import { REGEXP_IMPLS } from './regexp-impls';
import { STRING_BASIC_IMPLS } from './string-basic-impls';
import { STRING_ENCODING_IMPLS } from './string-encoding-impls';
import { STRING_PAD_IMPLS } from './string-pad-impls';
import { STRING_UNICODE_IMPLS } from './string-unicode-impls';

export const STRING_IMPLS: ImplementationTable = {
  ...STRING_BASIC_IMPLS,
  ...STRING_PAD_IMPLS,
  ...STRING_ENCODING_IMPLS,
  ...STRING_UNICODE_IMPLS,
  ...LIKE_IMPLS,
  ...REGEXP_IMPLS,
  ...FORMAT_IMPLS,
};
