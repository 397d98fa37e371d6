/**
 * Generated constraint and index names: FarmHash fingerprints must reproduce Spanner's names
 * exactly (the expected values were read from Spanner's emulator), for every input length class.
 */

import { emptyCatalog } from '../../../src/engine/schema/catalog/catalog';
import {
  generatedCheckConstraintName,
  generatedForeignKeyName,
  managedIndexName,
  validateConstraintName,
} from '../../../src/engine/schema/constraints/constraint-names';

const catalog = emptyCatalog('db');

test.each([
  ['U', 'T', 'FK_U_T_FFADEDEE3430D435_1'],
  ['TableNumberOneAB', 'TableTwoXYZ', 'FK_TableNumberOneAB_TableTwoXYZ_0F1DE85E6C43B970_1'],
  [
    'ZyxwvutsrqponmlkjihgfedcbaZyxwvutsrq',
    'AbcdefghijklmnopqrstuvwxyzAbcdefghij',
    'FK_ZyxwvutsrqponmlkjihgfedcbaZyxwvutsrq_AbcdefghijklmnopqrstuvwxyzAbcdefghij_99B4B9FC0536A8C6_1',
  ],
])('foreign key of %s referencing %s', (table, referenced, name) => {
  expect(generatedForeignKeyName(catalog, table, referenced)).toBe(name);
});

test('names already taken move to the next sequence number', () => {
  expect(generatedCheckConstraintName(catalog, 'T')).toBe('CK_T_8BA338DB55787DF2_1');
  expect(generatedCheckConstraintName(catalog, 'T', new Set(['ck_t_8ba338db55787df2_1']))).toBe(
    'CK_T_8BA338DB55787DF2_2',
  );
});

test('backing index names carry the table, columns and kind', () => {
  expect(managedIndexName('U', ['Y'], false, false)).toBe('IDX_U_Y_F59F82AF5FD70C80');
  expect(managedIndexName('T', ['B'], true, true)).toBe('IDX_T_B_U_8EB179EFA3EE9706');
});

test.each([
  ['_x', 'Foreign Key name not valid: _x.'],
  ['x-y', 'Foreign Key name not valid: x-y.'],
  ['pk_x', 'Invalid Foreign Key name: pk_x. Prefix PK_ cannot be used.'],
])('constraint name %s', (name, message) => {
  expect(() => validateConstraintName('Foreign Key', name)).toThrow(message);
});
