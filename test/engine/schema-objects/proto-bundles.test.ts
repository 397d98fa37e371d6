/**
 * Proto bundles built from the descriptors sent with a schema change: the type lists of CREATE /
 * ALTER / DROP PROTO BUNDLE checked against them, Spanner's feature and package rules, columns of
 * proto and enum types, and the descriptors GetDatabaseDdl answers.
 */

import { emptyCatalog, type Catalog } from '../../../src/engine/schema/catalog/catalog';
import { applySchemaChange, catalogDdl, catalogProtoDescriptors } from '../../../src/engine/schema/schema-change';
import { noRowsDataAccess } from '../../../src/engine/schema/schema-data-access';
import { Code } from '../../../src/errors/codes';
import { descriptorSet, descriptorSetOf, filesOf } from '../../support/proto-descriptors';

const SHOP = `syntax = "proto3"; package ex.shop;
  message Parcel { int64 id = 1; Item item = 2; message Label { string text = 1; } }
  message Item { string name = 1; }
  enum Color { RED = 0; BLUE = 1; }`;
const BILLING = `syntax = "proto3"; package ex.billing; message Invoice { int64 total = 1; }`;
const UNRELATED = `syntax = "proto3"; package ex.other; message Other { int64 x = 1; }`;

const SHOP_SET = descriptorSet([
  ['shop.proto', SHOP],
  ['billing.proto', BILLING],
  ['other.proto', UNRELATED],
]);

type Batch = readonly [statements: readonly string[], descriptors?: Uint8Array];

/** Applies the batches in order (each with its own descriptors); the catalog or the first error. */
function run(...batches: Batch[]): { catalog: Catalog; error: string } {
  let catalog = emptyCatalog('db');
  for (const [statements, descriptors] of batches) {
    const result = applySchemaChange(catalog, statements, noRowsDataAccess, descriptors ?? new Uint8Array(0));
    catalog = result.catalog;
    if (result.error) return { catalog, error: `${Code[result.error.code]}: ${result.error.message}` };
  }
  return { catalog, error: 'OK' };
}

function ddlOf(...batches: Batch[]): string[] {
  const { catalog, error } = run(...batches);
  expect(error).toBe('OK');
  return catalogDdl(catalog);
}

const bundle = (...types: string[]) => `CREATE PROTO BUNDLE (${types.join(', ')})`;

describe('CREATE PROTO BUNDLE', () => {
  it('keeps the listed types sorted and prints them as Spanner does', () => {
    expect(ddlOf([[bundle('ex.shop.Parcel', 'ex.billing.Invoice', 'ex.shop.Color')], SHOP_SET])).toEqual([
      'CREATE PROTO BUNDLE (\n  ex.billing.Invoice,\n  ex.shop.Color,\n  ex.shop.Parcel,\n)',
    ]);
  });

  it('answers the files holding the listed types only, sorted by file name', () => {
    const { catalog } = run([[bundle('ex.shop.Parcel', 'ex.billing.Invoice', 'ex.shop.Item')], SHOP_SET]);
    expect(filesOf(catalogProtoDescriptors(catalog))).toEqual([
      { name: 'billing.proto', package: 'ex.billing' },
      { name: 'shop.proto', package: 'ex.shop' },
    ]);
    expect(catalogProtoDescriptors(emptyCatalog('db'))).toHaveLength(0);
  });

  it('finds a nested type through the file of its outer message', () => {
    expect(run([[bundle('`ex.shop.Parcel.Label`')], SHOP_SET]).error).toBe('OK');
  });

  it('replaces an existing bundle', () => {
    expect(ddlOf([[bundle('ex.shop.Parcel'), bundle('ex.billing.Invoice')], SHOP_SET])).toEqual([
      'CREATE PROTO BUNDLE (\n  ex.billing.Invoice,\n)',
    ]);
  });

  const reserved = descriptorSet([
    ['s.proto', 'syntax = "proto3"; package spanner.x; message M { int64 a = 1; }'],
    ['t.proto', 'syntax = "proto3"; package tech.spanner.x; message M { int64 a = 1; }'],
  ]);
  const duplicateFile = descriptorSet([
    ['shop.proto', SHOP],
    ['shop.proto', BILLING],
  ]);

  it.each([
    [
      'no descriptors',
      [bundle('ex.shop.Parcel')],
      undefined,
      'INVALID_ARGUMENT: Contents of proto_descriptor_file cannot be empty',
    ],
    [
      'bytes that are no descriptor set',
      [bundle('ex.shop.Parcel')],
      Buffer.from([0xff, 0xff, 0xff]),
      'INVALID_ARGUMENT: Could not parse contents of proto_descriptor_file',
    ],
    [
      'a type the descriptors lack',
      [bundle('ex.shop.Parcel', 'ex.shop.Box')],
      SHOP_SET,
      'NOT_FOUND: Missing descriptor for `ex.shop.Box`',
    ],
    [
      'a type listed twice',
      [bundle('ex.shop.Parcel', 'ex.shop.Parcel')],
      SHOP_SET,
      'ALREADY_EXISTS: Type already exists: `ex.shop.Parcel` in the proto bundle',
    ],
    [
      'the spanner package',
      [bundle('spanner.x.M')],
      reserved,
      'FAILED_PRECONDITION: Message `spanner.x.M` has reserved package `spanner`.',
    ],
    [
      'the tech.spanner package',
      [bundle('tech.spanner.x.M')],
      reserved,
      'FAILED_PRECONDITION: Message `tech.spanner.x.M` has reserved package `tech.spanner`.',
    ],
    [
      'two files of one name',
      [bundle('ex.shop.Parcel')],
      duplicateFile,
      'INVALID_ARGUMENT: Could not add FileDescriptor of `shop.proto`: the file descriptor already exists in the descriptor set.',
    ],
  ])('refuses %s', (_name, statements, descriptors, expected) => {
    expect(run([statements, descriptors]).error).toBe(expected);
  });
});

describe('unsupported message features', () => {
  // Hand-written: .proto parsing does not describe nested extensions as protoc does.
  const withExtension = descriptorSetOf([
    {
      name: 'ext.proto',
      package: 'ex.ext',
      messageType: [
        { name: 'Base', extensionRange: [{ start: 100, end: 200 }] },
        { name: 'Holder', extension: [{ name: 'note', number: 100, label: 1, type: 9, extendee: '.ex.ext.Base' }] },
        { name: 'Outer', field: [{ name: 'h', number: 1, label: 1, type: 11, typeName: '.ex.ext.Holder' }] },
        { name: 'Cycle', field: [{ name: 'next', number: 1, label: 1, type: 11, typeName: '.ex.ext.Cycle' }] },
      ],
    },
  ]);

  it('refuses a message declaring extensions, also when reached through a field', () => {
    const expected = 'UNIMPLEMENTED: Message extensions are not supported for message `ex.ext.Holder`.';
    expect(run([[bundle('ex.ext.Holder')], withExtension]).error).toBe(expected);
    expect(run([[bundle('ex.ext.Outer')], withExtension]).error).toBe(expected);
  });

  it('accepts extendable and self-referencing messages', () => {
    expect(run([[bundle('ex.ext.Base', 'ex.ext.Cycle')], withExtension]).error).toBe('OK');
  });
});

describe('ALTER and DROP PROTO BUNDLE', () => {
  const created: Batch = [[bundle('ex.shop.Parcel', 'ex.shop.Color')], SHOP_SET];
  const invoiceOnly = descriptorSet([['billing.proto', BILLING]]);

  it('inserts with descriptors of the new types only: the bundle keeps its earlier files', () => {
    const { catalog, error } = run(created, [
      ['ALTER PROTO BUNDLE INSERT (ex.billing.Invoice) DELETE (ex.shop.Color)'],
      invoiceOnly,
    ]);
    expect(error).toBe('OK');
    expect(catalog.protoBundleTypes).toEqual(['ex.billing.Invoice', 'ex.shop.Parcel']);
    expect(filesOf(catalogProtoDescriptors(catalog)).map((f) => f.name)).toEqual(['billing.proto', 'shop.proto']);
  });

  it('updates a type from a newly sent file of the same name', () => {
    const renamed = descriptorSet([
      ['shop.proto', 'syntax = "proto3"; package ex.shop; message Parcel { int64 id = 1; } enum Color { RED = 0; }'],
    ]);
    expect(run(created, [['ALTER PROTO BUNDLE UPDATE (ex.shop.Parcel)'], renamed]).error).toBe('OK');
  });

  it('drops the bundle and its descriptors', () => {
    const { catalog, error } = run(created, [['DROP PROTO BUNDLE']]);
    expect(error).toBe('OK');
    expect(catalogDdl(catalog)).toEqual([]);
    expect(catalogProtoDescriptors(catalog)).toHaveLength(0);
  });

  const shopWithoutColor = descriptorSet([
    ['shop.proto', 'syntax = "proto3"; package ex.shop; message Parcel { int64 id = 1; }'],
  ]);

  it.each([
    [
      'altering a missing bundle',
      [[['ALTER PROTO BUNDLE INSERT (ex.shop.Item)'], SHOP_SET]],
      'FAILED_PRECONDITION: Proto bundle does not yet exist; cannot alter it',
    ],
    [
      'dropping a missing bundle',
      [[['DROP PROTO BUNDLE']]],
      'FAILED_PRECONDITION: Proto bundle does not yet exist; cannot drop it',
    ],
    [
      'altering without descriptors',
      [created, [['ALTER PROTO BUNDLE DELETE (ex.shop.Color)']]],
      'INVALID_ARGUMENT: Contents of proto_descriptor_file cannot be empty',
    ],
    [
      'inserting a type already there',
      [created, [['ALTER PROTO BUNDLE INSERT (ex.shop.Color)'], SHOP_SET]],
      'ALREADY_EXISTS: Type already exists: `ex.shop.Color` in the proto bundle',
    ],
    [
      'updating a type not there',
      [created, [['ALTER PROTO BUNDLE UPDATE (ex.shop.Item)'], SHOP_SET]],
      'NOT_FOUND: Tried to update `ex.shop.Item` which does not already exist.',
    ],
    [
      'deleting a type not there',
      [created, [['ALTER PROTO BUNDLE DELETE (ex.shop.Item)'], SHOP_SET]],
      'NOT_FOUND: Tried to remove `ex.shop.Item` which does not already exist in the proto bundle.',
    ],
    [
      'a resent file that no longer declares a bundled type',
      [created, [['ALTER PROTO BUNDLE UPDATE (ex.shop.Parcel)'], shopWithoutColor]],
      'NOT_FOUND: Failed to load type list from previous proto bundle into new proto bundle. Error: Missing descriptor for `ex.shop.Color`',
    ],
  ] as [string, Batch[], string][])('refuses %s', (_name, batches, expected) => {
    expect(run(...batches).error).toBe(expected);
  });
});

describe('columns of proto and enum types', () => {
  const created: Batch = [[bundle('ex.shop.Parcel', 'ex.shop.Color', '`ex.shop.Parcel.Label`')], SHOP_SET];
  const table =
    'CREATE TABLE T (K INT64, P ex.shop.Parcel, C ARRAY<ex.shop.Color>, L `ex.shop.Parcel.Label`) PRIMARY KEY (K)';

  it('may use the messages and enums of the bundle', () => {
    expect(ddlOf(created, [[table]])[1]).toContain('P ex.shop.Parcel');
  });

  it.each([
    [
      'a type outside the bundle',
      'CREATE TABLE T (K INT64, I ex.shop.Item NOT NULL) PRIMARY KEY (K)',
      '`ex.shop.Item` of column `I`',
    ],
    ['an array of one', 'CREATE TABLE T (K INT64, I ARRAY<ex.shop.Item>) PRIMARY KEY (K)', '`ex.shop.Item`'],
    ['an added column', 'ALTER TABLE T ADD COLUMN I ex.billing.Invoice', '`ex.billing.Invoice` of column `I`'],
    ['an altered column', 'ALTER TABLE T ALTER COLUMN K ex.shop.Item', '`ex.shop.Item` of column `K`'],
  ])('refuses %s', (_name, statement, definition) => {
    const setup: Batch = [['CREATE TABLE T (K INT64) PRIMARY KEY (K)']];
    const expected = `INVALID_ARGUMENT: Type ${definition} is not a message or enum type of the database's proto bundle.`;
    const batches = statement.startsWith('CREATE')
      ? [created, [[statement]] as Batch]
      : [created, setup, [[statement]] as Batch];
    expect(run(...batches).error).toBe(expected);
  });

  it('types each column as the PROTO or ENUM the bundle says its name is', () => {
    const { catalog, error } = run(created, [[table]]);
    expect(error).toBe('OK');
    const columns = catalog.tables.get('t')?.columns ?? [];
    expect(columns.map((c) => c.type)).toEqual([
      { kind: 'scalar', name: 'INT64' },
      { kind: 'proto', name: 'ex.shop.Parcel' },
      { kind: 'array', element: { kind: 'enum', name: 'ex.shop.Color' } },
      { kind: 'proto', name: 'ex.shop.Parcel.Label' },
    ]);
  });

  it('retypes a column when a bundle update turns its message into an enum', () => {
    const before = descriptorSet([['kind.proto', 'syntax = "proto3"; package ex.kind; message Mode { int64 x = 1; }']]);
    const after = descriptorSet([['kind.proto', 'syntax = "proto3"; package ex.kind; enum Mode { OFF = 0; ON = 1; }']]);
    const { catalog, error } = run(
      [[bundle('ex.kind.Mode'), 'CREATE TABLE T (K INT64, M ex.kind.Mode) PRIMARY KEY (K)'], before],
      [['ALTER PROTO BUNDLE UPDATE (ex.kind.Mode)'], after],
    );
    expect(error).toBe('OK');
    expect(catalog.tables.get('t')?.columns[1].type).toEqual({ kind: 'enum', name: 'ex.kind.Mode' });
  });

  it.each([
    ['an enum to INT64 and back', ['ALTER TABLE T ALTER COLUMN E INT64', 'ALTER TABLE T ALTER COLUMN E ex.shop.Color']],
    [
      'a message to BYTES and back',
      ['ALTER TABLE T ALTER COLUMN P BYTES(MAX)', 'ALTER TABLE T ALTER COLUMN P ex.shop.Parcel'],
    ],
    ['a message to another message', ['ALTER TABLE T ALTER COLUMN P `ex.shop.Parcel.Label`']],
  ])('lets ALTER COLUMN change %s', (_name, statements) => {
    const setup = 'CREATE TABLE T (K INT64, P ex.shop.Parcel, E ex.shop.Color) PRIMARY KEY (K)';
    expect(run(created, [[setup, ...statements]]).error).toBe('OK');
  });

  it.each([
    ['an enum to BYTES', 'ALTER TABLE T ALTER COLUMN E BYTES(MAX)', 'E', 'ex.shop.Color', 'BYTES'],
    ['a message to INT64', 'ALTER TABLE T ALTER COLUMN P INT64', 'P', 'ex.shop.Parcel', 'INT64'],
    ['a message to an enum', 'ALTER TABLE T ALTER COLUMN P ex.shop.Color', 'P', 'ex.shop.Parcel', 'ex.shop.Color'],
  ])('refuses to change %s, which would change how values are stored', (_name, statement, column, from, to) => {
    const setup = 'CREATE TABLE T (K INT64, P ex.shop.Parcel, E ex.shop.Color) PRIMARY KEY (K)';
    expect(run(created, [[setup, statement]]).error).toBe(
      `INVALID_ARGUMENT: Cannot change type of column \`${column}\` from \`${from}\` to \`${to}\``,
    );
  });

  it('refuses to remove a type a column still uses', () => {
    const used = 'FAILED_PRECONDITION: Removed type `ex.shop.Color` is still being used by column T.C';
    expect(run(created, [[table]], [['ALTER PROTO BUNDLE DELETE (ex.shop.Color)'], SHOP_SET]).error).toBe(used);
    expect(run(created, [[table]], [['DROP PROTO BUNDLE']]).error).toBe(
      'FAILED_PRECONDITION: Removed type `ex.shop.Parcel` is still being used by column T.P',
    );
  });
});
