/**
 * What every statement function receives besides the catalog and its statement: access to the
 * existing rows and the statement's text (some messages quote it). Extending this object, rather
 * than the functions' signatures, keeps the statement functions of every owner stable.
 */

import type { SchemaDataAccess } from '../schema-data-access';

export interface ApplyContext {
  readonly data: SchemaDataAccess;
  /** The statement exactly as submitted. */
  readonly statementText: string;
  /**
   * The serialized FileDescriptorSet sent with the schema change (empty when none was): what
   * CREATE / ALTER PROTO BUNDLE take their types' descriptors from.
   */
  readonly protoDescriptors: Uint8Array;
}
