/**
 * Converts the catalog into the printer's printable definitions (ddl-definitions.ts),
 * which printDatabaseDdl turns into GetDatabaseDdl's statements. Hidden objects (FK backing
 * indexes) and generated constraint names are left out, as Spanner does; ordering rules beyond
 * creation order belong to the printer.
 */

import type {
  ChangeStreamDef,
  ColumnDef,
  DatabaseDdlDef,
  IndexDef,
  ModelDef,
  SequenceDef,
  TableDef,
  ViewDef,
} from './ddl-definitions';
import type { PropertyGraphDef, PropertyGraphElementDef } from './ddl-property-graph-printer';
import type { Catalog } from '../catalog/catalog';
import type { GraphElementTable, PropertyGraph } from '../catalog/property-graph';
import type { SchemaObjectRef } from '../catalog/dependencies';
import { namedValues } from '../catalog/named-map';
import type { ChangeStream, Index, Model, Sequence, View } from '../catalog/schema-objects';
import type { Column, Table } from '../catalog/table';

export function catalogToDdlDef(catalog: Catalog): DatabaseDdlDef {
  return {
    databaseName: catalog.databaseName,
    databaseOptions: [...catalog.databaseOptions],
    protoBundleTypes: [...catalog.protoBundleTypes],
    schemas: namedValues(catalog.schemas).map((s) => s.name),
    placements: namedValues(catalog.placements).map((p) => ({ name: p.name, options: [...p.options] })),
    sequences: namedValues(catalog.sequences).map(sequenceDef),
    tables: namedValues(catalog.tables).map(tableDef),
    indexes: namedValues(catalog.indexes)
      .filter((i) => !i.managed)
      .map(indexDef),
    changeStreams: namedValues(catalog.changeStreams).map(changeStreamDef),
    models: namedValues(catalog.models).map(modelDef),
    views: namedValues(catalog.views).map(viewDef),
    functions: namedValues(catalog.functions).map((f) => ({ name: f.name, text: f.text })),
    propertyGraphs: namedValues(catalog.propertyGraphs).map(propertyGraphDef),
    localityGroups: namedValues(catalog.localityGroups).map((g) => ({ name: g.name, options: [...g.options] })),
  };
}

export function tableDef(table: Table): TableDef {
  return {
    name: table.name,
    columns: table.columns.map(columnDef),
    foreignKeys: table.foreignKeys.map((fk) => ({
      name: fk.named ? fk.name : null,
      columns: [...fk.columns],
      referencedTable: fk.referencedTable,
      referencedColumns: [...fk.referencedColumns],
      onDelete: fk.onDelete,
      enforced: fk.enforced,
    })),
    checks: table.checks.map((c) => ({ name: c.named ? c.name : null, expression: c.expression.text })),
    synonyms: [...table.synonyms],
    primaryKey: table.primaryKey.map((k) => ({ ...k })),
    interleave: table.interleave === null ? null : { ...table.interleave },
    rowDeletionPolicy: table.rowDeletionPolicy === null ? null : { ...table.rowDeletionPolicy },
    options: [...table.options],
  };
}

function columnDef(column: Column): ColumnDef {
  return {
    name: column.name,
    type: column.type,
    declaredLength: column.declaredLength,
    vectorLength: column.vectorLength,
    notNull: column.notNull,
    generated:
      column.generated === null
        ? null
        : { expression: column.generated.expression.text, stored: column.generated.stored },
    defaultValue: column.defaultValue?.text ?? null,
    onUpdate: column.onUpdate?.text ?? null,
    identity: column.identity,
    placementKey: column.placementKey,
    hidden: column.hidden,
    options: [...column.options],
  };
}

function indexDef(index: Index): IndexDef {
  return {
    kind: index.kind,
    name: index.name,
    table: index.table,
    unique: index.unique,
    nullFiltered: index.nullFiltered,
    keys: index.keys.map((k) => ({ ...k })),
    storing: [...index.storing],
    partitionBy: [...index.partitionBy],
    orderBy: index.orderBy.map((k) => ({ ...k })),
    whereNotNull: [...index.whereNotNull],
    interleaveIn: index.interleaveIn,
    options: [...index.options],
  };
}

function sequenceDef(sequence: Sequence): SequenceDef {
  return { name: sequence.name, form: sequence.form, params: sequence.params };
}

function changeStreamDef(stream: ChangeStream): ChangeStreamDef {
  const forClause = stream.forClause;
  return {
    name: stream.name,
    forClause:
      forClause === null
        ? null
        : forClause.kind === 'all'
          ? { kind: 'all' }
          : {
              kind: 'tables',
              tables: forClause.tables.map((t) => ({
                table: t.table,
                columns: t.columns === null ? null : [...t.columns],
              })),
            },
    options: [...stream.options],
  };
}

function modelDef(model: Model): ModelDef {
  const column = (c: Model['input'][number]) => ({
    name: c.name,
    type: c.type,
    declaredLength: c.declaredLength,
    options: [...c.options],
  });
  return {
    name: model.name,
    input: model.input.map(column),
    output: model.output.map(column),
    remote: model.remote,
    options: [...model.options],
  };
}

function viewDef(view: View): ViewDef {
  return { name: view.name, security: view.security, body: view.body, dependsOn: viewNames(view.dependencies) };
}

function viewNames(refs: readonly SchemaObjectRef[]): string[] {
  return refs.flatMap((r) => (r.kind === 'view' ? [r.name] : []));
}

function propertyGraphDef(graph: PropertyGraph): PropertyGraphDef {
  const element = (e: GraphElementTable): PropertyGraphElementDef => ({
    kind: e.kind,
    table: e.table,
    key: [...e.key],
    labels: [...e.labels],
    source:
      e.source === null
        ? null
        : { ...e.source, nodeColumns: [...e.source.nodeColumns], edgeColumns: [...e.source.edgeColumns] },
    destination:
      e.destination === null
        ? null
        : {
            ...e.destination,
            nodeColumns: [...e.destination.nodeColumns],
            edgeColumns: [...e.destination.edgeColumns],
          },
  });
  return {
    name: graph.name,
    nodeTables: graph.nodeTables.map(element),
    edgeTables: graph.edgeTables.map(element),
    labels: graph.labels.map((l) => ({ name: l.name, properties: [...l.properties] })),
  };
}
