/**
 * Foreign keys on writes: verified after the last mutation of the commit (both sides, through
 * backing indexes or primary keys, NULLs referencing nothing, NOT ENFORCED ones unchecked), ON
 * DELETE CASCADE removing referencing rows (chained through further foreign keys and interleaved
 * children), and the restriction on writing and deleting a cascade-referenced row in one commit.
 */
import { Code } from '../../../src/errors/codes';
import { commit, Databases, deleteKeys, deleteRange, failure, insert, replace, update, values } from './mutation-kit';

const dbs = new Databases();
afterEach(() => dbs.cleanup());

const VERIFIED = [
  'CREATE TABLE T (A INT64, B INT64) PRIMARY KEY (A, B)',
  `CREATE TABLE U (X INT64, Y INT64,
     FOREIGN KEY (Y, X) REFERENCES T (A, B),
     CONSTRAINT loose FOREIGN KEY (X, Y) REFERENCES T (A, B) NOT ENFORCED,
   ) PRIMARY KEY (X)`,
  'CREATE TABLE Parent (A INT64 NOT NULL) PRIMARY KEY (A)',
  `CREATE TABLE Child (A INT64 NOT NULL, B INT64 NOT NULL) PRIMARY KEY (A, B),
     INTERLEAVE IN PARENT Parent ON DELETE CASCADE`,
  'CREATE TABLE Referencing (X INT64 NOT NULL, CONSTRAINT ByB FOREIGN KEY (X) REFERENCES Child (B)) PRIMARY KEY (X)',
];

describe('verification at the end of the commit', () => {
  test.each([
    {
      name: 'a referencing row written before its referenced row',
      setup: [],
      mutations: [insert('U', ['X', 'Y'], [2n, 1n]), insert('T', ['A', 'B'], [1n, 2n])],
      error: null,
    },
    {
      name: 'a referencing row without a referenced row',
      setup: [],
      mutations: [insert('U', ['X', 'Y'], [1n, 2n]), insert('T', ['A', 'B'], [1n, 2n])],
      error:
        /^Foreign key `FK_U_T_[0-9A-F]+_1` constraint violation on table `U`\. Cannot find referenced key `\{Int64\(2\), Int64\(1\)\}` in table `T`\.$/,
    },
    {
      name: 'an update moving the reference to a missing row',
      setup: [insert('T', ['A', 'B'], [1n, 2n]), insert('U', ['X', 'Y'], [2n, 1n])],
      mutations: [update('U', ['X', 'Y'], [2n, 3n])],
      error: /Cannot find referenced key `\{Int64\(3\), Int64\(2\)\}` in table `T`/,
    },
    {
      name: 'NULLs reference nothing',
      setup: [insert('T', ['A', 'B'], [1n, 2n]), insert('U', ['X', 'Y'], [2n, 1n])],
      mutations: [update('U', ['X', 'Y'], [2n, null]), insert('U', ['X', 'Y'], [3n, null])],
      error: null,
    },
    {
      name: 'deleting a referenced row',
      setup: [insert('T', ['A', 'B'], [1n, 2n]), insert('U', ['X', 'Y'], [2n, 1n])],
      mutations: [deleteKeys('T', [1n, 2n])],
      error:
        /^Foreign key `FK_U_T_[0-9A-F]+_1` constraint violation when deleting or updating referenced key `\{Int64\(1\), Int64\(2\)\}` in table `T`\. A row with that key exists in the referencing table `U`\.$/,
    },
    {
      name: 'deleting a referenced row along with its referencing row',
      setup: [insert('T', ['A', 'B'], [1n, 2n]), insert('U', ['X', 'Y'], [2n, 1n])],
      mutations: [deleteKeys('T', [1n, 2n]), deleteKeys('U', [2n])],
      error: null,
    },
    {
      name: 'a referenced row deleted by an interleaving cascade',
      setup: [insert('Parent', ['A'], [1n]), insert('Child', ['A', 'B'], [1n, 2n]), insert('Referencing', ['X'], [2n])],
      mutations: [deleteKeys('Parent', [1n])],
      error: /^Foreign key `ByB` constraint violation when deleting or updating referenced key `\{Int64\(2\)\}`/,
    },
    {
      name: 'a referenced value moved to another row in the same commit',
      setup: [
        insert('Parent', ['A'], [1n], [2n]),
        insert('Child', ['A', 'B'], [1n, 2n]),
        insert('Referencing', ['X'], [2n]),
      ],
      mutations: [deleteKeys('Child', [1n, 2n]), insert('Child', ['A', 'B'], [2n, 2n])],
      error: null,
    },
  ])('$name', async ({ setup, mutations, error }) => {
    const db = dbs.create(VERIFIED);
    if (setup.length > 0) await commit(db, setup);
    const outcome = await failure(db, mutations);
    if (error === null) expect(outcome).toBeNull();
    else {
      expect(outcome?.code).toBe(Code.FAILED_PRECONDITION);
      expect(outcome?.message).toMatch(error);
    }
  });
});

const CASCADING = [
  'CREATE TABLE Pk (Id INT64 NOT NULL) PRIMARY KEY (Id)',
  `CREATE TABLE RefPk (Id INT64 NOT NULL, FOREIGN KEY (Id) REFERENCES Pk (Id) ON DELETE CASCADE) PRIMARY KEY (Id)`,
  `CREATE TABLE RefVal (Id INT64 NOT NULL, Val INT64, FOREIGN KEY (Val) REFERENCES Pk (Id) ON DELETE CASCADE)
     PRIMARY KEY (Id)`,
  'CREATE TABLE G1 (Pk STRING(MAX) NOT NULL) PRIMARY KEY (Pk)',
  `CREATE TABLE G2 (Pk INT64 NOT NULL, Val STRING(MAX), FOREIGN KEY (Val) REFERENCES G1 (Pk) ON DELETE CASCADE)
     PRIMARY KEY (Pk)`,
  `CREATE TABLE G3 (Pk STRING(MAX) NOT NULL, Val INT64, FOREIGN KEY (Val) REFERENCES G2 (Pk) ON DELETE CASCADE)
     PRIMARY KEY (Pk)`,
  `CREATE TABLE G3Child (Pk STRING(MAX) NOT NULL, Sub INT64 NOT NULL) PRIMARY KEY (Pk, Sub),
     INTERLEAVE IN PARENT G3 ON DELETE CASCADE`,
];

describe('ON DELETE CASCADE', () => {
  test('deletes the rows referencing a deleted row, by key or by value', async () => {
    const db = dbs.create(CASCADING);
    await commit(db, [insert('Pk', ['Id'], [1n], [2n])]);
    await commit(db, [insert('RefPk', ['Id'], [1n], [2n]), insert('RefVal', ['Id', 'Val'], [10n, 1n], [20n, 2n])]);
    await commit(db, [deleteKeys('Pk', [1n])]);
    expect(values(db, 'RefPk', ['Id'])).toEqual([[2n]]);
    expect(values(db, 'RefVal', ['Id', 'Val'])).toEqual([[20n, 2n]]);
  });

  test('chains through foreign keys and interleaved children', async () => {
    const db = dbs.create(CASCADING);
    await commit(db, [
      insert('G1', ['Pk'], ['ABC'], ['XYZ']),
      insert('G2', ['Pk', 'Val'], [1n, 'ABC'], [2n, 'XYZ']),
      insert('G3', ['Pk', 'Val'], ['ABC', 1n], ['XYZ', 2n]),
      insert('G3Child', ['Pk', 'Sub'], ['ABC', 10n], ['XYZ', 20n]),
    ]);
    await commit(db, [deleteKeys('G1', ['ABC'])]);
    expect(values(db, 'G3Child', ['Pk', 'Sub'])).toEqual([['XYZ', 20n]]);
  });

  test.each([
    {
      name: 'a delete, then a write of a row in its range (even where no row was)',
      mutations: [deleteRange('Pk', [2n], [3n]), insert('Pk', ['Id'], [2n])],
    },
    { name: 'a write, then a delete of it', mutations: [insert('Pk', ['Id'], [2n]), deleteKeys('Pk', [2n])] },
    { name: 'a replace (a delete, then an insert)', mutations: [replace('Pk', ['Id'], [1n])] },
  ])('refuses writing and deleting a referenced row in one commit: $name', async ({ mutations }) => {
    const db = dbs.create(CASCADING);
    await commit(db, [insert('Pk', ['Id'], [1n])]);
    expect(await failure(db, mutations)).toMatchObject({
      code: Code.FAILED_PRECONDITION,
      message: expect.stringMatching(
        /^Cannot write and delete the row with key .* in the foreign key referenced table Pk within the same transaction\.$/,
      ),
    });
    expect(values(db, 'Pk', ['Id'])).toEqual([[1n]]);
  });

  test('writes and deletes of different referenced rows mix', async () => {
    const db = dbs.create(CASCADING);
    await commit(db, [insert('Pk', ['Id'], [1n])]);
    await commit(db, [insert('Pk', ['Id'], [2n]), deleteKeys('Pk', [1n]), insert('RefPk', ['Id'], [2n])]);
    expect(values(db, 'Pk', ['Id'])).toEqual([[2n]]);
    expect(values(db, 'RefPk', ['Id'])).toEqual([[2n]]);
  });
});
