/**
 * The schema engine's API: batches stop at the first failure and keep what came before, syntax
 * errors carry Spanner's wrapping, catalogs are immutable values, replaying a log rebuilds the same
 * catalog, and GetDatabaseDdl lists objects in Spanner's order.
 */

import { emptyCatalog } from '../../../src/engine/schema/catalog/catalog';
import { applySchemaChange, catalogDdl, databaseOptionsOf } from '../../../src/engine/schema/schema-change';
import { noRowsDataAccess } from '../../../src/engine/schema/schema-data-access';
import { Code } from '../../../src/errors/codes';
import { ALBUMS, USERS, applyDdl, compact } from './schema-test-helpers';

describe('applySchemaChange', () => {
  it('applies every statement of a good batch', () => {
    const outcome = applyDdl([USERS, ALBUMS, 'CREATE INDEX ByName ON Users(Name)']);
    expect(outcome.error).toBeNull();
    expect(outcome.applied).toBe(3);
    expect(outcome.ddl).toHaveLength(3);
  });

  it('stops at the first failure, keeping the statements before it', () => {
    const outcome = applyDdl([USERS, 'CREATE TABLE Users (X INT64) PRIMARY KEY (X)', ALBUMS]);
    expect(outcome.applied).toBe(1);
    expect(outcome.error).toBe('FAILED_PRECONDITION: Duplicate name in schema: Users.');
    expect(compact(outcome.ddl)).toBe(
      'CREATE TABLE Users ( UserId INT64 NOT NULL, Name STRING(MAX), ) PRIMARY KEY(UserId)',
    );
  });

  it('wraps syntax errors the way Spanner reports DDL parse errors', () => {
    const outcome = applyDdl([USERS, 'CREATE TABLE Bad (']);
    expect(outcome.applied).toBe(1);
    expect(outcome.error).toBe(
      "INVALID_ARGUMENT: Error parsing Spanner DDL statement: CREATE TABLE Bad ( : Syntax error on line 1, column 18: Expecting ')' but found 'EOF'",
    );
  });

  it('names the statement as sent, counting lines from its start', () => {
    const statement = '\nCREATE TABLE Bad (\n  A INT64 NOT NULL,\n  B STRING\n) PRIMARY KEY (A)';
    expect(applyDdl([statement]).error).toBe(
      `INVALID_ARGUMENT: Error parsing Spanner DDL statement:${statement} : Syntax error on line 5, column 1: Expecting '(' but found ')'`,
    );
  });

  it('reports a syntax error in embedded SQL where the statement is analysed, not as a parse error', () => {
    expect(applyDdl(['CREATE TABLE T (A INT64, CONSTRAINT pos CHECK (A >> > 0)) PRIMARY KEY (A)']).error).toBe(
      "INVALID_ARGUMENT: Error parsing expression 'A >> > 0' from check constraint 'pos' in table 'T': " +
        'Syntax error: Unexpected ">" [at 1:6]\nA >> > 0\n     ^',
    );
    expect(applyDdl(['CREATE TABLE T (A INT64, B INT64 AS (A A) STORED) PRIMARY KEY (A)']).error).toBe(
      'INVALID_ARGUMENT: Error parsing the definition of generated column `T`.`B`: ' +
        'Syntax error: Expected ")" but got identifier "A" [at 1:4]\n(A A)\n   ^',
    );
  });

  it('reports a view body that does not parse as an error of its definition', () => {
    const error = applyDdl(['CREATE VIEW V SQL SECURITY INVOKER AS SELECT 1 AS a FROM']).error;
    expect(error).toBe(
      'INVALID_ARGUMENT: Error analyzing the definition of view `V`: Syntax error: Unexpected end of statement [at 1:59]\n' +
        'CREATE VIEW `V` SQL SECURITY INVOKER AS SELECT 1 AS a FROM\n' +
        `${' '.repeat(58)}^`,
    );
  });

  it("wraps the parser's own rule errors too", () => {
    expect(applyDdl(['CREATE TABLE T (A INT64 PRIMARY KEY) PRIMARY KEY (A)']).error).toBe(
      'INVALID_ARGUMENT: Error parsing Spanner DDL statement: CREATE TABLE T (A INT64 PRIMARY KEY) PRIMARY KEY (A) : Can only specify PRIMARY KEY once.',
    );
  });

  it('refuses an empty statement', () => {
    expect(applyDdl(['  ']).error).toBe('INVALID_ARGUMENT: DDL statement is empty.');
  });

  it('reports a statement kind it does not support as UNIMPLEMENTED', () => {
    const result = applySchemaChange(emptyCatalog('db'), ['CREATE DATABASE other'], noRowsDataAccess);
    expect(result.error?.code).toBe(Code.UNIMPLEMENTED);
  });

  it('leaves the input catalog untouched', () => {
    const before = applyDdl([USERS]).catalog;
    const printed = catalogDdl(before);
    applySchemaChange(before, [ALBUMS, 'DROP TABLE Albums', 'ALTER TABLE Users ADD COLUMN X INT64'], noRowsDataAccess);
    applySchemaChange(before, ['DROP TABLE Users'], noRowsDataAccess);
    expect(catalogDdl(before)).toEqual(printed);
  });

  it('rebuilds the same catalog when the log is replayed, in one batch or several', () => {
    const log = [
      USERS,
      ALBUMS,
      'CREATE INDEX ByTitle ON Albums(Title)',
      'ALTER TABLE Users ADD COLUMN Age INT64',
      'ALTER TABLE Users RENAME TO People',
    ];
    const once = applySchemaChange(emptyCatalog('db'), log, noRowsDataAccess).catalog;
    let stepwise = emptyCatalog('db');
    for (const statement of log) stepwise = applySchemaChange(stepwise, [statement], noRowsDataAccess).catalog;
    expect(stepwise).toEqual(once);
    expect(catalogDdl(stepwise)).toEqual(catalogDdl(once));
  });
});

describe('catalogDdl', () => {
  it('is empty for an empty database', () => {
    expect(catalogDdl(emptyCatalog('db'))).toEqual([]);
  });

  it('prints database options first, then tables in creation order with their indexes', () => {
    const ddl = applyDdl([
      'CREATE TABLE B (K INT64) PRIMARY KEY (K)',
      'CREATE TABLE A (K INT64, V INT64) PRIMARY KEY (K)',
      'CREATE INDEX AByV ON A(V)',
      "ALTER DATABASE db SET OPTIONS (version_retention_period = '2d')",
    ]).ddl;
    expect(ddl.map((s) => s.split('\n')[0])).toEqual([
      "ALTER DATABASE db SET OPTIONS (version_retention_period = '2d')",
      'CREATE TABLE B (',
      'CREATE TABLE A (',
      'CREATE INDEX AByV ON A(V)',
    ]);
  });
});

describe('databaseOptionsOf', () => {
  it("reports Spanner's defaults for a new database", () => {
    expect(databaseOptionsOf(emptyCatalog('db'))).toMatchObject({
      versionRetentionPeriod: '1h',
      defaultLeader: null,
      optimizerVersion: null,
    });
  });

  it('reports the options set', () => {
    const catalog = applyDdl([
      "ALTER DATABASE db SET OPTIONS (version_retention_period = '3d', default_leader = 'us-east1', optimizer_version = 4)",
    ]).catalog;
    expect(databaseOptionsOf(catalog)).toMatchObject({
      versionRetentionPeriod: '3d',
      defaultLeader: 'us-east1',
      optimizerVersion: '4',
    });
  });
});
