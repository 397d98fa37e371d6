/**
 * The parameters of a sequence: those of a CREATE SEQUENCE and those of the internal sequence
 * behind an IDENTITY (or AUTO_INCREMENT) column. Values stay as written (decimal strings), so
 * GetDatabaseDdl prints them unchanged; range checks are the sequence rules'.
 */

export interface SequenceParams {
  /** e.g. 'BIT_REVERSED_POSITIVE'; null when the database default kind applies. */
  readonly sequenceKind: string | null;
  readonly skipRange: { readonly min: string; readonly max: string } | null;
  readonly startCounterWith: string | null;
}
