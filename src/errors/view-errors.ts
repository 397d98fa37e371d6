/**
 * Factories for the errors of views and SQL functions: CREATE / REPLACE / DROP and the changes
 * they block, and the GoogleSQL-style detail messages of their analysis (positioned in the
 * analyzed statement), which those errors wrap. Codes and messages are Spanner's.
 */

import { locatedMessage, withCaretSnippet, type ErrorSite } from './analyzer-errors';
import { SpannerError } from './spanner-error';
import { failed, invalid, notFound } from './status-builders';

export function viewNotFound(name: string): SpannerError {
  return notFound(`View not found: ${name}`);
}

export function viewMissingSqlSecurity(view: string): SpannerError {
  return invalid(`View \`${view}\` is missing the SQL SECURITY clause.`);
}

export function viewBodyAnalysisError(view: string, detail: string): SpannerError {
  return invalid(`Error analyzing the definition of view \`${view}\`: ${detail}`);
}

export function viewReplaceError(view: string, detail: string): SpannerError {
  return failed(
    `Cannot replace VIEW \`${view}\` because new definition is invalid with the following diagnostic message:\n\n${detail}`,
  );
}

export function viewReplaceRecursive(view: string): SpannerError {
  return failed(`Cannot replace VIEW \`${view}\` because new definition is recursive.`);
}

/** `action` reads like `alter VIEW` or `alter column`; `dependency` is the changed object's name. */
export function dependentViewBecomesInvalid(
  action: string,
  dependency: string,
  view: string,
  detail: string,
): SpannerError {
  return failed(
    `Cannot ${action} \`${dependency}\`. The new definition causes the definition of VIEW \`${view}\` ` +
      `to become invalid with the following diagnostic message: ${detail}`,
  );
}

export function dependentViewColumnRename(
  action: string,
  dependency: string,
  view: string,
  oldName: string,
  newName: string,
): SpannerError {
  return failed(
    `Cannot ${action} replace VIEW \`${dependency}\`. Action would implicitly change the name of an output ` +
      `column for VIEW \`${view}\` from \`${oldName}\` to \`${newName}\`.\nTip: Give explicit names to output ` +
      'columns in the VIEW definition before making this change.',
  );
}

export function dependentViewColumnRetype(
  action: string,
  dependency: string,
  view: string,
  oldType: string,
  newType: string,
): SpannerError {
  return failed(
    `Cannot ${action} \`${dependency}\`. Action would implicitly change the type of an output column for VIEW ` +
      `\`${view}\` from \`${oldType}\` to \`${newType}\`.\nTip: Give explicit type to output columns in the VIEW ` +
      'definition before making this change by adding casts/conversions to the intended final output type.',
  );
}

/** `kind` is `TABLE`, `VIEW`, `INDEX`, `SEQUENCE`, `MODEL` (schema-wide objects) or `column`. */
export function dropWithDependentViews(kind: string, name: string, view: string): SpannerError {
  return failed(`Cannot drop ${kind} \`${name}\` on which there are dependent views: ${view}.`);
}

export function createWithBuiltinFunctionName(operation: string, objectKind: string, name: string): SpannerError {
  return failed(
    `Cannot ${operation} a ${objectKind} with the same name as builtin function \`${name}\`. ` +
      'This may be supported in a future release.',
  );
}

/** A detail message of view analysis (wrapped by viewBodyAnalysisError and its kin). */
export function withClauseInView(): SpannerError {
  return invalid('WITH clauses are unsupported in view definitions.');
}

/** Detail messages of view analysis, positioned in the view's statement like GoogleSQL's. */
function locatedInView(message: string, site: ErrorSite): SpannerError {
  return invalid(locatedMessage(message, site));
}

/** A syntax error in a view or function body, quoted with the statement analysis builds around it. */
export function bodySyntaxError(message: string, statementText: string): SpannerError {
  return invalid(withCaretSnippet(message, statementText));
}

export function unqualifiedNameInView(name: string, site: ErrorSite): SpannerError {
  return locatedInView(`Alias ${name} cannot be used without a qualifier in strict name resolution mode`, site);
}

export function ambiguousColumnName(name: string, site: ErrorSite): SpannerError {
  return locatedInView(`Column name ${name} is ambiguous`, site);
}

export function nameNotFoundInside(name: string, container: string, site: ErrorSite): SpannerError {
  return locatedInView(`Name ${name} not found inside ${container}`, site);
}

export function tableNotFoundInQuery(name: string, site: ErrorSite): SpannerError {
  return locatedInView(`Table not found: ${name}`, site);
}

/** GoogleSQL's parser refuses FOR UPDATE in a view body (`query`) or a function body (`function body query`). */
export function unexpectedLockMode(body: 'query' | 'function body query', site: ErrorSite): SpannerError {
  return locatedInView(`Syntax error: Unexpected lock mode in ${body}`, site);
}

export function parameterInViewBody(site: ErrorSite): SpannerError {
  return locatedInView('Query parameters cannot be used inside SQL view bodies', site);
}

export function unnamedViewColumn(position: number, site: ErrorSite): SpannerError {
  return locatedInView(`CREATE VIEW columns must be named, but column ${position} has no name`, site);
}

export function duplicateViewColumn(name: string, site: ErrorSite): SpannerError {
  return locatedInView(`CREATE VIEW has columns with duplicate name ${name}`, site);
}

export function setOperationColumnCountMismatch(
  operation: string,
  firstCount: number,
  queryNumber: number,
  count: number,
  site: ErrorSite,
): SpannerError {
  const columns = (n: number) => `${n} column${n === 1 ? '' : 's'}`;
  return locatedInView(
    `Queries in ${operation} have mismatched column count; query 1 has ${columns(firstCount)}, query ${queryNumber} has ${columns(count)}`,
    site,
  );
}

/** A read-write-only function (GET_NEXT_SEQUENCE_VALUE) in a view, which is read as a read-only query. */
export function readWriteFunctionInView(fn: string): SpannerError {
  return invalid(
    'The following functions can only be used in a read-write or partitioned-dml transaction. ' +
      `Current transaction type is ReadOnly: ${fn}`,
  );
}

export function setOperationIncompatibleTypes(
  operation: string,
  column: number,
  types: readonly string[],
  site: ErrorSite,
): SpannerError {
  return locatedInView(`Column ${column} in ${operation} has incompatible types: ${types.join(', ')}`, site);
}

export function usingInView(column: string, site: ErrorSite): SpannerError {
  return locatedInView(
    `Column name ${column} cannot be used without a qualifier in strict name resolution mode. Use JOIN ON with a qualified name instead`,
    site,
  );
}

export function starInView(site: ErrorSite): SpannerError {
  return locatedInView('SELECT * is not allowed in strict name resolution mode', site);
}

export function dotStarInView(site: ErrorSite): SpannerError {
  return locatedInView('Dot-star is not allowed in strict name resolution mode', site);
}

export function hintIndexNotFound(table: string, index: string): SpannerError {
  return invalid(`The table ${table} does not have a secondary index called ${index}`);
}

export function modelNotFoundInQuery(name: string, site: ErrorSite): SpannerError {
  return locatedInView(`Model not found: ${name}`, site);
}

// SQL functions.

export function functionNotFoundInSchema(name: string): SpannerError {
  return notFound(`Function not found: ${name}`);
}

export function functionDefinerSecurity(name: string): SpannerError {
  return invalid(`Function \`${name}\` uses unsupported SQL SECURITY DEFINER clause.`);
}

export function functionBodyAnalysisError(name: string, detail: string): SpannerError {
  return invalid(`Error analyzing the definition of function \`${name}\`: ${detail}`);
}

export function functionReplaceError(name: string, detail: string): SpannerError {
  return failed(
    `Cannot replace FUNCTION \`${name}\` because new definition is invalid with the following diagnostic message:\n\n${detail}`,
  );
}

export function invalidFunctionOption(option: string, name: string): SpannerError {
  return invalid(`Invalid option ${option} for remote UDF ${name}.`);
}

export function invalidFunctionOptionValue(value: string, option: string, name: string): SpannerError {
  return invalid(`Invalid option value ${value} for option ${option} of remote UDF ${name}.`);
}

export function dependentFunctionBecomesInvalid(
  action: string,
  dependency: string,
  fn: string,
  detail: string,
): SpannerError {
  return failed(
    `Cannot ${action} \`${dependency}\`. The new definition causes the definition of function \`${fn}\` ` +
      `to become invalid with the following diagnostic message: ${detail}`,
  );
}

/** `kind` as for views: `TABLE`, `VIEW`, `INDEX`, `SEQUENCE`, `UDF` or `column`. */
export function dropWithDependentFunction(kind: string, name: string, fn: string): SpannerError {
  return failed(`Cannot drop ${kind} \`${name}\` on which there is a dependent function: ${fn}.`);
}

export function functionReturnTypeMismatch(declared: string, actual: string, site: ErrorSite): SpannerError {
  return invalid(
    locatedMessage(
      `Function declared to return ${declared} but the function body produces incompatible type ${actual}`,
      site,
    ),
  );
}
