/**
 * Resolves one element table of CREATE PROPERTY GRAPH against the schema, in the order GoogleSQL's
 * graph analysis does: base table, key, labels and their properties (typed), dynamic label and
 * properties columns, source and destination references, then the element-level rules. Records
 * the base-table columns the element reads. Graph-level rules are property-graph-rules.ts's.
 */

import {
  graphColumnNotFound,
  graphDuplicateExceptColumn,
  graphDuplicateLabelInElement,
  graphDuplicatePropertyInLabel,
  graphDuplicateReferencedColumn,
  graphDynamicColumnType,
  graphEdgeWithoutReference,
  graphElementWithoutKey,
  graphExceptColumnNotFound,
  graphNodeTableNotDefined,
  graphNodeWithReferences,
  graphPropertyDefinedTwice,
  graphPropertyNeedsAlias,
  graphReferenceColumnCountMismatch,
  graphReferenceColumnTypeMismatch,
  graphTableNotFound,
} from '../../../errors/property-graph-errors';
import type { DdlIdent } from '../../../sql/ast/ddl-common';
import type {
  DdlGraphDerivedProperty,
  DdlGraphElementTable,
  DdlGraphLabel,
  DdlGraphNodeReference,
} from '../../../sql/ast/ddl-property-graph';
import { parseExpression } from '../../../sql/index';
import { analyzeExpression, referencedColumns, typeSqlName } from '../../query/analyzer/index';
import { hasProtoOrEnum } from '../catalog/column-types';
import { printColumnType } from '../printer/column-type-printer';
import type { Catalog } from '../catalog/catalog';
import { findColumn } from '../catalog/catalog-lookup';
import { lookupNamed, nameKey } from '../catalog/named-map';
import type {
  GraphElementKind,
  GraphElementTable,
  GraphNodeReference,
  GraphPropertyDefinition,
} from '../catalog/property-graph';
import type { Column, Table } from '../catalog/table';
import { tableScope } from '../constraints/table-scope';

/** A resolved property definition with its type, before the graph dedupes declarations. */
export interface TypedProperty extends GraphPropertyDefinition {
  readonly type: string;
  /** Resolved column when the value is a plain column reference; compares definitions. */
  readonly column: string | null;
}

export interface ResolvedLabel {
  readonly name: string;
  readonly properties: readonly TypedProperty[];
}

export interface ResolvedElement {
  readonly element: GraphElementTable;
  readonly labels: readonly ResolvedLabel[];
  /** Base table name -> column names read from it. */
  readonly uses: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Node elements resolved so far, by alias key, with their base tables. */
export type NodeElements = ReadonlyMap<string, { readonly element: GraphElementTable; readonly table: Table }>;

class ElementScope {
  readonly uses = new Map<string, Set<string>>();
  constructor(
    readonly catalog: Catalog,
    readonly table: Table,
  ) {}

  use(table: Table, column: string): void {
    const set = this.uses.get(table.name) ?? new Set<string>();
    set.add(column);
    this.uses.set(table.name, set);
  }

  /** The named columns of `table`, as the schema spells them. */
  columns(table: Table, names: readonly DdlIdent[]): Column[] {
    return names.map((n) => {
      const column = findColumn(table, n.name);
      if (column === undefined) throw graphColumnNotFound(n.name, table.name);
      this.use(table, column.name);
      return column;
    });
  }
}

/** Proto and enum types as DDL prints them (quoted when needed), the others as the analyzer names them. */
export function columnTypeName(column: Column): string {
  return hasProtoOrEnum(column.type) ? printColumnType(column.type) : typeSqlName(column.type);
}

export function resolveElement(
  catalog: Catalog,
  def: DdlGraphElementTable,
  kind: GraphElementKind,
  nodes: NodeElements,
): ResolvedElement {
  const table = lookupNamed(catalog.tables, def.table.name);
  if (table === undefined) throw graphTableNotFound(def.table.name);
  const scope = new ElementScope(catalog, table);
  const key = resolveKey(scope, def, kind);
  const alias = def.alias?.name ?? def.table.name;
  const labels = def.labels.map((l) => resolveLabel(scope, l, alias));
  const dynamicLabel = resolveDynamic(scope, def.dynamicLabel, 'LABEL', 'STRING');
  const dynamicProperties = resolveDynamic(scope, def.dynamicProperties, 'PROPERTIES', 'JSON');
  const source = def.source === null ? null : resolveReference(scope, def.source, nodes);
  const destination = def.destination === null ? null : resolveReference(scope, def.destination, nodes);
  const properties = dedupeDefinitions(labels.flatMap((l) => l.properties));
  checkElement(def, kind, alias, labels);
  const element: GraphElementTable = {
    kind,
    table: table.name,
    alias,
    key,
    labels: labels.map((l) => l.name),
    properties: properties.map((p) => ({ name: p.name, expression: p.expression })),
    dynamicLabel,
    dynamicProperties,
    source,
    destination,
  };
  return { element, labels, uses: scope.uses };
}

function resolveKey(scope: ElementScope, def: DdlGraphElementTable, kind: GraphElementKind): string[] {
  if (def.key !== null) {
    checkUnique(def.key);
    return scope.columns(scope.table, def.key).map((c) => c.name);
  }
  if (scope.table.primaryKey.length === 0) throw graphElementWithoutKey(kind, scope.table.name);
  for (const k of scope.table.primaryKey) scope.use(scope.table, k.column);
  return scope.table.primaryKey.map((k) => k.column);
}

function checkUnique(names: readonly DdlIdent[]): void {
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(nameKey(n.name))) throw graphDuplicateReferencedColumn(n.name);
    seen.add(nameKey(n.name));
  }
}

function resolveLabel(scope: ElementScope, def: DdlGraphLabel, alias: string): ResolvedLabel {
  const name = def.name?.name ?? alias;
  const properties = resolveProperties(scope, def);
  const seen = new Set<string>();
  for (const p of properties) {
    if (seen.has(nameKey(p.name))) throw graphDuplicatePropertyInLabel(p.name, name);
    seen.add(nameKey(p.name));
  }
  return { name, properties };
}

function resolveProperties(scope: ElementScope, def: DdlGraphLabel): TypedProperty[] {
  const props = def.properties;
  switch (props.kind) {
    case 'none':
      return [];
    case 'list':
      return props.items.map((item) => resolveDerived(scope, item));
    case 'allColumns':
      return allColumns(scope, props.except);
  }
}

function allColumns(scope: ElementScope, except: readonly DdlIdent[] | null): TypedProperty[] {
  const excluded = new Set<string>();
  for (const n of except ?? []) {
    const column = findColumn(scope.table, n.name);
    if (column === undefined) throw graphExceptColumnNotFound(n.name);
    if (excluded.has(nameKey(column.name))) throw graphDuplicateExceptColumn(n.name);
    excluded.add(nameKey(column.name));
  }
  return scope.table.columns
    .filter((c) => !excluded.has(nameKey(c.name)))
    .map((c) => {
      scope.use(scope.table, c.name);
      return { name: c.name, expression: c.name, type: columnTypeName(c), column: c.name };
    });
}

function resolveDerived(scope: ElementScope, item: DdlGraphDerivedProperty): TypedProperty {
  const expr = item.expression;
  const path = expr.ast?.kind === 'path' && expr.ast.parts.length === 1 ? expr.ast.parts[0].name : null;
  const column = path === null ? undefined : findColumn(scope.table, path);
  let type: string;
  if (column !== undefined) {
    scope.use(scope.table, column.name);
    type = columnTypeName(column);
  } else {
    type = analyzeDerived(scope, expr.text);
  }
  if (item.alias === null && path === null) throw graphPropertyNeedsAlias();
  const name = item.alias?.name ?? (path as string);
  return { name, expression: expr.text, type, column: column?.name ?? null };
}

function analyzeDerived(scope: ElementScope, text: string): string {
  const columns = tableScope(scope.table);
  const typed = analyzeExpression(parseExpression(text), { columns, text });
  for (const i of referencedColumns(typed)) scope.use(scope.table, columns[i].name);
  return typeSqlName(typed.type);
}

function resolveDynamic(
  scope: ElementScope,
  id: DdlIdent | null,
  clause: 'LABEL' | 'PROPERTIES',
  expected: string,
): string | null {
  if (id === null) return null;
  const [column] = scope.columns(scope.table, [id]);
  const found = columnTypeName(column);
  if (found !== expected) throw graphDynamicColumnType(clause, expected, found);
  return column.name;
}

function resolveReference(scope: ElementScope, ref: DdlGraphNodeReference, nodes: NodeElements): GraphNodeReference {
  const node = nodes.get(nameKey(ref.nodeTable.name));
  if (node === undefined) throw graphNodeTableNotDefined(ref.nodeTable.name);
  const nodeColumns =
    ref.nodeColumns === null
      ? node.element.key.map((k) => findColumn(node.table, k) as Column)
      : scope.columns(node.table, ref.nodeColumns);
  const edgeColumns = scope.columns(scope.table, ref.edgeColumns);
  if (ref.nodeColumns !== null) checkUnique(ref.nodeColumns);
  checkUnique(ref.edgeColumns);
  if (edgeColumns.length !== nodeColumns.length)
    throw graphReferenceColumnCountMismatch(edgeColumns.length, nodeColumns.length);
  if (edgeColumns.some((c, i) => columnTypeName(c) !== columnTypeName(nodeColumns[i])))
    throw graphReferenceColumnTypeMismatch();
  return {
    nodeTable: ref.nodeTable.name,
    nodeColumns: nodeColumns.map((c) => c.name),
    edgeColumns: edgeColumns.map((c) => c.name),
  };
}

/** One definition per property name within the element; repeated ones must be the same. */
function dedupeDefinitions(properties: readonly TypedProperty[]): TypedProperty[] {
  const byName = new Map<string, TypedProperty>();
  for (const p of properties) {
    const existing = byName.get(nameKey(p.name));
    if (existing === undefined) byName.set(nameKey(p.name), p);
    else if (!sameDefinition(p, existing)) throw graphPropertyDefinedTwice(p.name);
  }
  return [...byName.values()];
}

function sameDefinition(a: TypedProperty, b: TypedProperty): boolean {
  if (a.column !== null || b.column !== null)
    return a.column !== null && b.column !== null && nameKey(a.column) === nameKey(b.column);
  return a.expression.replace(/\s+/g, '').toLowerCase() === b.expression.replace(/\s+/g, '').toLowerCase();
}

function checkElement(
  def: DdlGraphElementTable,
  kind: GraphElementKind,
  alias: string,
  labels: readonly ResolvedLabel[],
): void {
  const seen = new Set<string>();
  for (const l of labels) {
    if (seen.has(nameKey(l.name))) throw graphDuplicateLabelInElement(l.name, alias);
    seen.add(nameKey(l.name));
  }
  if (kind === 'node' && (def.source !== null || def.destination !== null)) throw graphNodeWithReferences();
  if (kind === 'edge' && def.source === null) throw graphEdgeWithoutReference('source');
  if (kind === 'edge' && def.destination === null) throw graphEdgeWithoutReference('destination');
}
