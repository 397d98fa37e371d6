/**
 * GetDatabaseDdl's CREATE PROPERTY GRAPH, in the emulator's printed form: the resolved graph
 * (not the statement as written), names unquoted, every element table with its KEY, each label
 * with its property declarations followed by a line break, and edge references with both column
 * lists; EDGE TABLES is printed even when empty, and the statement ends with a newline. Dynamic
 * labels and properties are not printed, as the emulator does not print them.
 */

export interface PropertyGraphElementDef {
  kind: 'node' | 'edge';
  /** The base table, which the emulator prints (not the alias). */
  table: string;
  key: string[];
  labels: string[];
  source: PropertyGraphReferenceDef | null;
  destination: PropertyGraphReferenceDef | null;
}

export interface PropertyGraphReferenceDef {
  nodeTable: string;
  nodeColumns: string[];
  edgeColumns: string[];
}

export interface PropertyGraphDef {
  name: string;
  nodeTables: PropertyGraphElementDef[];
  edgeTables: PropertyGraphElementDef[];
  /** Graph-wide labels with their property declaration names. */
  labels: { name: string; properties: string[] }[];
}

export function printCreatePropertyGraph(graph: PropertyGraphDef): string {
  let out = `CREATE PROPERTY GRAPH ${graph.name}\n`;
  out += 'NODE TABLES(\n';
  for (const node of graph.nodeTables) out += `  ${printElement(graph, node)},\n`;
  out += ')\nEDGE TABLES(\n';
  for (const edge of graph.edgeTables) out += `  ${printElement(graph, edge)},\n`;
  return `${out})\n`;
}

function printElement(graph: PropertyGraphDef, element: PropertyGraphElementDef): string {
  let out = element.table;
  if (element.key.length > 0) out += ` KEY(${element.key.join(', ')})`;
  for (const name of element.labels) out += ` LABEL ${printLabel(graph, name)}\n`;
  if (element.kind === 'edge') {
    out += printReference('SOURCE', element.source);
    out += printReference('DESTINATION', element.destination);
  }
  return out;
}

function printLabel(graph: PropertyGraphDef, name: string): string {
  const label = graph.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
  const properties = label?.properties ?? [];
  return properties.length === 0 ? name : `${name} PROPERTIES (${properties.join(', ')})`;
}

function printReference(word: 'SOURCE' | 'DESTINATION', ref: PropertyGraphReferenceDef | null): string {
  if (ref === null) return '';
  return ` ${word} KEY(${ref.edgeColumns.join(', ')}) REFERENCES ${ref.nodeTable}(${ref.nodeColumns.join(', ')})`;
}
