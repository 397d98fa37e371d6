/**
 * The exact source text of a node, for reprinting expressions and view bodies as the user wrote
 * them (GetDatabaseDdl does). Relies only on the node's span.
 */

import type { SourceSpan } from '../ast/node';

export function sourceText(text: string, node: { readonly loc: SourceSpan }): string {
  return text.slice(node.loc.start, node.loc.end);
}
