/**
 * Runs the schema-change conformance cases (../shared/conformance/ddl/*.test) through a swappable
 * "apply" function and judges the outcome the way the upstream harness does: the statements of a
 * case go to an empty database as one batch; on success GetDatabaseDdl joined with `;\n` (plus a
 * final `;\n`) must contain the expected text, on failure `ERROR: <message>` must; with `# --regex`
 * the expected text must match the whole output. Both sides are whitespace-normalized first.
 */

import { Code } from '../../src/errors/codes';
import { readSchemaChangeCases, type SchemaChangeCase } from '../sql/ddl-case-reader';
import { parseDdl } from '../../src/sql/parser/ddl-parser';
import { conformanceFiles } from '../support/conformance';
import {
  expectedTextFeatures,
  FEATURES,
  FILE_FEATURES,
  statementFeatures,
  unparsedStatementFeatures,
  type Feature,
} from './ddl-features';

export type DdlOutcome = { ok: true; ddl: readonly string[] } | { ok: false; code: Code; message: string };

/** Applies a batch of statements to a fresh, empty database and reports the outcome. */
export type DdlApplier = (statements: readonly string[]) => DdlOutcome | Promise<DdlOutcome>;

export interface ConformanceCase extends SchemaChangeCase {
  file: string;
  features: Feature[];
  /** The features this case needs that are not built yet; empty when all are. */
  unbuilt: Feature[];
}

export function loadConformanceCases(): ConformanceCase[] {
  return conformanceFiles('ddl')
    .filter((f) => f.endsWith('.test'))
    .flatMap((file) => readSchemaChangeCases(file).map((c) => classify(c)));
}

function classify(c: SchemaChangeCase): ConformanceCase {
  const file = c.id.split(':')[0];
  const features = new Set<Feature>(expectedTextFeatures(c.expected));
  for (const text of c.statements) {
    try {
      statementFeatures(parseDdl(text)).forEach((f) => features.add(f));
    } catch {
      const feature = FILE_FEATURES[file];
      if (feature === undefined) throw new Error(`no feature listed for ${file}`);
      features.add(feature);
      unparsedStatementFeatures(c.expected).forEach((f) => features.add(f));
    }
  }
  const list = [...features].sort();
  return {
    ...c,
    file,
    features: list,
    unbuilt: list.filter((f) => !FEATURES[f].built),
  };
}

/** The upstream harness's normalization: newlines and escaped newlines/quotes, runs of spaces. */
export function normalizeOutput(text: string): string {
  return text
    .replace(/\n/g, ' ')
    .replace(/\\n/g, ' ')
    .replace(/\\'/g, "'")
    .replace(/\\"/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export function outcomeText(outcome: DdlOutcome): string {
  if (!outcome.ok) return `ERROR: ${outcome.message}\n`;
  return `${outcome.ddl.join(';\n')};\n`;
}

/**
 * What the case expects: an error (the text after `ERROR:`, with an optional leading status code
 * name such as `NOT_FOUND:` split off) or GetDatabaseDdl's output.
 */
export interface Expectation {
  error: boolean;
  code: Code | null;
  text: string;
}

/**
 * The prefix the C++ client library puts before the server's message on a failed UpdateDatabaseDdl
 * (the upstream harness strips the "... UpdateDatabase: " form; some expected texts were recorded
 * with the older form). What follows it is the server's message, so it is compared without it.
 */
const CLIENT_LIBRARY_PREFIX = /^Error in non-idempotent operation(?: UpdateDatabase)?:\s*/;

export function expectationOf(c: SchemaChangeCase): Expectation {
  if (!c.expected.startsWith('ERROR:')) return { error: false, code: null, text: c.expected };
  const message = c.expected.slice('ERROR:'.length).trimStart().replace(CLIENT_LIBRARY_PREFIX, '');
  const codeMatch = /^([A-Z_]+):/.exec(message);
  const code = codeMatch === null ? undefined : (Code as unknown as Record<string, Code | undefined>)[codeMatch[1]];
  if (codeMatch === null || code === undefined) return { error: true, code: null, text: message };
  return { error: true, code, text: message.slice(codeMatch[0].length).trimStart() };
}

export function outcomeMatches(c: SchemaChangeCase, outcome: DdlOutcome): boolean {
  const expectation = expectationOf(c);
  if (expectation.code !== null && (outcome.ok || outcome.code !== expectation.code)) return false;
  const actual = normalizeOutput(outcomeText(outcome));
  const expected = normalizeOutput(expectation.text);
  if (c.regex) return new RegExp(`^(?:${expected})$`).test(actual);
  return actual.includes(expected);
}
