/**
 * DDL parser errors: malformed statements fail with INVALID_ARGUMENT, worded as Spanner's DDL
 * parser words them (`Syntax error on line 1, column 5: ...`) or with Spanner's own parse-time
 * message, never with a crash or a hang. SQL embedded in DDL that does not parse is no parse error.
 */
import { Code } from '../../src/errors/codes';
import { isSpannerError } from '../../src/errors/spanner-error';
import type { DdlStatement } from '../../src/sql/ast/ddl-statement';
import { parseDdl } from '../../src/sql/parser/ddl-parser';

function errorOf(sql: string): { code: Code; message: string } {
  try {
    parseDdl(sql);
  } catch (e) {
    if (isSpannerError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error(`parsed: ${sql}`);
}

/** The text and AST of the expressions a statement embeds. */
function embeddedExpressions(stmt: DdlStatement): { text: string; ast: unknown }[] {
  const found: { text: string; ast: unknown }[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.text === 'string' && 'ast' in record) found.push({ text: record.text, ast: record.ast });
      else Object.entries(record).forEach(([key, child]) => key !== 'loc' && visit(child));
    }
  };
  visit(stmt);
  return found;
}

/** The message of a DDL syntax error at `line`:`column`. */
function at(line: number, column: number, what: string): string {
  return `Syntax error on line ${line}, column ${column}: ${what}`;
}

describe("DDL syntax errors, worded as Spanner's DDL parser words them", () => {
  it.each<[string, string]>([
    ['', at(1, 1, "Encountered 'EOF' while parsing: ddl_statement")],
    ['SELECT 1', at(1, 1, "Encountered 'SELECT' while parsing: ddl_statement")],
    ['CREATE', at(1, 6, "Encountered 'EOF' while parsing: create_statement")],
    [
      'CREATE OR REPLACE TABLE T (A INT64) PRIMARY KEY (A)',
      at(1, 19, "Encountered 'TABLE' while parsing: create_or_replace_statement"),
    ],
    ['ALTER FROB x', at(1, 7, "Encountered 'FROB' while parsing: alter_statement")],
    ['DROP PROPERTY g', at(1, 6, "Encountered 'PROPERTY' while parsing: drop_statement")],
    // One token required: "Expecting"; the end of input is 'EOF', placed on the last character.
    ['CREATE TABLE T (A INT64', at(1, 23, "Expecting ')' but found 'EOF'")],
    ['CREATE TABLE T (', at(1, 16, "Expecting ')' but found 'EOF'")],
    ['CREATE TABLE T (A INT64, ,) PRIMARY KEY (A)', at(1, 26, "Expecting ')' but found ','")],
    ['CREATE TABLE T (A STRING) PRIMARY KEY (A)', at(1, 25, "Expecting '(' but found ')'")],
    ['CREATE TABLE T (A INT64 NULL) PRIMARY KEY (A)', at(1, 25, "Expecting ')' but found 'NULL'")],
    ['CREATE TABLE T (A INT64 NOT NUL) PRIMARY KEY (A)', at(1, 29, "Expecting 'NULL' but found 'NUL'")],
    ['CREATE TABLE T (A INT64 DEFAULT (1) AS (2)) PRIMARY KEY (A)', at(1, 37, "Expecting ')' but found 'AS'")],
    ['ALTER TABLE T ALTER COLUMN A INT64 NOT NULL PRIMARY KEY', at(1, 45, "Expecting 'EOF' but found 'PRIMARY'")],
    ['CREATE SEQUENCE s SET OPTIONS (sequence_kind = NULL)', at(1, 19, "Expecting 'EOF' but found 'SET'")],
    ['CREATE VIEW v SQL SECURITY FOO AS SELECT 1', at(1, 28, "Expecting 'INVOKER' but found 'FOO'")],
    ['CREATE FUNCTION f() RETURNS INT64 AS 1', at(1, 38, "Expecting '(' but found '1'")],
    ['ALTER CHANGE STREAM cs DROP FOR `ALL`', at(1, 33, "Expecting 'ALL' but found '`ALL`'")],
    ['CREATE CHANGE STREAM cs FOR ALL()', at(1, 32, "Expecting 'EOF' but found '('")],
    ["CREATE TABLE T (A STRING(MAX) 'x') PRIMARY KEY (A)", at(1, 31, "Expecting ')' but found ''x''")],
    // No alternative of a production fits: "Encountered ... while parsing" names the production.
    [
      'CREATE TABLE T (A INT64) PRIMARY KEY (A), INTERLEAVE IN parent',
      at(1, 62, "Encountered 'EOF' while parsing: identifier"),
    ],
    [
      'CREATE TABLE U (X INT64, FOREIGN KEY () REFERENCES T (A)) PRIMARY KEY (X)',
      at(1, 39, "Encountered ')' while parsing: identifier"),
    ],
    ['CREATE TABLE T (A INT64, B) PRIMARY KEY (A)', at(1, 27, "Encountered ')' while parsing: column_type")],
    [
      'CREATE TABLE T (A INT64, CONSTRAINT ANY CHECK (A > 0)) PRIMARY KEY (A)',
      at(1, 37, "Encountered 'ANY' while parsing: column_type"),
    ],
    ['CREATE TABLE T (A STRING(LOTS)) PRIMARY KEY (A)', at(1, 26, "Encountered 'LOTS' while parsing: column_length")],
    [
      'CREATE TABLE T (A STRUCT<x INT64, BOOL>) PRIMARY KEY ()',
      at(1, 39, "Encountered '>' while parsing: column_type"),
    ],
    [
      'CREATE TABLE P (A INT64) PRIMARY KEY (A), INTERLEAVE IN PARENT Q ON DELETE RESTRICT',
      at(1, 76, "Encountered 'RESTRICT' while parsing: on_delete_clause"),
    ],
    [
      'CREATE TABLE T (A INT64, FOREIGN KEY (A) REFERENCES U (B) ON DELETE SET NULL) PRIMARY KEY (A)',
      at(1, 69, "Encountered 'SET' while parsing: referential_action"),
    ],
    [
      'CREATE TABLE T (A INT64 OPTIONS (allow_commit_timestamp = yes)) PRIMARY KEY (A)',
      at(1, 59, "Encountered 'yes' while parsing: option_key_val"),
    ],
    ['ALTER DATABASE db SET OPTIONS ()', at(1, 32, "Encountered ')' while parsing: identifier")],
    ['ALTER TABLE T FROB', at(1, 15, "Encountered 'FROB' while parsing: alter_table_statement")],
    ['ALTER TABLE T SET FROB', at(1, 15, "Encountered 'SET' while parsing: alter_table_statement")],
    ['ALTER TABLE T ALTER COLUMN A SET HIDDEN', at(1, 34, "Encountered 'HIDDEN' while parsing: column_def_alter")],
    [
      'ALTER SEQUENCE s OPTIONS (skip_range_min = 1)',
      at(1, 18, "Encountered 'OPTIONS' while parsing: alter_sequence_statement"),
    ],
    ['CREATE CHANGE STREAM cs FOR', at(1, 27, "Encountered 'EOF' while parsing: change_stream_for_clause")],
    ['CREATE CHANGE STREAM cs FOR Users, ALL', at(1, 36, "Encountered 'ALL' while parsing: identifier")],
    ['GRANT DELETE_ALL ON TABLE T TO ROLE r', at(1, 7, "Encountered 'DELETE_ALL' while parsing: grant_statement")],
    ['REVOKE SELECT, DROP ON TABLE T FROM ROLE r', at(1, 16, "Encountered 'DROP' while parsing: privilege")],
    ['CREATE VIEW v SQL SECURITY INVOKER AS', at(1, 37, "Encountered 'EOF' while parsing: statement_tokens")],
    ['CREATE TABLE T (A INT64 DEFAULT ()) PRIMARY KEY (A)', at(1, 34, "Encountered ')' while parsing: expression")],
    // Input no token starts with is reported where a production meets it.
    [
      'CREATE MODEL m INPUT (f? INT64) OUTPUT (l BOOL)',
      at(1, 24, "Encountered an unknown character ('?'). while parsing: column_type"),
    ],
    [
      "CREATE TABLE T (A INT64) PRIMARY KEY (A) 'open",
      at(1, 42, "Expecting 'EOF' but found an unknown character (''')."),
    ],
    ["ALTER TABLE T ADD CHECK (A > '\\q')", at(1, 30, "Expecting ')' but found Illegal escape sequence: \\q")],
    ['ALTER TABLE T ADD CHECK (A > (1)', at(1, 32, "Expecting ')' but found 'EOF'")],
    [
      'CREATE FUNCTION f() RETURNS INT64 AS (1; SELECT 2)',
      at(1, 40, "Expecting ')' but found an unknown character (';')."),
    ],
    [
      'CREATE VIEW v SQL SECURITY INVOKER AS SELECT 1; DROP TABLE T',
      at(1, 47, "Expecting 'EOF' but found an unknown character (';')."),
    ],
    // Lines and columns count from the start of the text, blank lines included.
    [
      '\nCREATE TABLE T (\n  A INT64\n) PRIMARY KEY (A), INTERLEAVE IN PARENT',
      at(4, 39, "Encountered 'EOF' while parsing: identifier"),
    ],
    ['CREATE TABLE T (\n  A INT64 NOT NULL,\n  B STRING\n) PRIMARY KEY (A)', at(4, 1, "Expecting '(' but found ')'")],
    ['GRANT INSERT ON SEQUENCE s TO ROLE r', at(1, 17, 'Privilege INSERT is not allowed on SEQUENCE')],
  ])('%j', (sql, message) => {
    expect(errorOf(sql)).toEqual({ code: Code.INVALID_ARGUMENT, message });
  });

  it('accepts one final semicolon', () => {
    expect(parseDdl('DROP TABLE T;').kind).toBe('dropTable');
  });
});

describe('SQL embedded in DDL is kept as text when it does not parse, for analysis to report', () => {
  it.each<[string, string]>([
    ['CREATE TABLE T (A INT64, CONSTRAINT c CHECK (A B C)) PRIMARY KEY (A)', 'A B C'],
    ['CREATE TABLE T (A INT64 DEFAULT (1 +)) PRIMARY KEY (A)', '1 +'],
    ['ALTER TABLE T ADD COLUMN B INT64 AS (f(A) (x)) STORED', 'f(A) (x)'],
    ['ALTER TABLE T ALTER COLUMN A SET ON UPDATE (PENDING_COMMIT_TIMESTAMP() ())', 'PENDING_COMMIT_TIMESTAMP() ()'],
  ])('%j', (sql, text) => {
    expect(embeddedExpressions(parseDdl(sql))).toEqual([{ text, ast: null }]);
  });

  it('keeps a view body that does not parse as the rest of the statement', () => {
    const stmt = parseDdl('CREATE VIEW v SQL SECURITY INVOKER AS SELECT 1 AS a FORM (SELECT 1);');
    expect(stmt.kind === 'createView' && { text: stmt.query.text, ast: stmt.query.ast }).toEqual({
      text: 'SELECT 1 AS a FORM (SELECT 1)',
      ast: null,
    });
  });

  it('keeps a function body that does not parse', () => {
    const stmt = parseDdl('CREATE FUNCTION f(x INT64) RETURNS INT64 SQL SECURITY INVOKER AS (x +* 1)');
    expect(stmt.kind === 'createFunction' && stmt.body).toMatchObject({ text: 'x +* 1', ast: null });
  });

  it('parses the fragments that do parse', () => {
    const stmt = parseDdl('CREATE TABLE T (A INT64, CHECK (A > 0)) PRIMARY KEY (A)');
    const check = stmt.kind === 'createTable' ? stmt.constraints[0] : undefined;
    expect(check?.kind === 'check' && check.expression.ast?.kind).toBe('binary');
  });
});

describe("errors Spanner raises while parsing, with Spanner's messages", () => {
  it.each<[string, string]>([
    ['CREATE TABLE T (A INT64 PRIMARY KEY) PRIMARY KEY (A)', 'Can only specify PRIMARY KEY once.'],
    ['CREATE TABLE T (A INT64 PRIMARY KEY, PRIMARY KEY (A))', 'Can only specify PRIMARY KEY once.'],
    ['CREATE TABLE T (A INT64, PRIMARY KEY (A)) PRIMARY KEY (A)', 'Can only specify PRIMARY KEY once.'],
    ['CREATE TABLE T (A INT64 PRIMARY KEY, B INT64 PRIMARY KEY)', 'Multiple columns declared as PRIMARY KEY'],
    ['CREATE TABLE T (PRIMARY KEY (A), A INT64 PRIMARY KEY)', 'Multiple columns declared as PRIMARY KEY'],
    ['ALTER TABLE T ADD COLUMN A INT64 PRIMARY KEY', 'Unexpected PRIMARY KEY clause'],
    ['CREATE MODEL m INPUT (a INT64 PRIMARY KEY) OUTPUT (b INT64)', 'Unexpected PRIMARY KEY clause'],
    ["CREATE CHANGE STREAM cs OPTIONS (invalid_option = '7d')", 'Option: invalid_option is unknown.'],
    [
      "CREATE CHANGE STREAM cs OPTIONS (retention_period = '7d', retention_period = '7d')",
      'Duplicate option: retention_period',
    ],
    ['CREATE CHANGE STREAM cs OPTIONS (value_capture_type = -1)', 'Unexpected value for option: value_capture_type'],
    ['ALTER MODEL m SET OPTIONS (unknown = true)', 'Option: unknown is unknown.'],
    [
      'CREATE TABLE T (A INT64) PRIMARY KEY (A), ROW DELETION POLICY (NEWER_THAN(A, INTERVAL 1 DAY))',
      'Only OLDER_THAN is supported.',
    ],
    [
      'CREATE TABLE T (A STRUCT<a STRUCT<b STRUCT<c STRUCT<d STRUCT<e STRUCT<f INT64>>>>>>) PRIMARY KEY ()',
      'DDL parser exceeded complex type nesting limit of 5',
    ],
  ])('%j', (sql, message) => {
    expect(errorOf(sql)).toEqual({ code: Code.INVALID_ARGUMENT, message });
  });
});

describe('robustness', () => {
  it('keeps deeply nested expressions as text without overflowing the stack', () => {
    const nested = `${'('.repeat(5000)}1${')'.repeat(5000)}`;
    const stmt = parseDdl(`CREATE TABLE T (A INT64 DEFAULT (${nested})) PRIMARY KEY (A)`);
    expect(stmt.kind === 'createTable' && stmt.columns[0].defaultValue).toMatchObject({ text: nested, ast: null });
  });

  it('never throws anything but a SpannerError on truncated statements', () => {
    const sql = `CREATE TABLE IF NOT EXISTS s.T (A INT64 NOT NULL DEFAULT (1), B STRING(MAX) AS (CONCAT(x, 'y')) STORED,
      CONSTRAINT fk FOREIGN KEY (A) REFERENCES U (B) ON DELETE CASCADE, CHECK (A > 0)) PRIMARY KEY (A DESC),
      INTERLEAVE IN PARENT P ON DELETE NO ACTION, ROW DELETION POLICY (OLDER_THAN(B, INTERVAL 1 DAY))`;
    for (let i = 0; i < sql.length; i++) {
      try {
        parseDdl(sql.slice(0, i));
      } catch (e) {
        expect(isSpannerError(e)).toBe(true);
      }
    }
  });
});
