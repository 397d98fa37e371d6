/** The union of every DDL statement the parser produces, discriminated by `kind`. */

import type { DdlCreateRole, DdlDropRole, DdlGrant, DdlRevoke } from './ddl-access';
import type { DdlAlterChangeStream, DdlCreateChangeStream, DdlDropChangeStream } from './ddl-change-stream';
import type {
  DdlAlterDatabase,
  DdlAlterLocalityGroup,
  DdlAlterPlacement,
  DdlAlterProtoBundle,
  DdlAlterSchema,
  DdlAlterStatistics,
  DdlAnalyze,
  DdlCreateDatabase,
  DdlCreateLocalityGroup,
  DdlCreatePlacement,
  DdlCreateProtoBundle,
  DdlCreateSchema,
  DdlDropLocalityGroup,
  DdlDropPlacement,
  DdlDropProtoBundle,
  DdlDropSchema,
} from './ddl-database';
import type {
  DdlAlterIndex,
  DdlCreateIndex,
  DdlCreateSearchIndex,
  DdlCreateVectorIndex,
  DdlDropIndex,
} from './ddl-index';
import type { DdlAlterModel, DdlCreateModel, DdlDropModel } from './ddl-model';
import type { DdlCreatePropertyGraph, DdlDropPropertyGraph } from './ddl-property-graph';
import type { DdlAlterSequence, DdlCreateSequence, DdlDropSequence } from './ddl-sequence';
import type { DdlAlterTable, DdlCreateTable, DdlDropTable, DdlRenameTable } from './ddl-table';
import type { DdlCreateFunction, DdlCreateView, DdlDropFunction, DdlDropView } from './ddl-view';

export type DdlStatement =
  | DdlCreateDatabase
  | DdlAlterDatabase
  | DdlCreateTable
  | DdlAlterTable
  | DdlDropTable
  | DdlRenameTable
  | DdlCreateIndex
  | DdlCreateSearchIndex
  | DdlCreateVectorIndex
  | DdlAlterIndex
  | DdlDropIndex
  | DdlCreateView
  | DdlDropView
  | DdlCreateFunction
  | DdlDropFunction
  | DdlCreateSequence
  | DdlAlterSequence
  | DdlDropSequence
  | DdlCreateChangeStream
  | DdlAlterChangeStream
  | DdlDropChangeStream
  | DdlCreateRole
  | DdlDropRole
  | DdlGrant
  | DdlRevoke
  | DdlCreateSchema
  | DdlAlterSchema
  | DdlDropSchema
  | DdlCreateModel
  | DdlAlterModel
  | DdlDropModel
  | DdlCreatePropertyGraph
  | DdlDropPropertyGraph
  | DdlCreatePlacement
  | DdlAlterPlacement
  | DdlDropPlacement
  | DdlCreateLocalityGroup
  | DdlAlterLocalityGroup
  | DdlDropLocalityGroup
  | DdlAlterStatistics
  | DdlCreateProtoBundle
  | DdlAlterProtoBundle
  | DdlDropProtoBundle
  | DdlAnalyze;

export type DdlStatementKind = DdlStatement['kind'];
