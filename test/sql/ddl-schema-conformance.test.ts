/**
 * The schema-change conformance cases (../shared/conformance/ddl/*.test) against the DDL parser
 * and the canonical printer, before any catalog exists:
 * - every statement parses, unless the case expects an error Spanner raises while parsing;
 * - a case that only CREATEs objects and expects a schema back prints exactly that schema.
 * Cases with ALTER / DROP / OR REPLACE need the catalog and are only parsed here.
 */
import { isSpannerError } from '../../src/errors/spanner-error';
import { Code } from '../../src/errors/codes';
import type { DdlStatement } from '../../src/sql/ast/ddl-statement';
import { parseDdl } from '../../src/sql/parser/ddl-parser';
import { databaseDdlFromCreates } from '../../src/sql/printer/ddl-database-from-ast';
import { joinDdlStatements, printDatabaseDdl } from '../../src/sql/printer/ddl-printer';
import { conformanceFiles } from '../support/conformance';
import {
  expectsSchema,
  matchesExpected,
  normalizeDdlText,
  readSchemaChangeCases,
  type SchemaChangeCase,
} from './ddl-case-reader';

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

/** Plain CREATE cases whose expected schema needs more than printing, by case id, with the reason. */
const PRINT_NOT_APPLICABLE: Readonly<Record<string, string>> = {};

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

/** GetDatabaseDdl's statements for a CREATE-only case expecting a schema, else null. */
function printedStatements(c: SchemaChangeCase): string[] | null {
  const outcome = parseAll(c);
  if (!outcome.ok || !expectsSchema(c)) return null;
  const db = databaseDdlFromCreates('db', outcome.statements);
  return db === null ? null : printDatabaseDdl(db);
}

function printed(c: SchemaChangeCase): string | null {
  const statements = printedStatements(c);
  return statements === null ? null : joinDdlStatements(statements);
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

describe('schema-change conformance: canonical printing of CREATE-only cases', () => {
  const printable = cases.filter((c) => printed(c) !== null);

  it('covers a meaningful share of the corpus', () => {
    expect(printable.length).toBeGreaterThanOrEqual(81);
  });

  it.each(printable.map((c) => [c.id, c] as const))('%s', (id, c) => {
    const actual = printed(c) ?? '';
    if (id in PRINT_NOT_APPLICABLE) {
      expect(matchesExpected(c, actual)).toBe(false);
      return;
    }
    if (!matchesExpected(c, actual)) {
      expect(normalizeDdlText(actual)).toBe(normalizeDdlText(c.expected));
    }
  });

  it.each(printable.map((c) => [c.id, c] as const))('%s reads back to the same output', (_id, c) => {
    const statements = printedStatements(c) ?? [];
    const reread = databaseDdlFromCreates(
      'db',
      statements.map((s) => parseDdl(s)),
    );
    expect(reread === null ? null : printDatabaseDdl(reread)).toEqual(statements);
  });
});
