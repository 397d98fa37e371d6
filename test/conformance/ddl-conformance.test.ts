/**
 * The DDL conformance cases (../shared/conformance/ddl) against the schema engine in process:
 * applySchemaChange on an empty catalog, then catalogDdl. Only the apply function is specific to
 * this path; the same suite can run over the UpdateDatabaseDdl / GetDatabaseDdl RPCs.
 */

import { emptyCatalog } from '../../src/engine/schema/catalog/catalog';
import { applySchemaChange, catalogDdl } from '../../src/engine/schema/schema-change';
import { noRowsDataAccess } from '../../src/engine/schema/schema-data-access';
import type { DdlApplier } from './ddl-conformance-runner';
import { describeDdlConformance } from './ddl-conformance-suite';

const applyInProcess: DdlApplier = (statements) => {
  const result = applySchemaChange(emptyCatalog('db'), statements, noRowsDataAccess);
  if (result.error !== null) return { ok: false, code: result.error.code, message: result.error.message };
  return { ok: true, ddl: catalogDdl(result.catalog) };
};

describeDdlConformance('DDL conformance (in process)', applyInProcess);
