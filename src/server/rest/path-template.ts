/**
 * google.api.http path templates (`/v1/{session=projects/*\/sessions/*}:executeSql`) compiled to
 * anchored regular expressions. A custom verb after `:` is part of the match, which Express's own
 * route syntax cannot express. Only matching lives here; binding values to fields is elsewhere.
 */
import { malformedPathEscape } from '../../errors';

export interface PathVariable {
  /** Dotted request field path, e.g. `database.name`. */
  readonly fieldPath: string;
}

export interface CompiledTemplate {
  readonly template: string;
  readonly regex: RegExp;
  readonly variables: readonly PathVariable[];
}

const SEGMENT = '[^/]+';

function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compileSegments(segments: string): string {
  return segments
    .split('/')
    .map((seg) => (seg === '*' ? SEGMENT : seg === '**' ? '.+' : escapeLiteral(seg)))
    .join('/');
}

/** Splits `/v1/{a=x/*}/b:verb` into its path part and verb, ignoring colons inside braces. */
function splitVerb(template: string): { path: string; verb: string | undefined } {
  const lastBrace = template.lastIndexOf('}');
  const colon = template.indexOf(':', Math.max(lastBrace, template.lastIndexOf('/')));
  return colon < 0
    ? { path: template, verb: undefined }
    : { path: template.slice(0, colon), verb: template.slice(colon + 1) };
}

export function compileTemplate(template: string): CompiledTemplate {
  const { path, verb } = splitVerb(template);
  const variables: PathVariable[] = [];
  let pattern = '';
  let rest = path;
  while (rest.length > 0) {
    const open = rest.indexOf('{');
    if (open < 0) {
      pattern += compileSegments(rest);
      break;
    }
    pattern += compileSegments(rest.slice(0, open));
    const close = rest.indexOf('}', open);
    if (close < 0) throw new Error(`Unbalanced braces in path template ${template}`);
    const [fieldPath, segments = '*'] = rest.slice(open + 1, close).split('=');
    variables.push({ fieldPath });
    pattern += `(${compileSegments(segments)})`;
    rest = rest.slice(close + 1);
  }
  if (verb !== undefined) pattern += `:${escapeLiteral(verb)}`;
  return { template, regex: new RegExp(`^${pattern}$`), variables };
}

function decodeSegment(text: string, rawPath: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // `%ZZ`, a lone `%`, or escapes that are not UTF-8: the client's mistake, not ours.
    throw malformedPathEscape(rawPath);
  }
}

/**
 * Matches a raw (still percent-encoded) URL path; returns decoded variable values by field path.
 * A matching path whose variables are not valid percent-encoding is INVALID_ARGUMENT.
 */
export function matchTemplate(compiled: CompiledTemplate, rawPath: string): Map<string, string> | undefined {
  const m = compiled.regex.exec(rawPath);
  if (!m) return undefined;
  const values = new Map<string, string>();
  compiled.variables.forEach((v, i) => values.set(v.fieldPath, decodeSegment(m[i + 1], rawPath)));
  return values;
}
