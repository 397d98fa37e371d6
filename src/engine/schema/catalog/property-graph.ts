/**
 * A property graph as the catalog holds it: the element tables resolved against the schema
 * (keys, labels, property definitions, node references by column name), the graph's labels and
 * property declarations (deduplicated, with the property types), and the base tables and columns
 * it reads, which DROP / ALTER of those are checked against. Built by objects/property-graphs.ts.
 */

export type GraphElementKind = 'node' | 'edge';

export interface GraphPropertyDefinition {
  /** The property declaration it defines. */
  readonly name: string;
  /** The value expression as written (a column name for ALL COLUMNS). */
  readonly expression: string;
}

export interface GraphNodeReference {
  /** The referenced node element table's alias. */
  readonly nodeTable: string;
  readonly nodeColumns: readonly string[];
  readonly edgeColumns: readonly string[];
}

export interface GraphElementTable {
  readonly kind: GraphElementKind;
  /** The base table's name as the schema spells it. */
  readonly table: string;
  readonly alias: string;
  readonly key: readonly string[];
  readonly labels: readonly string[];
  readonly properties: readonly GraphPropertyDefinition[];
  readonly dynamicLabel: string | null;
  readonly dynamicProperties: string | null;
  /** null for node tables. */
  readonly source: GraphNodeReference | null;
  readonly destination: GraphNodeReference | null;
}

export interface GraphLabel {
  readonly name: string;
  /** Property declaration names, in the order first defined. */
  readonly properties: readonly string[];
}

export interface GraphPropertyDeclaration {
  readonly name: string;
  /** GoogleSQL type name (INT64, ARRAY<STRING>...). */
  readonly type: string;
}

export interface PropertyGraph {
  readonly name: string;
  readonly nodeTables: readonly GraphElementTable[];
  readonly edgeTables: readonly GraphElementTable[];
  readonly labels: readonly GraphLabel[];
  readonly propertyDeclarations: readonly GraphPropertyDeclaration[];
  /** Base tables with the columns the graph reads from each (keys, references, properties, dynamic columns). */
  readonly uses: readonly { readonly table: string; readonly columns: readonly string[] }[];
}
