/**
 * The schema-change conformance cases (../shared/conformance/ddl/*.test) against the DDL parser
 * alone: every statement parses, unless the case expects an error Spanner raises while parsing.
 * Applying and printing them is the schema engine's (test/conformance, and the read-back test in
 * test/engine/schema/canonical-ddl-readback.test.ts).
 */
import { isSpannerError } from '../../src/errors/spanner-error';
import { Code } from '../../src/errors/codes';
import type { DdlStatement } from '../../src/sql/ast/ddl-statement';
import { parseDdl } from '../../src/sql/parser/ddl-parser';
import { conformanceFiles } from '../support/conformance';
import { expectsSchema, readSchemaChangeCases, type SchemaChangeCase } from './ddl-case-reader';

/**
 * Expected errors that Spanner reports while parsing, not while applying, a statement. GoogleSQL's
 * own syntax errors ("Syntax error: Expected end of input ...") are not among them: those come from
 * the SQL embedded in DDL, which is parsed when the statement is analysed.
 */
const PARSE_ERROR = new RegExp(
  [
    'Syntax error on line',
    'Error parsing Spanner DDL statement',
    "Expecting '",
    'Encountered ',
    'Can only specify PRIMARY KEY once',
    'Unexpected PRIMARY KEY clause',
    'DDL parser exceeded',
    'Option: \\w+ is unknown',
  ].join('|'),
);

/** Statements Spanner accepts that this parser does not yet, by case id, with the reason. */
const NOT_YET_PARSEABLE: Readonly<Record<string, string>> = {};

const cases = conformanceFiles('ddl')
  .filter((f) => f.endsWith('.test'))
  .flatMap(readSchemaChangeCases);

type ParseOutcome = { ok: true; statements: DdlStatement[] } | { ok: false; index: number; error: unknown };

function parseAll(c: SchemaChangeCase): ParseOutcome {
  const statements: DdlStatement[] = [];
  for (let i = 0; i < c.statements.length; i++) {
    try {
      statements.push(parseDdl(c.statements[i]));
    } catch (error) {
      return { ok: false, index: i, error };
    }
  }
  return { ok: true, statements };
}

function expectsParseError(c: SchemaChangeCase): boolean {
  return !expectsSchema(c) && PARSE_ERROR.test(c.expected);
}

describe('schema-change conformance: parsing', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const outcome = parseAll(c);
    if (expectsParseError(c) || c.id in NOT_YET_PARSEABLE) {
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(isSpannerError(outcome.error)).toBe(true);
        if (isSpannerError(outcome.error)) expect(outcome.error.code).toBe(Code.INVALID_ARGUMENT);
      }
      return;
    }
    if (!outcome.ok) throw outcome.error;
  });
});
