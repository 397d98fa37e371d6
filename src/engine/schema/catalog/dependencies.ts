/**
 * References from one schema object to another (a view reading a table, a generated column reading
 * a column, a default calling a sequence...). Owners record what they use when they are built, so
 * drop and alter statements can find dependents by scanning the catalog instead of re-analysing.
 */

export type SchemaObjectRef =
  | { readonly kind: 'table'; readonly name: string }
  | { readonly kind: 'column'; readonly table: string; readonly column: string }
  | { readonly kind: 'index'; readonly name: string }
  | { readonly kind: 'view'; readonly name: string }
  | { readonly kind: 'sequence'; readonly name: string }
  | { readonly kind: 'function'; readonly name: string }
  | { readonly kind: 'model'; readonly name: string };

export type SchemaObjectRefKind = SchemaObjectRef['kind'];
