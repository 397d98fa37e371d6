/** CREATE [OR REPLACE] / DROP PROPERTY GRAPH: resolution rules, dependents, GetDatabaseDdl. */

import { ddlAfter, errorOf } from './objects-test-helpers';

const TABLES = [
  'CREATE TABLE Person (id INT64 NOT NULL, name STRING(MAX), city STRING(MAX)) PRIMARY KEY (id)',
  'CREATE TABLE Account (id INT64 NOT NULL, create_time TIMESTAMP, is_blocked BOOL, nick_name STRING(MAX)) PRIMARY KEY (id)',
  'CREATE TABLE PersonOwnAccount (id INT64 NOT NULL, account_id INT64 NOT NULL, create_time TIMESTAMP) PRIMARY KEY (id, account_id)',
  'CREATE TABLE AccountTransferAccount (id INT64 NOT NULL, to_id INT64 NOT NULL, amount FLOAT64) PRIMARY KEY (id, to_id)',
];

const FIN_GRAPH = `CREATE PROPERTY GRAPH FinGraph
  NODE TABLES (Account, Person)
  EDGE TABLES (
    PersonOwnAccount
      SOURCE KEY (id) REFERENCES Person (id)
      DESTINATION KEY (account_id) REFERENCES Account (id)
      LABEL Owns,
    AccountTransferAccount
      SOURCE KEY (id) REFERENCES Account
      DESTINATION KEY (to_id) REFERENCES Account (id)
      LABEL Transfers PROPERTIES (amount, amount * 2 AS doubled)
  )`;

const graphDdl = (statements: string[]) => ddlAfter([...TABLES, ...statements]).slice(TABLES.length);

describe('CREATE PROPERTY GRAPH', () => {
  it('prints the resolved graph in the emulator form, after the tables', () => {
    expect(graphDdl([FIN_GRAPH])).toEqual([
      'CREATE PROPERTY GRAPH FinGraph\n' +
        'NODE TABLES(\n' +
        '  Account KEY(id) LABEL Account PROPERTIES (id, create_time, is_blocked, nick_name)\n,\n' +
        '  Person KEY(id) LABEL Person PROPERTIES (id, name, city)\n,\n' +
        ')\n' +
        'EDGE TABLES(\n' +
        '  PersonOwnAccount KEY(id, account_id) LABEL Owns PROPERTIES (id, account_id, create_time)\n' +
        ' SOURCE KEY(id) REFERENCES Person(id) DESTINATION KEY(account_id) REFERENCES Account(id),\n' +
        '  AccountTransferAccount KEY(id, to_id) LABEL Transfers PROPERTIES (amount, doubled)\n' +
        ' SOURCE KEY(id) REFERENCES Account(id) DESTINATION KEY(to_id) REFERENCES Account(id),\n' +
        ')\n',
    ]);
  });

  it('resolves labels, NO PROPERTIES, ALL COLUMNS EXCEPT and aliases', () => {
    const graph = `CREATE PROPERTY GRAPH G NODE TABLES (
      Account AS Acc KEY (id) LABEL Detailed PROPERTIES (create_time, nick_name AS name) DEFAULT LABEL NO PROPERTIES,
      Person PROPERTIES ARE ALL COLUMNS EXCEPT (city))`;
    expect(graphDdl([graph])).toEqual([
      'CREATE PROPERTY GRAPH G\nNODE TABLES(\n' +
        '  Account KEY(id) LABEL Detailed PROPERTIES (create_time, name)\n LABEL Acc\n,\n' +
        '  Person KEY(id) LABEL Person PROPERTIES (id, name)\n,\n' +
        ')\nEDGE TABLES(\n)\n',
    ]);
  });

  it('IF NOT EXISTS keeps the existing graph; OR REPLACE replaces it in place', () => {
    const nodesOnly = (name: string, table: string) => `CREATE PROPERTY GRAPH ${name} NODE TABLES (${table})`;
    expect(
      graphDdl([nodesOnly('G', 'Person'), 'CREATE PROPERTY GRAPH IF NOT EXISTS G NODE TABLES (Account)'])[0],
    ).toContain('  Person KEY(id)');
    const replaced = graphDdl([
      nodesOnly('G', 'Person'),
      nodesOnly('H', 'Person'),
      'CREATE OR REPLACE PROPERTY GRAPH G NODE TABLES (Account)',
    ]);
    expect(replaced.map((s) => s.split('\n').slice(0, 3).join(' '))).toEqual([
      'CREATE PROPERTY GRAPH G NODE TABLES(   Account KEY(id) LABEL Account PROPERTIES (id, create_time, is_blocked, nick_name)',
      'CREATE PROPERTY GRAPH H NODE TABLES(   Person KEY(id) LABEL Person PROPERTIES (id, name, city)',
    ]);
  });

  it.each([
    ['a missing table', 'NODE TABLES (Nope)', 'INVALID_ARGUMENT: Table not found: Nope'],
    [
      'a missing key column',
      'NODE TABLES (Person KEY (nope))',
      "INVALID_ARGUMENT: Column 'nope' not found in table 'Person'",
    ],
    [
      'a repeated element alias',
      'NODE TABLES (Person, Account AS Person)',
      "INVALID_ARGUMENT: The node table 'Person' is defined more than once; use a unique name",
    ],
    [
      'a node with a reference',
      'NODE TABLES (Account, Person SOURCE KEY (id) REFERENCES Account)',
      'INVALID_ARGUMENT: Node table cannot have source or destination references',
    ],
    [
      'an edge without destination',
      'NODE TABLES (Person) EDGE TABLES (PersonOwnAccount SOURCE KEY (id) REFERENCES Person)',
      'INVALID_ARGUMENT: Edge table must have its destination node reference defined',
    ],
    [
      'an undefined node table',
      'NODE TABLES (Person) EDGE TABLES (PersonOwnAccount SOURCE KEY (id) REFERENCES Account DESTINATION KEY (id) REFERENCES Person)',
      "INVALID_ARGUMENT: The referenced node table 'Account' is not defined in the property graph",
    ],
    [
      'mismatched reference sizes',
      'NODE TABLES (Person) EDGE TABLES (PersonOwnAccount SOURCE KEY (id, account_id) REFERENCES Person DESTINATION KEY (id) REFERENCES Person)',
      'INVALID_ARGUMENT: The number of referencing columns in the edge table does not match that of referenced columns in the node table; the former has a size of 2 but the latter has a size of 1',
    ],
    [
      'mismatched reference types',
      'NODE TABLES (Person) EDGE TABLES (PersonOwnAccount SOURCE KEY (create_time) REFERENCES Person DESTINATION KEY (id) REFERENCES Person)',
      'INVALID_ARGUMENT: Data types of the referencing columns in the edge table do not match those of the referenced columns in the node table',
    ],
    [
      'an expression without alias',
      'NODE TABLES (Account PROPERTIES (id + 1))',
      'INVALID_ARGUMENT: Without `AS` alias, the property expression must be a simple reference to a column name',
    ],
    [
      'a repeated label',
      'NODE TABLES (Person LABEL L LABEL L)',
      "INVALID_ARGUMENT: Duplicate label name 'L' in the same element table 'Person'",
    ],
    [
      'a repeated property in a label',
      'NODE TABLES (Person PROPERTIES (id, name AS id))',
      "INVALID_ARGUMENT: Duplicate property name 'id' in the same label 'Person'",
    ],
    [
      'a missing EXCEPT column',
      'NODE TABLES (Person PROPERTIES ALL COLUMNS EXCEPT (nope))',
      "INVALID_ARGUMENT: Column 'nope' in the EXCEPT list is not found in the input table",
    ],
    [
      'conflicting property types',
      'NODE TABLES (Person PROPERTIES (name AS p), Account PROPERTIES (id AS p))',
      "INVALID_ARGUMENT: The property declaration of 'p' has type conflicts. There is an existing declaration of type INT64. There is a conflicting one of type STRING",
    ],
    [
      'a label with other properties',
      'NODE TABLES (Person LABEL L PROPERTIES (id), Account LABEL L PROPERTIES (create_time))',
      "INVALID_ARGUMENT: The label 'L' is defined with different property declarations. There is one instance of this label defined with properties of '[create_time]'. Another instance is defined with properties of '[id]'. You need to use the same set of property names under the same label",
    ],
    [
      'a non-STRING dynamic label',
      'NODE TABLES (Person DYNAMIC LABEL (id))',
      'INVALID_ARGUMENT: DYNAMIC LABEL clause must hold expression of type STRING, but was of type INT64',
    ],
  ])('refuses %s', (_name, body, message) => {
    expect(errorOf([...TABLES, `CREATE PROPERTY GRAPH G ${body}`])).toBe(message);
  });

  it('refuses a name another object holds', () => {
    expect(errorOf([...TABLES, 'CREATE PROPERTY GRAPH Person NODE TABLES (Person)'])).toBe(
      'FAILED_PRECONDITION: Duplicate name in schema: Person.',
    );
    expect(errorOf([...TABLES, FIN_GRAPH, FIN_GRAPH])).toBe('FAILED_PRECONDITION: Duplicate name in schema: FinGraph.');
  });
});

describe('DROP PROPERTY GRAPH and dependents', () => {
  it('drops the graph; IF EXISTS tolerates a missing one', () => {
    expect(graphDdl([FIN_GRAPH, 'DROP PROPERTY GRAPH FinGraph', 'DROP PROPERTY GRAPH IF EXISTS FinGraph'])).toEqual([]);
    expect(errorOf([...TABLES, 'DROP PROPERTY GRAPH G'])).toBe('NOT_FOUND: Property Graph `G` not found.');
  });

  it.each([
    [
      'dropping an element table',
      'DROP TABLE PersonOwnAccount',
      'FAILED_PRECONDITION: Cannot drop table `PersonOwnAccount` on which there is a dependent property graph: FinGraph.',
    ],
    [
      'dropping a property column',
      'ALTER TABLE AccountTransferAccount DROP COLUMN amount',
      'FAILED_PRECONDITION: Cannot drop column `AccountTransferAccount.amount` on which there is a dependent property graph: FinGraph.',
    ],
    [
      'retyping a property column',
      'ALTER TABLE Person ALTER COLUMN name BYTES(MAX)',
      'FAILED_PRECONDITION: Cannot alter column `Person.name` on which there is a dependent property graph: FinGraph.',
    ],
    [
      'renaming an element table',
      'ALTER TABLE Person RENAME TO People',
      'FAILED_PRECONDITION: Cannot rename table `Person` on which there is a dependent property graph: FinGraph.',
    ],
  ])('refuses %s', (_name, statement, message) => {
    expect(errorOf([...TABLES, FIN_GRAPH, statement])).toBe(message);
  });

  it('allows changes to what the graph does not read', () => {
    const graph = 'CREATE PROPERTY GRAPH G NODE TABLES (Person PROPERTIES (name))';
    const ddl = ddlAfter([...TABLES, graph, 'ALTER TABLE Person DROP COLUMN city', 'DROP TABLE Account']);
    expect(ddl.map((s) => s.split(/ \(|\n/)[0])).toEqual([
      'CREATE TABLE Person',
      'CREATE TABLE PersonOwnAccount',
      'CREATE TABLE AccountTransferAccount',
      'CREATE PROPERTY GRAPH G',
    ]);
  });
});
