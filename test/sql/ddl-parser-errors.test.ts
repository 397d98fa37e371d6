/**
 * DDL parser errors: malformed statements fail with INVALID_ARGUMENT (`Syntax error: ... [at l:c]`
 * or Spanner's own parse-time message), never with a crash or a hang.
 */
import { Code } from '../../src/errors/codes';
import { isSpannerError } from '../../src/errors/spanner-error';
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

describe('DDL syntax errors', () => {
  it.each<[string, RegExp]>([
    ['', /^Syntax error: Unexpected end of statement \[at 1:1\]$/],
    ['CREATE', /^Syntax error: Unexpected end of statement/],
    ['SELECT 1', /^Syntax error: Unexpected keyword SELECT \[at 1:1\]$/],
    ['CREATE TABLE T (A INT64', /^Syntax error: Expected "\)" but got end of statement \[at 1:24\]$/],
    ['CREATE TABLE T (A STRING) PRIMARY KEY (A)', /^Syntax error: Expected "\(" but got "\)"/],
    ['CREATE TABLE T (A INT64 NULL) PRIMARY KEY (A)', /^Syntax error: Expected "\)" but got keyword NULL/],
    ['CREATE TABLE T (A INT64) PRIMARY KEY (A), INTERLEAVE IN parent', /^Syntax error: Unexpected end of statement/],
    ['CREATE TABLE U (X INT64, FOREIGN KEY () REFERENCES T (A)) PRIMARY KEY (X)', /^Syntax error: Unexpected "\)" \[at 1:39\]$/],
    ['CREATE TABLE T (A INT64) PRIMARY KEY (A), ROW DELETION POLICY (NEWER_THAN(A, INTERVAL 1 DAY))', /^Syntax error: Only OLDER_THAN/],
    ['CREATE TABLE T (A INT64 DEFAULT (1) AS (2)) PRIMARY KEY (A)', /^Syntax error: Expected "\)" but got keyword AS/],
    ['CREATE TABLE T (A INT64 DEFAULT (1 +)) PRIMARY KEY (A)', /^Syntax error: /],
    ['ALTER TABLE T ALTER COLUMN A INT64 NOT NULL PRIMARY KEY', /^Syntax error: Expected end of input but got identifier "PRIMARY"/],
    ['ALTER TABLE T FROB', /^Syntax error: Unexpected identifier "FROB"/],
    ['CREATE VIEW v SQL SECURITY FOO AS SELECT 1', /^Syntax error: Expected keyword INVOKER or DEFINER but got identifier "FOO"/],
    ['CREATE VIEW v SQL SECURITY INVOKER AS SELECT 1 AS a FORM (SELECT 1)', /^Syntax error: Expected end of input but got identifier "FORM"/],
    ['CREATE CHANGE STREAM cs FOR', /^Syntax error: Unexpected end of statement/],
    ['CREATE CHANGE STREAM cs FOR Users, ALL', /^Syntax error: Unexpected keyword ALL/],
    ['CREATE CHANGE STREAM cs FOR ALL()', /^Syntax error: Expected end of input but got "\("/],
    ['ALTER CHANGE STREAM cs DROP FOR `ALL`', /^Syntax error: Expected keyword ALL but got identifier `ALL`/],
    ['ALTER CHANGE STREAM cs SET OPTIONS ()', /^Syntax error: Unexpected "\)"/],
    ['GRANT INSERT ON SEQUENCE s TO ROLE r', /^Syntax error: Privilege INSERT is not allowed on SEQUENCE \[at 1:17\]$/],
    ['CREATE OR REPLACE TABLE T (A INT64) PRIMARY KEY (A)', /^Syntax error: Unexpected identifier "TABLE"/],
    ["CREATE TABLE T (A STRING(MAX) 'x') PRIMARY KEY (A)", /^Syntax error: /],
    ["CREATE TABLE T (A INT64) PRIMARY KEY (A) 'unterminated", /^Syntax error: Unclosed string literal/],
    ['DROP PROPERTY GRAPH g', /^Syntax error: Unexpected identifier "PROPERTY"/],
  ])('%j', (sql, message) => {
    const error = errorOf(sql);
    expect(error.code).toBe(Code.INVALID_ARGUMENT);
    expect(error.message).toMatch(message);
  });
});

describe("errors Spanner raises while parsing, with Spanner's messages", () => {
  it.each<[string, string]>([
    ['CREATE TABLE T (A INT64 PRIMARY KEY) PRIMARY KEY (A)', 'Can only specify PRIMARY KEY once.'],
    ['CREATE TABLE T (A INT64 PRIMARY KEY, PRIMARY KEY (A))', 'Can only specify PRIMARY KEY once.'],
    ['CREATE TABLE T (A INT64, PRIMARY KEY (A)) PRIMARY KEY (A)', 'Can only specify PRIMARY KEY once.'],
    ['ALTER TABLE T ADD COLUMN A INT64 PRIMARY KEY', 'Unexpected PRIMARY KEY clause'],
    ['CREATE MODEL m INPUT (a INT64 PRIMARY KEY) OUTPUT (b INT64)', 'Unexpected PRIMARY KEY clause'],
    ["CREATE CHANGE STREAM cs OPTIONS (invalid_option = '7d')", 'Option: invalid_option is unknown.'],
    ["CREATE CHANGE STREAM cs OPTIONS (retention_period = '7d', retention_period = '7d')", 'Duplicate option: retention_period'],
    ['CREATE CHANGE STREAM cs OPTIONS (value_capture_type = -1)', 'Unexpected value for option: value_capture_type'],
    ['ALTER MODEL m SET OPTIONS (unknown = true)', 'Option: unknown is unknown.'],
    [
      'CREATE TABLE T (A STRUCT<a STRUCT<b STRUCT<c STRUCT<d STRUCT<e STRUCT<f INT64>>>>>>) PRIMARY KEY ()',
      'DDL parser exceeded complex type nesting limit of 5',
    ],
  ])('%j', (sql, message) => {
    expect(errorOf(sql)).toEqual({ code: Code.INVALID_ARGUMENT, message });
  });
});

describe('robustness', () => {
  it('refuses deeply nested expressions without overflowing the stack', () => {
    const sql = `CREATE TABLE T (A INT64 DEFAULT (${'('.repeat(5000)}1${')'.repeat(5000)})) PRIMARY KEY (A)`;
    expect(errorOf(sql).code).toBe(Code.INVALID_ARGUMENT);
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
