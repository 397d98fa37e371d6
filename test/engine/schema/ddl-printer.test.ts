/** Canonical DDL printer on hand-built definitions: layout details GetDatabaseDdl depends on. */
import type { ColumnDef, DatabaseDdlDef, IndexDef, TableDef } from '../../../src/engine/schema/printer/ddl-definitions';
import { printCreateIndex } from '../../../src/engine/schema/printer/ddl-index-printer';
import { printName, printStringLiteral } from '../../../src/sql/printer/ddl-names';
import {
  printCreateChangeStream,
  printCreateModel,
  printCreateSequence,
  printCreateView,
  printDatabaseOptions,
} from '../../../src/engine/schema/printer/ddl-object-printer';
import { orderViews, printDatabaseDdl } from '../../../src/engine/schema/printer/ddl-printer';
import { printCreateTable } from '../../../src/engine/schema/printer/ddl-table-printer';
import { ddlAfter } from './schema-test-helpers';

function emptyDatabaseDef(): DatabaseDdlDef {
  return {
    databaseName: 'db',
    databaseOptions: [],
    protoBundleTypes: [],
    schemas: [],
    placements: [],
    sequences: [],
    tables: [],
    indexes: [],
    changeStreams: [],
    models: [],
    views: [],
    functions: [],
    propertyGraphs: [],
    localityGroups: [],
  };
}

function column(name: string, overrides: Partial<ColumnDef> = {}): ColumnDef {
  return {
    name,
    type: { kind: 'scalar', name: 'INT64' },
    declaredLength: null,
    vectorLength: null,
    notNull: false,
    generated: null,
    defaultValue: null,
    onUpdate: null,
    identity: null,
    placementKey: false,
    hidden: false,
    options: [],
    ...overrides,
  };
}

function table(overrides: Partial<TableDef> = {}): TableDef {
  return {
    name: 'T',
    columns: [],
    foreignKeys: [],
    checks: [],
    synonyms: [],
    primaryKey: [],
    interleave: null,
    rowDeletionPolicy: null,
    options: [],
    ...overrides,
  };
}

function index(overrides: Partial<IndexDef> = {}): IndexDef {
  return {
    kind: 'index',
    name: 'I',
    table: 'T',
    unique: false,
    nullFiltered: false,
    keys: [{ column: 'A', direction: 'ASC' }],
    storing: [],
    partitionBy: [],
    orderBy: [],
    whereNotNull: [],
    interleaveIn: null,
    options: [],
    ...overrides,
  };
}

describe('printCreateTable', () => {
  it('prints an empty table with an empty key', () => {
    expect(printCreateTable(table())).toBe('CREATE TABLE T (\n) PRIMARY KEY()');
  });

  it('prints columns, constraints, key, interleave and row deletion policy', () => {
    const t = table({
      name: 'Albums',
      columns: [
        column('UserId', { notNull: true }),
        column('Name', { type: { kind: 'scalar', name: 'STRING' }, declaredLength: 'MAX' }),
        column('Ts', {
          type: { kind: 'scalar', name: 'TIMESTAMP' },
          options: [{ name: 'allow_commit_timestamp', value: { kind: 'bool', value: true } }],
        }),
      ],
      foreignKeys: [
        {
          name: null,
          columns: ['UserId'],
          referencedTable: 'U',
          referencedColumns: ['Id'],
          onDelete: null,
          enforced: true,
        },
        {
          name: 'FK',
          columns: ['A', 'B'],
          referencedTable: 'U',
          referencedColumns: ['C', 'D'],
          onDelete: 'CASCADE',
          enforced: false,
        },
      ],
      checks: [{ name: 'ck', expression: 'UserId > 0' }],
      primaryKey: [
        { column: 'UserId', direction: 'ASC' },
        { column: 'Name', direction: 'DESC' },
      ],
      interleave: { parent: 'Users', inParent: true, onDelete: 'CASCADE' },
      rowDeletionPolicy: { column: 'Ts', days: '7' },
    });
    expect(printCreateTable(t)).toBe(
      [
        'CREATE TABLE Albums (',
        '  UserId INT64 NOT NULL,',
        '  Name STRING(MAX),',
        '  Ts TIMESTAMP OPTIONS (',
        '    allow_commit_timestamp = true',
        '  ),',
        '  FOREIGN KEY(UserId) REFERENCES U(Id),',
        '  CONSTRAINT FK FOREIGN KEY(A, B) REFERENCES U(C, D) ON DELETE CASCADE NOT ENFORCED,',
        '  CONSTRAINT ck CHECK(UserId > 0),',
        ') PRIMARY KEY(UserId, Name DESC),',
        '  INTERLEAVE IN PARENT Users ON DELETE CASCADE, ROW DELETION POLICY (OLDER_THAN(Ts, INTERVAL 7 DAY))',
      ].join('\n'),
    );
  });

  it.each<[string, Partial<ColumnDef>, string]>([
    ['generated stored', { generated: { expression: 'A+1', stored: true } }, 'C INT64 AS (A+1) STORED'],
    [
      'generated virtual hidden',
      { generated: { expression: 'A', stored: false }, hidden: true },
      'C INT64 AS (A) HIDDEN',
    ],
    ['default', { defaultValue: '0', notNull: true }, 'C INT64 NOT NULL DEFAULT (0)'],
    [
      'default with on update',
      { defaultValue: 'PENDING_COMMIT_TIMESTAMP()', onUpdate: 'PENDING_COMMIT_TIMESTAMP()' },
      'C INT64 DEFAULT (PENDING_COMMIT_TIMESTAMP()) ON UPDATE (PENDING_COMMIT_TIMESTAMP())',
    ],
    [
      'identity',
      { identity: { sequenceKind: 'BIT_REVERSED_POSITIVE', skipRange: { min: '1', max: '9' }, startCounterWith: '5' } },
      'C INT64 GENERATED BY DEFAULT AS IDENTITY (BIT_REVERSED_POSITIVE SKIP RANGE 1, 9 START COUNTER WITH 5)',
    ],
    [
      'identity without params',
      { identity: { sequenceKind: null, skipRange: null, startCounterWith: null } },
      'C INT64 GENERATED BY DEFAULT AS IDENTITY',
    ],
    [
      'array with vector length',
      { type: { kind: 'array', element: { kind: 'scalar', name: 'FLOAT32' } }, vectorLength: 128 },
      'C ARRAY<FLOAT32>(vector_length=>128)',
    ],
    [
      'array of sized strings',
      { type: { kind: 'array', element: { kind: 'scalar', name: 'STRING' } }, declaredLength: 10 },
      'C ARRAY<STRING(10)>',
    ],
    ['proto type', { type: { kind: 'proto', name: 'examples.shipping.Order' } }, 'C `examples.shipping.Order`'],
    ['enum type', { type: { kind: 'enum', name: 'examples.shipping.Status' } }, 'C examples.shipping.Status'],
  ])('prints a %s column', (_name, overrides, expected) => {
    const printed = printCreateTable(table({ columns: [column('C', overrides)] }));
    expect(printed).toBe(`CREATE TABLE T (\n  ${expected},\n) PRIMARY KEY()`);
  });

  it('quotes reserved names and prints INTERLEAVE IN, synonyms and table options', () => {
    const t = table({
      name: 'ALL',
      columns: [column('Order')],
      synonyms: ['Old'],
      interleave: { parent: 'P', inParent: false, onDelete: 'NO ACTION' },
      options: [{ name: 'locality_group', value: { kind: 'string', value: 'ssd' } }],
    });
    expect(printCreateTable(t)).toBe(
      "CREATE TABLE `ALL` (\n  `Order` INT64,\n  SYNONYM(Old),\n) PRIMARY KEY(),\n  INTERLEAVE IN P, OPTIONS (locality_group = 'ssd')",
    );
  });
});

describe('printing what was applied', () => {
  it.each([
    'CREATE TABLE T (\n  A TIMESTAMP OPTIONS (\n    allow_commit_timestamp = true\n  ) HIDDEN,\n) PRIMARY KEY(A)',
    'CREATE TABLE T (\n  A INT64 NOT NULL GENERATED BY DEFAULT AS IDENTITY (BIT_REVERSED_POSITIVE),\n) PRIMARY KEY(A)',
    "CREATE TABLE `ORDER`.`ALL` (\n  `Select` STRING(10) DEFAULT ('x'),\n  CHECK(`Select` != 'y'),\n) PRIMARY KEY(`Select` DESC)",
  ])('reads back and prints %j unchanged', (ddl) => {
    const schema = ddl.includes('`ORDER`') ? ['CREATE SCHEMA `ORDER`'] : [];
    expect(ddlAfter([...schema, ddl]).at(-1)).toBe(ddl);
  });

  it('normalises keyword case, lengths, defaults and NULL options', () => {
    const ddl = ddlAfter([
      "alter database db set options (default_sequence_kind = 'bit_reversed_positive')",
      'create table p (a string(16)) primary key (a)',
      'create table t (a string(0x10) options (allow_commit_timestamp = null), b int64 auto_increment) primary key (a asc), interleave in parent p',
    ]);
    expect(ddl.at(-1)).toBe(
      'CREATE TABLE t (\n  a STRING(16),\n  b INT64 GENERATED BY DEFAULT AS IDENTITY,\n) PRIMARY KEY(a),\n  INTERLEAVE IN PARENT p ON DELETE NO ACTION',
    );
  });
});

describe('printCreateIndex', () => {
  it.each<[string, Partial<IndexDef>, string]>([
    ['plain', {}, 'CREATE INDEX I ON T(A)'],
    [
      'unique null-filtered, storing, interleaved',
      {
        unique: true,
        nullFiltered: true,
        keys: [{ column: 'A', direction: 'DESC' }],
        storing: ['B', 'C'],
        interleaveIn: 'P',
      },
      'CREATE UNIQUE NULL_FILTERED INDEX I ON T(A DESC) STORING (B, C), INTERLEAVE IN P',
    ],
    [
      'search',
      {
        kind: 'search',
        storing: ['G'],
        partitionBy: ['S'],
        orderBy: [{ column: 'R', direction: 'DESC' }],
        options: [{ name: 'sort_order_sharding', value: { kind: 'bool', value: true } }],
      },
      'CREATE SEARCH INDEX I ON T(A) STORING (G) PARTITION BY S ORDER BY R DESC OPTIONS (sort_order_sharding = true)',
    ],
    [
      'vector',
      {
        kind: 'vector',
        whereNotNull: ['A'],
        options: [{ name: 'distance_type', value: { kind: 'string', value: 'COSINE' } }],
      },
      "CREATE VECTOR INDEX I ON T(A) WHERE A IS NOT NULL OPTIONS ( distance_type = 'COSINE' )",
    ],
  ])('prints a %s index', (_name, overrides, expected) => {
    expect(printCreateIndex(index(overrides))).toBe(expected);
  });
});

describe('other objects', () => {
  it('prints views with and without SQL SECURITY', () => {
    expect(printCreateView({ name: 'V', security: 'INVOKER', body: 'SELECT 1 AS a', dependsOn: [] })).toBe(
      'CREATE VIEW V SQL SECURITY INVOKER AS SELECT 1 AS a',
    );
    expect(printCreateView({ name: 'V', security: null, body: 'SELECT 1', dependsOn: [] })).toBe(
      'CREATE VIEW V AS SELECT 1',
    );
  });

  it('prints sequences in both forms', () => {
    const params = { sequenceKind: 'bit_reversed_positive', skipRange: { min: '1', max: '2' }, startCounterWith: '3' };
    expect(printCreateSequence({ name: 'S', form: 'options', params })).toBe(
      "CREATE SEQUENCE S OPTIONS (\n  sequence_kind = 'bit_reversed_positive',\n  skip_range_min = 1,\n  skip_range_max = 2,\n  start_with_counter = 3)",
    );
    expect(printCreateSequence({ name: 'S', form: 'clauses', params })).toBe(
      'CREATE SEQUENCE S BIT_REVERSED_POSITIVE SKIP RANGE 1, 2 START COUNTER WITH 3',
    );
  });

  it('prints change streams', () => {
    const options = [{ name: 'retention_period', value: { kind: 'string' as const, value: '7d' } }];
    expect(printCreateChangeStream({ name: 'cs', forClause: null, options: [] })).toBe('CREATE CHANGE STREAM cs');
    expect(printCreateChangeStream({ name: 'cs', forClause: { kind: 'all' }, options })).toBe(
      "CREATE CHANGE STREAM cs FOR ALL OPTIONS ( retention_period = '7d' )",
    );
    const forClause = {
      kind: 'tables' as const,
      tables: [
        { table: 'ALL', columns: ['All'] },
        { table: 'U', columns: null },
        { table: 'V', columns: [] },
      ],
    };
    expect(printCreateChangeStream({ name: 'cs', forClause, options: [] })).toBe(
      'CREATE CHANGE STREAM cs FOR `ALL`(`All`), U, V()',
    );
  });

  it('prints models', () => {
    const printed = printCreateModel({
      name: 'm',
      input: [
        {
          name: 'f',
          type: { kind: 'scalar', name: 'INT64' },
          declaredLength: null,
          options: [{ name: 'required', value: { kind: 'bool', value: false } }],
        },
      ],
      output: [{ name: 'l', type: { kind: 'scalar', name: 'STRING' }, declaredLength: 'MAX', options: [] }],
      remote: true,
      options: [{ name: 'endpoints', value: { kind: 'stringList', values: ['a', 'b'] } }],
    });
    expect(printed).toBe(
      "CREATE MODEL m\nINPUT(\n  f INT64 OPTIONS ( required = false ),\n)\nOUTPUT(\n  l STRING(MAX),\n)\nREMOTE\nOPTIONS ( endpoints = [ 'a', 'b' ] )",
    );
  });

  it('prints database options one statement each', () => {
    expect(
      printDatabaseOptions('db', [{ name: 'version_retention_period', value: { kind: 'string', value: '7d' } }]),
    ).toEqual(["ALTER DATABASE db SET OPTIONS (version_retention_period = '7d')"]);
  });

  it('quotes names and escapes strings', () => {
    expect(printName('ORDER.Items')).toBe('`ORDER`.Items');
    expect(printStringLiteral("it's\n\\")).toBe("'it\\'s\\n\\\\'");
  });
});

describe('printDatabaseDdl', () => {
  it('orders tables with their indexes sorted by name, then views by dependency', () => {
    const db = emptyDatabaseDef();
    db.tables.push(table({ name: 'A' }), table({ name: 'B' }));
    db.indexes.push(
      index({ name: 'Zed', table: 'A' }),
      index({ name: 'Abc', table: 'a' }),
      index({ name: 'IB', table: 'B' }),
    );
    db.views.push(
      { name: 'V1', security: 'INVOKER', body: 'SELECT V2.x FROM V2', dependsOn: ['v2'] },
      { name: 'V2', security: 'INVOKER', body: 'SELECT 1 AS x', dependsOn: [] },
    );
    db.sequences.push({
      name: 'S',
      form: 'clauses',
      params: { sequenceKind: 'BIT_REVERSED_POSITIVE', skipRange: null, startCounterWith: null },
    });
    const names = printDatabaseDdl(db).map((s) => s.split(/[\s(]/).slice(0, 4).join(' '));
    expect(names).toEqual([
      'CREATE SEQUENCE S BIT_REVERSED_POSITIVE',
      'CREATE TABLE A ',
      'CREATE INDEX Abc ON',
      'CREATE INDEX Zed ON',
      'CREATE TABLE B ',
      'CREATE INDEX IB ON',
      'CREATE VIEW V2 SQL',
      'CREATE VIEW V1 SQL',
    ]);
    expect(orderViews(db.views).map((v) => v.name)).toEqual(['V2', 'V1']);
  });
});
