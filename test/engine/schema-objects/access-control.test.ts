/** Roles and grants: recorded as applied, printed by GetDatabaseDdl after the other objects. */

import { ddlAfter } from './objects-test-helpers';

const TABLE = 'CREATE TABLE Accounts (Id INT64, Balance NUMERIC) PRIMARY KEY (Id)';

describe('GetDatabaseDdl with roles and grants', () => {
  it('prints roles, then grants in the order granted, in the form written', () => {
    const ddl = ddlAfter([
      TABLE,
      'CREATE ROLE auditor',
      'CREATE ROLE teller',
      'GRANT SELECT(Id, Balance), UPDATE ON TABLE Accounts TO ROLE teller',
      'GRANT ROLE auditor TO ROLE teller',
    ]);
    expect(ddl.slice(1)).toEqual([
      'CREATE ROLE auditor',
      'CREATE ROLE teller',
      'GRANT SELECT(Id, Balance), UPDATE ON TABLE Accounts TO ROLE teller',
      'GRANT ROLE auditor TO ROLE teller',
    ]);
  });

  it('leaves out what REVOKE and DROP ROLE took away', () => {
    const ddl = ddlAfter([
      TABLE,
      'CREATE ROLE a',
      'CREATE ROLE b',
      'GRANT SELECT ON TABLE Accounts TO ROLE a, b',
      'REVOKE SELECT ON TABLE Accounts FROM ROLE a',
      'CREATE ROLE c',
      'DROP ROLE c',
    ]);
    expect(ddl.slice(1)).toEqual(['CREATE ROLE a', 'CREATE ROLE b', 'GRANT SELECT ON TABLE Accounts TO ROLE b']);
  });
});
