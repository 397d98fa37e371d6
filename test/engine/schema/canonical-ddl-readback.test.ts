/**
 * GetDatabaseDdl's output is DDL that rebuilds the same schema: for every conformance case
 * (../shared/conformance/ddl) that expects a schema and applies, the printed statements, applied
 * to an empty database, print the same statements again. Whether the first print matches the
 * expected schema is the conformance suite's (test/conformance).
 */

import { emptyCatalog } from '../../../src/engine/schema/catalog/catalog';
import { applySchemaChange, catalogDdl } from '../../../src/engine/schema/schema-change';
import { noRowsDataAccess } from '../../../src/engine/schema/schema-data-access';
import { conformanceFiles } from '../../support/conformance';
import { expectsSchema, readSchemaChangeCases } from '../../sql/ddl-case-reader';

/**
 * Cases whose printed schema cannot be applied as printed, by id, with the reason. Each must
 * still fail to read back, so the list only shrinks.
 */
const NO_READBACK: Readonly<Record<string, string>> = {
  'foreign_key.test:124':
    'tables that reference each other: the first printed table names one created after it, as Spanner prints it',
};

/** GetDatabaseDdl after applying `statements` to an empty database, or null when one fails. */
function printedAfter(statements: readonly string[]): string[] | null {
  const result = applySchemaChange(emptyCatalog('db'), statements, noRowsDataAccess);
  return result.error === null ? catalogDdl(result.catalog) : null;
}

const printed = conformanceFiles('ddl')
  .filter((f) => f.endsWith('.test'))
  .flatMap(readSchemaChangeCases)
  .filter(expectsSchema)
  .map((c) => [c.id, printedAfter(c.statements)] as const)
  .filter((entry): entry is readonly [string, string[]] => entry[1] !== null && entry[1].length > 0);

describe('canonical DDL reads back', () => {
  it('covers a meaningful share of the corpus', () => {
    expect(printed.length).toBeGreaterThanOrEqual(81);
  });

  it.each(printed)('%s', (id, statements) => {
    expect(printedAfter(statements)).toEqual(id in NO_READBACK ? null : statements);
  });
});
