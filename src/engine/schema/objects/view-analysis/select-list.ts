/**
 * The select list of a view query: output columns with the names GoogleSQL gives them (an
 * alias, else a path's or field's last name, else none). Views are analyzed in strict name
 * resolution mode, which refuses `*` and `alias.*`: a view's columns are always spelled out.
 */

import { assertNever } from '../../../../errors/assert-never';
import { dotStarInView, starInView } from '../../../../errors/view-errors';
import type { SelectItem } from '../../../../sql/ast/query';
import { inferredName, resolveExpression } from './expression-resolver';
import type { ViewAnalysisContext } from './view-analysis-context';
import type { OutputColumn, Scope } from './view-scope';

export function resolveSelectItems(
  items: readonly SelectItem[],
  scope: Scope,
  ctx: ViewAnalysisContext,
): OutputColumn[] {
  return items.map((item) => resolveSelectItem(item, scope, ctx));
}

function resolveSelectItem(item: SelectItem, scope: Scope, ctx: ViewAnalysisContext): OutputColumn {
  switch (item.kind) {
    case 'selectColumn': {
      const info = resolveExpression(item.expr, scope, ctx);
      return { name: item.alias?.name ?? inferredName(item.expr), type: info.type };
    }
    case 'selectStar':
      throw starInView(ctx.site(item.loc));
    case 'selectDotStar':
      throw dotStarInView(ctx.site(item.loc));
    default:
      return assertNever(item, 'select item');
  }
}
