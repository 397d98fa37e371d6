/**
 * Values as the analyzer knows them: the constants of literals. The model itself is the engine's
 * (src/types/spanner-value.ts) so that the analyzer, the executor and the row store agree;
 * evaluation of values belongs to the executor, not here.
 */

import type { SpannerValue } from '../../../types/spanner-value';

export type SqlValue = SpannerValue;
