/**
 * Whether a parsed view or function body holds a lock mode (`FOR UPDATE`) anywhere, subqueries
 * included. GoogleSQL's parser refuses lock modes in these bodies, so the check runs on the parse
 * alone, before any name is resolved. It does not know which query holds the clause.
 */

/** Walks the AST as plain data: any query node with `forUpdate` set is a lock mode. */
export function hasLockMode(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasLockMode);
  if (node === null || typeof node !== 'object') return false;
  const record = node as Record<string, unknown>;
  if (record.kind === 'query' && record.forUpdate === true) return true;
  return Object.values(record).some(hasLockMode);
}
