/**
 * Reads the schema-change conformance files (../shared/conformance/ddl/*.test): cases separated by
 * `==`, `# ` comment lines (with the `--regex` flag), statements, `--`, then the expected output.
 * A case without `--` expects its own input back. Comparison follows the upstream harness:
 * whitespace-normalized, substring match (or full regex match with `--regex`).
 */
import * as fs from 'fs';
import * as path from 'path';

export interface SchemaChangeCase {
  /** `file.test:line`, stable across runs, used as the case id in explicit lists. */
  id: string;
  statements: string[];
  expected: string;
  regex: boolean;
}

export function readSchemaChangeCases(file: string): SchemaChangeCase[] {
  const base = path.basename(file);
  const cases: SchemaChangeCase[] = [];
  let input = '';
  let output: string | null = null;
  let regex = false;
  let startLine = 1;
  const finish = (nextLine: number): void => {
    if (input.trim() !== '' || output !== null) {
      cases.push({ id: `${base}:${startLine}`, statements: splitStatements(input), expected: output ?? input, regex });
    }
    input = '';
    output = null;
    regex = false;
    startLine = nextLine;
  };
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line === '==') finish(i + 2);
      else if (output !== null) output += line + '\n';
      else if (line === '--') output = '';
      else if (line.startsWith('# ')) regex = regex || line.includes('--regex');
      else input += line + '\n';
    });
  finish(0);
  return cases;
}

function splitStatements(text: string): string[] {
  return text
    .trim()
    .split(';')
    .filter((s) => s.trim() !== '');
}

export function normalizeDdlText(text: string): string {
  return text.replace(/\\n/g, ' ').replace(/\s+/g, ' ').trim();
}

/** True when the case expects a schema back rather than an error. */
export function expectsSchema(c: SchemaChangeCase): boolean {
  const expected = normalizeDdlText(c.expected);
  return expected === ';' || /^(CREATE|ALTER DATABASE) /.test(expected);
}

/** Whether `actual` (GetDatabaseDdl joined with `;\n`) satisfies the case. */
export function matchesExpected(c: SchemaChangeCase, actual: string): boolean {
  const a = normalizeDdlText(actual);
  const e = normalizeDdlText(c.expected);
  return c.regex ? new RegExp(`^(?:${e})$`, 's').test(a) : a.includes(e);
}
