/**
 * A schema change parses each statement once: the parsed form goes from validation through apply
 * against the rows to the storage effects (row tables, backfills) and the operation's actions.
 */
import * as ddlParser from '../../../src/sql/parser/ddl-parser';
import { TestDatabase } from '../../support/test-database';

const SINGERS = 'CREATE TABLE Singers (Id INT64 NOT NULL, Name STRING(MAX)) PRIMARY KEY (Id)';

let t: TestDatabase;
beforeEach(() => (t = new TestDatabase()));
afterEach(() => {
  jest.restoreAllMocks();
  t.cleanup();
});

test.each([
  ['without rows', false],
  ['over existing rows', true],
])('UpdateDatabaseDdl %s parses each statement once', (_name, withRows) => {
  const db = t.create([SINGERS]);
  if (withRows) db.writeMutations([{ kind: 'insert', table: 'Singers', columns: ['Id', 'Name'], rows: [[1n, 'a']] }]);
  const parse = jest.spyOn(ddlParser, 'parseDdl');
  const statements = [
    "ALTER TABLE Singers ADD COLUMN Nick STRING(MAX) DEFAULT ('n')",
    'ALTER TABLE Singers ALTER COLUMN Name BYTES(MAX)',
    'CREATE INDEX ByNick ON Singers(Nick)',
    'CREATE TABLE Albums (Id INT64 NOT NULL) PRIMARY KEY (Id)',
  ];
  const outcome = db.updateSchema(statements);
  expect(outcome).toMatchObject({ kind: 'applied', applied: 4, error: null });
  expect(parse).toHaveBeenCalledTimes(statements.length);
});
