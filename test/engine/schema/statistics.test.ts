/** ALTER STATISTICS and ANALYZE: the emulator holds no optimizer statistics packages. */

import { ddlAfter, lastError } from './schema-test-helpers';

describe('ALTER STATISTICS', () => {
  it('reports any package as unknown once its options are valid', () => {
    expect(lastError(['ALTER STATISTICS auto_20240101_00_00_00UTC SET OPTIONS (allow_gc = false)'])).toBe(
      'NOT_FOUND: Statistics package not found: auto_20240101_00_00_00UTC',
    );
  });

  it('checks the options first', () => {
    expect(lastError(['ALTER STATISTICS pkg SET OPTIONS (keep = true)'])).toBe(
      'INVALID_ARGUMENT: Error parsing Spanner DDL statement: ALTER STATISTICS pkg SET OPTIONS (keep = true) : Option: keep is unknown.',
    );
    expect(lastError(['ALTER STATISTICS pkg SET OPTIONS (allow_gc = 1)'])).toBe(
      'INVALID_ARGUMENT: Error parsing Spanner DDL statement: ALTER STATISTICS pkg SET OPTIONS (allow_gc = 1) : ' +
        'Unexpected value for option: allow_gc. Supported option values are booleans and NULL.',
    );
  });
});

describe('ANALYZE', () => {
  it('leaves the schema as it was', () => {
    const table = 'CREATE TABLE T (K INT64) PRIMARY KEY (K)';
    expect(ddlAfter([table, 'ANALYZE'])).toEqual(ddlAfter([table]));
  });
});
