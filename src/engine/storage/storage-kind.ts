/** Whose storage a pair of storage tables is: a table's rows or a secondary index's entries. */
export type StorageKind = 'rows' | 'index';
