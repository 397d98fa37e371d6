/** FOREIGN KEYs: generated names, backing indexes and the rules that protect them. */

import { apply, errorOf } from './apply';

const T = 'CREATE TABLE T (A INT64 NOT NULL, B STRING(MAX), C INT64) PRIMARY KEY(A)';

describe('refused', () => {
  test.each([
    [
      [T, 'CREATE TABLE U (X INT64 NOT NULL, FOREIGN KEY (X) REFERENCES Nope(A)) PRIMARY KEY(X)'],
      'Table not found: Nope',
    ],
    [
      [T, 'CREATE TABLE U (X INT64 NOT NULL, FOREIGN KEY (Z) REFERENCES T(A)) PRIMARY KEY(X)'],
      'Column `Z` not found for table `U` in foreign key `FK_U_T_FFADEDEE3430D435_1`.',
    ],
    [
      [T, 'CREATE TABLE U (X INT64 NOT NULL, Y BYTES(MAX), FOREIGN KEY (Y) REFERENCES T(A)) PRIMARY KEY(X)'],
      'The column types are different for column `Y` of table `U` and column `A` of table `T` in foreign key `FK_U_T_FFADEDEE3430D435_1`.',
    ],
    [
      [
        T,
        'CREATE TABLE U (X INT64 NOT NULL, CONSTRAINT CK_IS_NOT_NULL_x FOREIGN KEY (X) REFERENCES T(A)) PRIMARY KEY(X)',
      ],
      'Invalid Foreign Key name: CK_IS_NOT_NULL_x. Prefix CK_IS_NOT_NULL_ cannot be used.',
    ],
    [
      [
        'CREATE TABLE T (A INT64 NOT NULL, J JSON) PRIMARY KEY(A)',
        'CREATE TABLE U (X INT64 NOT NULL, Y JSON, FOREIGN KEY (Y) REFERENCES T(J)) PRIMARY KEY(X)',
      ],
      'Column `Y` for foreign key `FK_U_T_FFADEDEE3430D435_1` on table `U` has an unsupported type.',
    ],
    [
      [T, 'CREATE TABLE U (X INT64 NOT NULL, FOREIGN KEY (X) REFERENCES T(A)) PRIMARY KEY(X)', 'DROP TABLE T'],
      'Cannot drop table `T`. It is referenced by one or more foreign keys: `FK_U_T_FFADEDEE3430D435_1`. You must drop the foreign keys before dropping the table.',
    ],
    [
      [
        T,
        'CREATE TABLE U (X INT64 NOT NULL, Y STRING(MAX), FOREIGN KEY (Y) REFERENCES T(B))  PRIMARY KEY(X)',
        'ALTER TABLE U ALTER COLUMN Y BYTES(MAX)',
      ],
      'Cannot change the type for column `Y` of table `U`. It is used by one or more foreign keys: `FK_U_T_FFADEDEE3430D435_1`.',
    ],
    [
      [
        T,
        'CREATE TABLE U (X INT64 NOT NULL, Y STRING(MAX), FOREIGN KEY (Y) REFERENCES T(B))  PRIMARY KEY(X)',
        'ALTER TABLE U ALTER COLUMN Y STRING(MAX) NOT NULL',
      ],
      'Cannot change the nullability for column `Y` of table `U`. It is used by one or more foreign keys: `FK_U_T_FFADEDEE3430D435_1`.',
    ],
  ])('%j', (statements, message) => {
    if (typeof message === 'string') expect(errorOf(statements)).toBe(message);
    else expect(errorOf(statements)).toMatch(message);
  });
});

test('a referenced non-key column gets a hidden unique index, which cannot be dropped', () => {
  const statements = [
    T,
    'CREATE TABLE U (X INT64 NOT NULL, Y STRING(MAX), FOREIGN KEY (Y) REFERENCES T(B)) PRIMARY KEY(X)',
  ];
  const outcome = apply(statements);
  expect(outcome.error).toBeNull();
  expect(outcome.ddl).not.toContain('INDEX');
  const hidden = [...outcome.catalog.indexes.values()]
    .filter((i) => i.managed)
    .map((i) => `${i.name}:${i.unique}:${i.nullFiltered}`);
  expect(hidden).toEqual([
    'IDX_T_B_U_8EB179EFA3EE9706:true:true',
    expect.stringMatching(/^IDX_U_Y_N_[0-9A-F]{16}:false:true$/),
  ]);
  expect(errorOf([...statements, 'DROP INDEX IDX_T_B_U_8EB179EFA3EE9706'])).toBe(
    'Cannot drop index `IDX_T_B_U_8EB179EFA3EE9706`. It is in use by foreign keys: `FK_U_T_FFADEDEE3430D435_1`.',
  );
});

test('hidden indexes go with the last foreign key using them', () => {
  const outcome = apply([
    T,
    'CREATE TABLE U (X INT64 NOT NULL, Y STRING(MAX), CONSTRAINT f1 FOREIGN KEY (Y) REFERENCES T(B), CONSTRAINT f2 FOREIGN KEY (Y) REFERENCES T(B)) PRIMARY KEY(X)',
    'ALTER TABLE U DROP CONSTRAINT f1',
  ]);
  expect([...outcome.catalog.indexes.values()].filter((i) => i.managed)).toHaveLength(2);
  const after = apply([
    T,
    'CREATE TABLE U (X INT64 NOT NULL, Y STRING(MAX), CONSTRAINT f1 FOREIGN KEY (Y) REFERENCES T(B)) PRIMARY KEY(X)',
    'DROP TABLE U',
  ]);
  expect(after.error).toBeNull();
  expect(after.catalog.indexes.size).toBe(0);
});

test('a foreign key over the referenced primary key needs no index on that side', () => {
  const outcome = apply([T, 'CREATE TABLE U (X INT64 NOT NULL, FOREIGN KEY (X) REFERENCES T(A)) PRIMARY KEY(X)']);
  expect(outcome.catalog.indexes.size).toBe(0);
});

test('unnamed foreign keys are numbered; the printed DDL leaves their names out', () => {
  const outcome = apply([
    T,
    'CREATE TABLE U (X INT64 NOT NULL, FOREIGN KEY (X) REFERENCES T(A), FOREIGN KEY (X) REFERENCES T(A) ON DELETE CASCADE) PRIMARY KEY(X)',
  ]);
  expect(outcome.catalog.tables.get('u')?.foreignKeys.map((f) => f.name)).toEqual([
    'FK_U_T_FFADEDEE3430D435_1',
    'FK_U_T_FFADEDEE3430D435_2',
  ]);
  expect(outcome.ddl).toContain(
    '  FOREIGN KEY(X) REFERENCES T(A),\n  FOREIGN KEY(X) REFERENCES T(A) ON DELETE CASCADE,',
  );
});

test('renaming a referenced table renames the reference', () => {
  const outcome = apply([
    T,
    'CREATE TABLE U (X INT64 NOT NULL, FOREIGN KEY (X) REFERENCES T(A)) PRIMARY KEY(X)',
    'ALTER TABLE T RENAME TO T2',
  ]);
  expect(outcome.error).toBeNull();
  expect(outcome.ddl).toContain('REFERENCES T2(A)');
});

test('names its columns by their exact spelling on both sides', () => {
  expect(errorOf([T, 'CREATE TABLE U (X INT64 NOT NULL, FOREIGN KEY (x) REFERENCES T(A)) PRIMARY KEY(X)'])).toBe(
    'Column `x` not found for table `U` in foreign key `FK_U_T_FFADEDEE3430D435_1`.',
  );
  expect(
    errorOf([T, 'CREATE TABLE U (X INT64 NOT NULL, CONSTRAINT F FOREIGN KEY (X) REFERENCES T(a)) PRIMARY KEY(X)']),
  ).toBe('Column `a` not found for table `T` in foreign key `F`.');
});

describe('foreign keys and row deletion policies', () => {
  const P =
    'CREATE TABLE P (K INT64, Exp TIMESTAMP) PRIMARY KEY (K), ROW DELETION POLICY (OLDER_THAN(Exp, INTERVAL 3 DAY))';
  const childOf = (policy: string) =>
    `CREATE TABLE Q (K INT64, Q2 INT64, Exp TIMESTAMP) PRIMARY KEY (K, Q2), INTERLEAVE IN PARENT P ON DELETE CASCADE${policy}`;
  const QP = childOf(', ROW DELETION POLICY (OLDER_THAN(Exp, INTERVAL 1 DAY))');
  const referencing = (tail: string) =>
    `CREATE TABLE R (Id INT64, K INT64, Q2 INT64, CONSTRAINT FK_R FOREIGN KEY (K, Q2) REFERENCES Q (K, Q2)${tail}) PRIMARY KEY (Id)`;

  test.each([
    ['a table with its own policy, under an ancestor with one', [P, QP, referencing('')], 'P'],
    ['a table whose ancestor has a policy', [P, childOf(''), referencing('')], 'P'],
    [
      'a table with a policy, added by ALTER TABLE',
      [
        P,
        QP,
        'CREATE TABLE R (Id INT64, K INT64, Q2 INT64) PRIMARY KEY (Id)',
        'ALTER TABLE R ADD CONSTRAINT FK_R FOREIGN KEY (K, Q2) REFERENCES Q (K, Q2)',
      ],
      'P',
    ],
  ])('an enforced key without ON DELETE CASCADE may not reference %s', (_name, statements, table) => {
    expect(errorOf(statements)).toBe(
      `Cannot add a row deletion policy to table \`${table}\`. It is referenced by one or more foreign keys: \`FK_R\`.`,
    );
  });

  test.each([
    ['ON DELETE CASCADE', ' ON DELETE CASCADE'],
    ['NOT ENFORCED', ' NOT ENFORCED'],
  ])('a key with %s may', (_name, tail) => {
    expect(apply([P, QP, referencing(tail)]).error).toBeNull();
  });
});
