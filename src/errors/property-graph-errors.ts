/**
 * Factories for the errors of property graphs: the emulator's own (not found, limit, dynamic label
 * cardinality, dependents) and the graph DDL analysis rules (element tables, keys, labels,
 * properties, node references), worded as Spanner reports them. Names in `'...'` are quoted the
 * way the analysis quotes string literals.
 */

import type { SpannerError } from './spanner-error';
import { failed, invalid, notFound } from './status-builders';

function quoted(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function propertyGraphNotFound(name: string): SpannerError {
  return notFound(`Property Graph \`${name}\` not found.`);
}

export function tooManyPropertyGraphsPerDatabase(name: string, limit: number): SpannerError {
  return failed(
    `Cannot add Property Graph ${name} : because the maximum number of <Property Graphs> per Database (limit ${limit}) has been reached.`,
  );
}

export function graphTableNotFound(name: string): SpannerError {
  return invalid(`Table not found: ${name}`);
}

export function graphColumnNotFound(column: string, table: string): SpannerError {
  return invalid(`Column ${quoted(column)} not found in table ${quoted(table)}`);
}

export function graphDuplicateReferencedColumn(column: string): SpannerError {
  return invalid(`Duplicate column ${quoted(column)} in the referenced column list`);
}

export function graphElementWithoutKey(kind: 'node' | 'edge', table: string): SpannerError {
  return invalid(
    `The ${kind} table ${quoted(table)} does not have primary key defined; graph element table keys must be explicitly defined`,
  );
}

export function graphNodeTableNotDefined(node: string): SpannerError {
  return invalid(`The referenced node table ${quoted(node)} is not defined in the property graph`);
}

export function graphElementTableDefinedTwice(kind: 'node' | 'edge', alias: string): SpannerError {
  return invalid(`The ${kind} table ${quoted(alias)} is defined more than once; use a unique name`);
}

export function graphDuplicateLabelInElement(label: string, element: string): SpannerError {
  return invalid(`Duplicate label name ${quoted(label)} in the same element table ${quoted(element)}`);
}

export function graphDuplicatePropertyInLabel(property: string, label: string): SpannerError {
  return invalid(`Duplicate property name ${quoted(property)} in the same label ${quoted(label)}`);
}

export function graphPropertyNeedsAlias(): SpannerError {
  return invalid('Without `AS` alias, the property expression must be a simple reference to a column name');
}

export function graphPropertyDefinedTwice(property: string): SpannerError {
  return invalid(
    `Property ${quoted(property)} has more than one definition in the element table; use the same property definition or assign different property names`,
  );
}

export function graphExceptColumnNotFound(column: string): SpannerError {
  return invalid(`Column ${quoted(column)} in the EXCEPT list is not found in the input table`);
}

export function graphDuplicateExceptColumn(column: string): SpannerError {
  return invalid(`Duplicate column ${quoted(column)} is used in the property definition EXCEPT list.`);
}

export function graphPropertyTypeConflict(property: string, firstType: string, secondType: string): SpannerError {
  return invalid(
    `The property declaration of ${quoted(property)} has type conflicts. There is an existing declaration of type ${firstType}. There is a conflicting one of type ${secondType}`,
  );
}

function listed(names: readonly string[]): string {
  return quoted(`[${names.join(', ')}]`);
}

export function graphLabelPropertyCountMismatch(
  label: string,
  first: readonly string[],
  second: readonly string[],
): SpannerError {
  return invalid(
    `The label ${quoted(label)} is defined with different properties. One definition of the label has ${first.length} property declarations: ${listed(first)}. ` +
      `Another definition has  ${second.length} property declarations: ${listed(second)}. You need to use the same set of property declarations under the same label`,
  );
}

export function graphLabelPropertyMismatch(
  label: string,
  first: readonly string[],
  second: readonly string[],
): SpannerError {
  return invalid(
    `The label ${quoted(label)} is defined with different property declarations. There is one instance of this label defined with properties of ${listed(first)}. ` +
      `Another instance is defined with properties of ${listed(second)}. You need to use the same set of property names under the same label`,
  );
}

export function graphNodeWithReferences(): SpannerError {
  return invalid('Node table cannot have source or destination references');
}

export function graphEdgeWithoutReference(end: 'source' | 'destination'): SpannerError {
  return invalid(`Edge table must have its ${end} node reference defined`);
}

export function graphReferenceColumnCountMismatch(edgeCount: number, nodeCount: number): SpannerError {
  return invalid(
    `The number of referencing columns in the edge table does not match that of referenced columns in the node table; the former has a size of ${edgeCount} but the latter has a size of ${nodeCount}`,
  );
}

export function graphReferenceColumnTypeMismatch(): SpannerError {
  return invalid(
    'Data types of the referencing columns in the edge table do not match those of the referenced columns in the node table',
  );
}

export function graphDynamicColumnType(clause: 'LABEL' | 'PROPERTIES', expected: string, found: string): SpannerError {
  return invalid(`DYNAMIC ${clause} clause must hold expression of type ${expected}, but was of type ${found}`);
}

export function graphSecondDynamicLabel(kind: 'node' | 'edge'): SpannerError {
  return invalid(`Only one ${kind} table can be assigned a dynamic label`);
}

export function graphDynamicLabelWithOtherTables(kind: 'node' | 'edge'): SpannerError {
  return invalid(`Cannot define more than one ${kind} table when using dynamic labels`);
}

/** `kind` is `table` or `column`; `name` the table or `table.column`. */
export function dropUsedByPropertyGraph(kind: string, name: string, graph: string): SpannerError {
  return failed(`Cannot drop ${kind} \`${name}\` on which there is a dependent property graph: ${graph}.`);
}

export function alterColumnUsedByPropertyGraph(column: string, graph: string): SpannerError {
  return failed(`Cannot alter column \`${column}\` on which there is a dependent property graph: ${graph}.`);
}

export function renameUsedByPropertyGraph(table: string, graph: string): SpannerError {
  return failed(`Cannot rename table \`${table}\` on which there is a dependent property graph: ${graph}.`);
}
