/**
 * Rows of PROTO and ENUM columns in a real database file: an enum value is its number, stored and
 * ordered as an INT64 (negative numbers first), a proto message is its bytes. Observed through the
 * schema changes that read rows back in key order or compare key values.
 */
import type { Database } from '../../../src/engine/database/database';
import { descriptorSet } from '../../support/proto-descriptors';
import { TestDatabase } from '../../support/test-database';

const SHOP = descriptorSet([
  ['shop.proto', 'syntax = "proto3"; package ex.shop; message Item { string name = 1; } enum Color { RED = 0; }'],
]);
const BUNDLE = 'CREATE PROTO BUNDLE (ex.shop.Item, ex.shop.Color)';

let t: TestDatabase;
beforeEach(() => (t = new TestDatabase()));
afterEach(() => t.cleanup());

function errorOf(db: Database, statement: string): string | null {
  return db.updateSchema([statement]).error?.message ?? null;
}

test('an ENUM key orders as INT64: the first row in key order is the most negative number', () => {
  const db = t.create([BUNDLE, 'CREATE TABLE T (E ex.shop.Color NOT NULL, V STRING(MAX)) PRIMARY KEY (E)'], SHOP);
  db.writeMutations([
    {
      kind: 'insert',
      table: 'T',
      columns: ['E', 'V'],
      rows: [
        [10n, null],
        [-3n, null],
        [2n, 'x'],
      ],
    },
  ]);
  expect(errorOf(db, 'ALTER TABLE T ALTER COLUMN V STRING(MAX) NOT NULL')).toMatch(/referenced by key: \{\w+\(-3\)\}$/);
});

test('ENUM and PROTO values are compared as stored when a unique index is built over them', () => {
  const db = t.create(
    [BUNDLE, 'CREATE TABLE T (K INT64 NOT NULL, E ex.shop.Color, P ex.shop.Item) PRIMARY KEY (K)'],
    SHOP,
  );
  const item = Buffer.from([0x0a, 0x01, 0x61]);
  db.writeMutations([
    {
      kind: 'insert',
      table: 'T',
      columns: ['K', 'E', 'P'],
      rows: [
        [1n, 5n, item],
        [2n, 6n, item],
      ],
    },
  ]);
  expect(errorOf(db, 'CREATE UNIQUE INDEX ByColor ON T(E)')).toBeNull();
  expect(errorOf(db, 'CREATE UNIQUE INDEX ByItem ON T(P)')).toMatch(/duplicate/i);
});
