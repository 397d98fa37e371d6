/**
 * The schema the data-plane fuzz writes to: every column type (arrays too), NOT NULL, DEFAULT, a
 * generated column, commit-timestamp columns, an interleaved child with ON DELETE CASCADE, a
 * UNIQUE and a NULL_FILTERED index with STORING, a foreign key and a CHECK; plus a table keyed by
 * many types. The descriptions beside the DDL let the generator make plausible values and the
 * invariant check know what must hold. It does not generate anything itself.
 */

export interface FuzzColumn {
  readonly name: string;
  /** Spanner type: a scalar name or `ARRAY<scalar>`. */
  readonly type: string;
  readonly notNull?: boolean;
  /** Generated (never written by a mutation). */
  readonly generated?: boolean;
  readonly commitTimestamp?: boolean;
}

export interface FuzzTable {
  readonly name: string;
  readonly columns: readonly FuzzColumn[];
  readonly key: readonly string[];
}

export interface FuzzIndex {
  readonly name: string;
  readonly table: string;
  readonly keys: readonly string[];
  readonly storing: readonly string[];
  readonly nullFiltered: boolean;
  readonly unique: boolean;
}

export const FUZZ_SCHEMA = [
  `CREATE TABLE Parent (
     Id INT64 NOT NULL,
     Name STRING(20) NOT NULL,
     Score FLOAT64,
     Ratio FLOAT32,
     Amount NUMERIC,
     Flag BOOL DEFAULT (false),
     Data BYTES(16),
     Day DATE,
     Stamp TIMESTAMP,
     Doc JSON,
     Tags ARRAY<STRING(8)>,
     Nums ARRAY<INT64>,
     Floats ARRAY<FLOAT64>,
     Updated TIMESTAMP OPTIONS (allow_commit_timestamp = true),
     NameLen INT64 AS (CHAR_LENGTH(Name)) STORED,
     Qty INT64 NOT NULL DEFAULT (0),
     CONSTRAINT QtyNotNegative CHECK (Qty >= 0),
   ) PRIMARY KEY (Id)`,
  'CREATE TABLE Label (Code STRING(10) NOT NULL, Title STRING(MAX)) PRIMARY KEY (Code)',
  `CREATE TABLE Child (
     Id INT64 NOT NULL,
     Seq INT64 NOT NULL,
     Note STRING(MAX),
     Ref STRING(10),
     CreatedAt TIMESTAMP NOT NULL OPTIONS (allow_commit_timestamp = true),
     CONSTRAINT ChildLabel FOREIGN KEY (Ref) REFERENCES Label (Code),
   ) PRIMARY KEY (Id, Seq DESC), INTERLEAVE IN PARENT Parent ON DELETE CASCADE`,
  `CREATE TABLE KeyKinds (
     S STRING(MAX) NOT NULL, B BYTES(MAX), D DATE, T TIMESTAMP, N NUMERIC, F FLOAT64, V BOOL,
     Arr ARRAY<BYTES(MAX)>, Js JSON, R FLOAT32,
   ) PRIMARY KEY (S, B DESC, D, T, N, F, V)`,
  'CREATE UNIQUE INDEX ParentByName ON Parent (Name) STORING (Score, Qty)',
  'CREATE NULL_FILTERED INDEX ChildByNote ON Child (Note, Ref DESC) STORING (CreatedAt)',
  'CREATE INDEX KeyKindsByF ON KeyKinds (F DESC, R) STORING (Js)',
];

export const FUZZ_TABLES: readonly FuzzTable[] = [
  {
    name: 'Parent',
    key: ['Id'],
    columns: [
      { name: 'Id', type: 'INT64', notNull: true },
      { name: 'Name', type: 'STRING', notNull: true },
      { name: 'Score', type: 'FLOAT64' },
      { name: 'Ratio', type: 'FLOAT32' },
      { name: 'Amount', type: 'NUMERIC' },
      { name: 'Flag', type: 'BOOL' },
      { name: 'Data', type: 'BYTES' },
      { name: 'Day', type: 'DATE' },
      { name: 'Stamp', type: 'TIMESTAMP' },
      { name: 'Doc', type: 'JSON' },
      { name: 'Tags', type: 'ARRAY<STRING>' },
      { name: 'Nums', type: 'ARRAY<INT64>' },
      { name: 'Floats', type: 'ARRAY<FLOAT64>' },
      { name: 'Updated', type: 'TIMESTAMP', commitTimestamp: true },
      { name: 'NameLen', type: 'INT64', generated: true },
      { name: 'Qty', type: 'INT64', notNull: true },
    ],
  },
  {
    name: 'Label',
    key: ['Code'],
    columns: [
      { name: 'Code', type: 'STRING', notNull: true },
      { name: 'Title', type: 'STRING' },
    ],
  },
  {
    name: 'Child',
    key: ['Id', 'Seq'],
    columns: [
      { name: 'Id', type: 'INT64', notNull: true },
      { name: 'Seq', type: 'INT64', notNull: true },
      { name: 'Note', type: 'STRING' },
      { name: 'Ref', type: 'STRING' },
      { name: 'CreatedAt', type: 'TIMESTAMP', notNull: true, commitTimestamp: true },
    ],
  },
  {
    name: 'KeyKinds',
    key: ['S', 'B', 'D', 'T', 'N', 'F', 'V'],
    columns: [
      { name: 'S', type: 'STRING', notNull: true },
      { name: 'B', type: 'BYTES' },
      { name: 'D', type: 'DATE' },
      { name: 'T', type: 'TIMESTAMP' },
      { name: 'N', type: 'NUMERIC' },
      { name: 'F', type: 'FLOAT64' },
      { name: 'V', type: 'BOOL' },
      { name: 'Arr', type: 'ARRAY<BYTES>' },
      { name: 'Js', type: 'JSON' },
      { name: 'R', type: 'FLOAT32' },
    ],
  },
];

export const FUZZ_INDEXES: readonly FuzzIndex[] = [
  {
    name: 'ParentByName',
    table: 'Parent',
    keys: ['Name'],
    storing: ['Score', 'Qty'],
    nullFiltered: false,
    unique: true,
  },
  {
    name: 'ChildByNote',
    table: 'Child',
    keys: ['Note', 'Ref'],
    storing: ['CreatedAt'],
    nullFiltered: true,
    unique: false,
  },
  { name: 'KeyKindsByF', table: 'KeyKinds', keys: ['F', 'R'], storing: ['Js'], nullFiltered: false, unique: false },
];

export function fuzzTable(name: string): FuzzTable {
  const table = FUZZ_TABLES.find((t) => t.name === name);
  if (table === undefined) throw new Error(`no fuzz table ${name}`);
  return table;
}

export function columnOf(table: FuzzTable, name: string): FuzzColumn {
  const column = table.columns.find((c) => c.name === name);
  if (column === undefined) throw new Error(`no column ${table.name}.${name}`);
  return column;
}
