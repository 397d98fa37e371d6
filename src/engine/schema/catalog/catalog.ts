/**
 * The catalog: every schema object of one database, as an immutable value. Applying a statement
 * returns a new Catalog that shares the unchanged collections and objects with the old one, so a
 * failed statement leaves its input untouched and older versions stay valid for reads at older
 * timestamps. Names are case-insensitive for lookup and keep the case they were written in;
 * collections iterate in creation order, which is the order GetDatabaseDdl prints them in.
 */

import type { SchemaOption } from './schema-option';
import { emptyNamedMap, type NamedMap } from './named-map';
import type {
  ChangeStream,
  Grant,
  Index,
  Model,
  NamedOptionsObject,
  Role,
  Sequence,
  SqlFunction,
  View,
} from './schema-objects';
import type { PropertyGraph } from './property-graph';
import type { ProtoFile } from './proto-bundle';
import type { Table } from './table';

export interface Catalog {
  readonly databaseName: string;
  /** ALTER DATABASE options with non-null values, in the order first set. */
  readonly databaseOptions: readonly SchemaOption[];
  readonly tables: NamedMap<Table>;
  /** Secondary, search and vector indexes (one namespace), including FK backing indexes. */
  readonly indexes: NamedMap<Index>;
  readonly views: NamedMap<View>;
  readonly functions: NamedMap<SqlFunction>;
  readonly sequences: NamedMap<Sequence>;
  readonly changeStreams: NamedMap<ChangeStream>;
  readonly models: NamedMap<Model>;
  readonly propertyGraphs: NamedMap<PropertyGraph>;
  readonly schemas: NamedMap<NamedOptionsObject>;
  readonly placements: NamedMap<NamedOptionsObject>;
  readonly localityGroups: NamedMap<NamedOptionsObject>;
  readonly roles: NamedMap<Role>;
  readonly grants: readonly Grant[];
  /** Fully qualified proto type names of the proto bundle, sorted; empty when there is none. */
  readonly protoBundleTypes: readonly string[];
  /** The descriptor files holding those types, sorted by file name. */
  readonly protoBundleFiles: readonly ProtoFile[];
}

export function emptyCatalog(databaseName: string): Catalog {
  return {
    databaseName,
    databaseOptions: [],
    tables: emptyNamedMap(),
    indexes: emptyNamedMap(),
    views: emptyNamedMap(),
    functions: emptyNamedMap(),
    sequences: emptyNamedMap(),
    changeStreams: emptyNamedMap(),
    models: emptyNamedMap(),
    propertyGraphs: emptyNamedMap(),
    schemas: emptyNamedMap(),
    placements: emptyNamedMap(),
    localityGroups: emptyNamedMap(),
    roles: emptyNamedMap(),
    grants: [],
    protoBundleTypes: [],
    protoBundleFiles: [],
  };
}

export type * from './table';
export type * from './schema-objects';
export type * from './property-graph';
export type { ProtoFile } from './proto-bundle';
export type * from './dependencies';
export type { NamedMap } from './named-map';
