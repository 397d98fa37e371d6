/**
 * Builds a PropertyGraph from CREATE PROPERTY GRAPH: resolves the node tables, then the edge
 * tables (which may reference only node tables), and applies the graph-level rules GoogleSQL's
 * graph analysis applies: at most one dynamically labelled table of each kind and then no other,
 * unique element aliases, one type per property declaration, one property set per label. Does not
 * check the graph's name or count; property-graphs.ts does.
 */

import {
  graphDynamicLabelWithOtherTables,
  graphElementTableDefinedTwice,
  graphLabelPropertyCountMismatch,
  graphLabelPropertyMismatch,
  graphPropertyTypeConflict,
  graphSecondDynamicLabel,
} from '../../../errors/property-graph-errors';
import type { DdlCreatePropertyGraph, DdlGraphElementTable } from '../../../sql/ast/ddl-property-graph';
import type { Catalog } from '../catalog/catalog';
import { lookupNamed, nameKey } from '../catalog/named-map';
import type { GraphElementKind, GraphLabel, GraphPropertyDeclaration, PropertyGraph } from '../catalog/property-graph';
import type { Table } from '../catalog/table';
import { resolveElement, type ResolvedElement, type ResolvedLabel } from './property-graph-elements';

export function buildPropertyGraph(catalog: Catalog, stmt: DdlCreatePropertyGraph): PropertyGraph {
  const nodes = new Map<string, { element: ResolvedElement['element']; table: Table }>();
  const resolvedNodes = resolveAll(catalog, stmt.nodeTables, 'node', nodes, true);
  const resolvedEdges = resolveAll(catalog, stmt.edgeTables, 'edge', nodes, false);
  checkDynamicLabelCount(stmt.nodeTables, 'node');
  checkDynamicLabelCount(stmt.edgeTables, 'edge');
  const aliases = new Set<string>();
  checkUniqueAliases(resolvedNodes, 'node', aliases);
  checkUniqueAliases(resolvedEdges, 'edge', aliases);
  const all = [...resolvedNodes, ...resolvedEdges];
  const resolvedLabels = all.flatMap((r) => r.labels);
  return {
    name: stmt.name.name,
    nodeTables: resolvedNodes.map((r) => r.element),
    edgeTables: resolvedEdges.map((r) => r.element),
    propertyDeclarations: dedupeDeclarations(resolvedLabels),
    labels: dedupeLabels(resolvedLabels),
    uses: mergeUses(all),
  };
}

function resolveAll(
  catalog: Catalog,
  defs: readonly DdlGraphElementTable[],
  kind: GraphElementKind,
  nodes: Map<string, { element: ResolvedElement['element']; table: Table }>,
  registerNodes: boolean,
): ResolvedElement[] {
  let dynamicSeen = false;
  return defs.map((def) => {
    if (def.dynamicLabel !== null) {
      if (dynamicSeen) throw graphSecondDynamicLabel(kind);
      dynamicSeen = true;
    }
    const resolved = resolveElement(catalog, def, kind, nodes);
    if (registerNodes) {
      const table = lookupNamed(catalog.tables, resolved.element.table) as Table;
      nodes.set(nameKey(resolved.element.alias), { element: resolved.element, table });
    }
    return resolved;
  });
}

function checkDynamicLabelCount(defs: readonly DdlGraphElementTable[], kind: GraphElementKind): void {
  if (defs.some((d) => d.dynamicLabel !== null) && defs.length > 1) throw graphDynamicLabelWithOtherTables(kind);
}

function checkUniqueAliases(resolved: readonly ResolvedElement[], kind: GraphElementKind, seen: Set<string>): void {
  for (const r of resolved) {
    const key = nameKey(r.element.alias);
    if (seen.has(key)) throw graphElementTableDefinedTwice(kind, r.element.alias);
    seen.add(key);
  }
}

/** One declaration per property name across the graph; a later one with another type conflicts. */
function dedupeDeclarations(labels: readonly ResolvedLabel[]): GraphPropertyDeclaration[] {
  const byName = new Map<string, GraphPropertyDeclaration>();
  for (const p of labels.flatMap((l) => l.properties)) {
    const existing = byName.get(nameKey(p.name));
    if (existing === undefined) byName.set(nameKey(p.name), { name: p.name, type: p.type });
    // The analysis names the later declaration's type first, as "existing".
    else if (existing.type !== p.type) throw graphPropertyTypeConflict(p.name, p.type, existing.type);
  }
  return [...byName.values()];
}

/** One definition per label across the graph; each later use must list the same properties. */
function dedupeLabels(labels: readonly ResolvedLabel[]): GraphLabel[] {
  const byName = new Map<string, GraphLabel>();
  for (const l of labels) {
    const props = l.properties.map((p) => p.name);
    const existing = byName.get(nameKey(l.name));
    if (existing === undefined) {
      byName.set(nameKey(l.name), { name: l.name, properties: props });
      continue;
    }
    if (props.length !== existing.properties.length)
      throw graphLabelPropertyCountMismatch(l.name, props, existing.properties);
    const mine = new Set(props.map(nameKey));
    if (existing.properties.some((p) => !mine.has(nameKey(p))))
      throw graphLabelPropertyMismatch(l.name, props, existing.properties);
  }
  return [...byName.values()];
}

function mergeUses(resolved: readonly ResolvedElement[]): PropertyGraph['uses'] {
  const merged = new Map<string, { table: string; columns: Set<string> }>();
  for (const r of resolved) {
    for (const [table, columns] of r.uses) {
      const entry = merged.get(nameKey(table)) ?? { table, columns: new Set<string>() };
      for (const c of columns) entry.columns.add(c);
      merged.set(nameKey(table), entry);
    }
  }
  return [...merged.values()].map((e) => ({ table: e.table, columns: [...e.columns] }));
}
